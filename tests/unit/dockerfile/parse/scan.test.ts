/**
 * Tests for the analyse stage, Dockerfile engine: the line scanner (scan.ts, heredocs.ts) against
 * dockerfile-ast, which it replaces: directives, escape character, instruction keywords and line
 * ranges, heredocs and comments must come out the same on the rule examples, tricky files and a
 * seeded stream of random ones.
 */
import { describe, it, expect } from 'vitest';
import { DockerfileParser } from 'dockerfile-ast';
import type { Heredoc as AstHeredoc } from 'dockerfile-ast';
import { instructionHeredocs } from '../../../../src/dockerfile/parse/heredocs.ts';
import { LineIndex } from '../../../../src/dockerfile/parse/line-index.ts';
import { scanDockerfile } from '../../../../src/dockerfile/parse/scan.ts';
import { describedRules } from '../../../../src/dockerfile/rules/texts.ts';

/** What parseDockerfile reads of a parse, as dockerfile-ast reports it. */
function viaAst(source: string): unknown {
  const ast = DockerfileParser.parse(source);
  return {
    escapeChar: ast.getEscapeCharacter(),
    directives: ast.getDirectives().map((d) => ({
      name: d.getName(), value: d.getValue(), line: d.getRange().start.line,
    })),
    instructions: ast.getInstructions().map((i) => {
      const withHeredocs = i as unknown as { getHeredocs(): AstHeredoc[] };
      const heredocs = ['RUN', 'COPY', 'ADD'].includes(i.getKeyword())
        ? withHeredocs.getHeredocs().map((h) => {
          const body = h.getContentRange();
          return {
            name: h.getName(), startLine: h.getStartRange().start.line,
            body: body ? { line: body.start.line, endLine: body.end.line } : undefined,
            delimiterLine: h.getDelimiterRange()?.start.line,
          };
        })
        : [];
      return {
        rawKeyword: i.getInstruction(), line: i.getRange().start.line,
        endLine: i.getRange().end.line, keywordEndColumn: i.getInstructionRange().end.character,
        heredocs,
      };
    }),
    comments: ast.getComments().map((c) => ({
      line: c.getRange().start.line, text: c.getContent(),
    })),
  };
}

/** The same, from the scanner. */
function viaScan(source: string): unknown {
  const scanned = scanDockerfile(source);
  return {
    escapeChar: scanned.escapeChar,
    directives: scanned.directives,
    instructions: scanned.instructions.map((i) => ({
      rawKeyword: i.rawKeyword, line: i.line, endLine: i.endLine,
      keywordEndColumn: i.keywordEndColumn,
      heredocs: instructionHeredocs(scanned.index, scanned.escapeChar, i),
    })),
    comments: scanned.comments,
  };
}

const TRICKY: Record<string, string> = {
  'escape directive, backtick continuations': [
    '# syntax=docker/dockerfile:1', '# escape=`', 'FROM mcr.microsoft.com/windows', 'RUN dir `',
    '    C:\\ `', '  # a comment inside', '', '    /s', 'COPY <<EOF C:\\x', 'hi', 'EOF',
  ].join('\n'),
  'directives with odd spacing, a duplicate and an empty value': [
    '  # Escape = `  ', '#escape=\\', '# check=', '#  x y=z', 'FROM a',
  ].join('\n'),
  'directives ended by a blank line, then a comment': '# syntax=a\n\n# escape=`\nFROM a',
  'CRLF and lone CR line breaks': 'FROM a\r\nRUN x \\\r\n  y\r\n# c\r\rRUN z\r<<EOF\rx\rEOF\r',
  'byte order mark': '\uFEFFFROM alpine\nRUN true\n',
  'byte order mark before a directive': '\uFEFF# escape=`\nFROM alpine\nRUN a `\n b\n',
  'comment and blank lines inside a continuation': [
    'FROM a', 'RUN a \\', '  # one', '', '   ', '  # two', '  b', '# after', 'CMD x',
  ].join('\n'),
  'trailing escape at end of file and before blanks': 'FROM a\nRUN a \\\n\n\n# c\n\nRUN b \\',
  'escape followed by blanks': 'FROM a\nRUN a \\  \n b \\ c\n d\nRUN x\\ \t\nEXPOSE 1 \\ ',
  'keyword split by an escaped line break': 'FROM a\nRU\\\nN echo\nEN\\\n# c\nV A=1\nUSE\\\nR',
  'keyword then escape': 'FROM a\nRUN\\\n  echo\nCMD\\ x\nLABEL\\',
  'heredocs: two on one line, dash, quoted, empty, unterminated': [
    'FROM a', 'RUN <<A cat - <<-"B"', 'a', '\tB2', 'A', '\tB', 'COPY <<\'X\' /x', 'X',
    'RUN --mount=type=cache,target=/c <<EOF', 'echo', 'EOF', 'COPY <<EOF /f', 'never closed',
  ].join('\n'),
  'heredoc on the last line and escaped heredoc words': [
    'FROM a', 'RUN cat \\<\\<EOF', 'x', 'EOF', 'RUN <<EOF',
  ].join('\n'),
  'heredoc name split by a continuation, ONBUILD heredoc': [
    'FROM a', 'RUN <\\', '<EOF', 'x', 'EOF', 'ONBUILD RUN <<EOF', 'y', 'EOF', 'RUN <<<here',
  ].join('\n'),
  'heredoc with a comment-looking body and shell redirects': [
    'FROM a', 'RUN cat < in > out <<EOF', '# not a comment', 'EOF', 'RUN a << b',
  ].join('\n'),
  'instructions with no arguments and stray text': 'FROM\nRUN\n  \t\nfoo bar\n# only\n',
  'only comments': '# a\n#\n   # b  \n',
  empty: '',
};

function randomSources(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const tokens = [
    'RUN', 'run', 'FROM', 'COPY', 'ADD', 'ONBUILD', 'ENV', 'x', 'a=b', ' ', '  ', '\t', '\n', '\n',
    '\r\n', '\r', '\\', '\\', '`', '#', '# c', '# escape=`', '<<EOF', '<<-EOF', '<<"EOF"', 'EOF',
    '\tEOF', '<', '--from=a', '"', "'", '\uFEFF', '=', '\\ ', '` ',
  ];
  const heads = ['', '', '# escape=`\n', '#escape=\\\n', '# syntax=a\n# escape=`\n', '#a b=c\n'];
  return Array.from({ length: count }, () => {
    let text = heads[Math.floor(next() * heads.length)] ?? '';
    const length = 1 + Math.floor(next() * 40);
    for (let k = 0; k < length; k++) text += tokens[Math.floor(next() * tokens.length)] ?? '';
    return text;
  });
}

describe('scanDockerfile matches dockerfile-ast', () => {
  it('on every rule example', () => {
    for (const rule of describedRules) {
      for (const source of [rule.examples.bad, rule.examples.good]) {
        expect(viaScan(source), `${rule.id}: ${source}`).toEqual(viaAst(source));
      }
    }
  });

  for (const [name, source] of Object.entries(TRICKY)) {
    it(`on ${name}`, () => {
      expect(viaScan(source)).toEqual(viaAst(source));
    });
  }

  it('on 3000 random files of Dockerfile fragments', () => {
    for (const source of randomSources(3000, 20261124)) {
      expect(viaScan(source), JSON.stringify(source)).toEqual(viaAst(source));
    }
  });
});

describe('LineIndex', () => {
  it('places offsets on lines like the LSP text document', () => {
    const index = new LineIndex('ab\r\ncd\ref\ngh');
    expect(index.lineStarts).toEqual([0, 4, 7, 10]);
    expect(index.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(index.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(index.positionAt(99)).toEqual({ line: 3, character: 2 });
    expect(index.offsetAt({ line: 0, character: 9 })).toBe(2);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(12);
    expect(index.getText({ start: { line: 1, character: 0 }, end: { line: 2, character: 2 } }))
      .toBe('cd\ref');
    expect(index.getLineRange(0)).toEqual({ start: { line: 0, character: 0 },
      end: { line: 0, character: 2 } });
    expect(index.getEOLCharacters(0)).toBe('\r\n');
    expect(index.getEOLCharacters(3)).toBe('');
  });
});
