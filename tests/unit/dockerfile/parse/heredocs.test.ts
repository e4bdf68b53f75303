/**
 * Tests for the analyse stage, Dockerfile engine: heredocs.ts, our port of dockerfile-ast's
 * heredoc reading, against dockerfile-ast's own instruction objects (the implementation it
 * replaced, kept here as the reference): delimiters that end an instruction and the heredocs of
 * RUN, COPY and ADD must agree on seeded random heredoc-heavy instructions.
 */
import { describe, expect, it } from 'vitest';
import { Add, Copy, Onbuild, Run } from 'dockerfile-ast';
import type { Instruction as AstInstruction } from 'dockerfile-ast';
import {
  heredocDelimiters, instructionHeredocs, type InstructionSpan,
} from '../../../../src/dockerfile/parse/heredocs.ts';
import { LineIndex } from '../../../../src/dockerfile/parse/line-index.ts';
import { scanDockerfile } from '../../../../src/dockerfile/parse/scan.ts';

type AstDockerfile = ConstructorParameters<typeof Run>[2];
const NO_DOCKERFILE = undefined as unknown as AstDockerfile;

/** dockerfile-ast's instruction object for a span, as the parser would build it. */
function astInstruction(index: LineIndex, escapeChar: string,
  span: InstructionSpan): AstInstruction | undefined {
  const start = index.positionAt(span.start);
  const range = { start, end: index.positionAt(span.end) };
  const keywordRange = { start, end: index.positionAt(span.keywordEnd) };
  const args = [index, range, NO_DOCKERFILE, escapeChar, span.rawKeyword, keywordRange] as const;
  switch (span.rawKeyword.toUpperCase()) {
    case 'RUN': return new Run(...args);
    case 'COPY': return new Copy(...args);
    case 'ADD': return new Add(...args);
    case 'ONBUILD': return new Onbuild(...args);
    default: return undefined;
  }
}

/** The delimiter names dockerfile-ast's parser reads from an instruction's arguments. */
function astDelimiters(index: LineIndex, escapeChar: string, span: InstructionSpan) {
  let instruction = astInstruction(index, escapeChar, span);
  if (instruction instanceof Onbuild) {
    instruction = instruction.getTriggerInstruction() ?? undefined;
  }
  if (!instruction || !['RUN', 'COPY', 'ADD'].includes(instruction.getKeyword())) {
    return { names: [], tabbed: false };
  }
  const names: string[] = [];
  let tabbed = false;
  for (const arg of instruction.getArguments()) {
    const value = arg.getValue();
    if (!value.startsWith('<<') || value.length <= 2) continue;
    if (value.startsWith('<<-')) tabbed = true;
    let name = value.substring(2);
    if (name.startsWith('-')) name = name.substring(1);
    let valid = true;
    for (const quote of ['"', "'"]) {
      if (name.startsWith(quote)) {
        if (!name.endsWith(quote)) valid = false;
        name = name.substring(1, name.length - 1);
      }
    }
    if (valid && !name.startsWith('<')) names.push(name);
  }
  return { names, tabbed };
}

function astHeredocs(index: LineIndex, escapeChar: string, span: InstructionSpan) {
  if (!['RUN', 'COPY', 'ADD'].includes(span.rawKeyword.toUpperCase())) return [];
  const instruction = astInstruction(index, escapeChar, span) as unknown as
    { getHeredocs(): ReturnType<Run['getHeredocs']> };
  return instruction.getHeredocs().map((h) => {
    const content = h.getContentRange();
    return {
      name: h.getName(), startLine: h.getStartRange().start.line,
      body: content ? { line: content.start.line, endLine: content.end.line } : undefined,
      delimiterLine: h.getDelimiterRange()?.start.line,
    };
  });
}

/** Seeded random instructions built from heredoc syntax, escapes, quotes and line breaks. */
function randomSources(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const heads = ['RUN ', 'COPY ', 'ADD ', 'ONBUILD RUN ', 'ONBUILD COPY ', 'run ', 'RUN --x ',
    'COPY --from=a ', 'RUN a--b --c ', 'ONBUILD ', 'ONBUILD\\\n RUN '];
  const tokens = ['<<EOF', '<<-EOF', '<<"EOF"', "<<'E F'", '<<-"X"', '<<', '<<<x', '<<EOF"',
    'EOF', '\tEOF', 'X', 'E F', ' ', ' ', '\t', '\n', '\n', '\r\n', '\r', '\\', '\\\n', '\\ \n',
    '`', '`\n', '#', '# c\n', '"', "'", 'x', 'cat', '/f', '-', '<', '\\<', '--y', 'a\\ b'];
  return Array.from({ length: count }, () => {
    let text = next() < 0.2 ? '# escape=`\n' : '';
    text += pick(heads);
    const length = 1 + Math.floor(next() * 30);
    for (let k = 0; k < length; k++) text += pick(tokens);
    if (next() < 0.5) text += `\n${pick(['RUN x', 'EOF', 'X\nEOF', '\tX'])}\n`;
    return text;
  });
}

describe('heredocs: the port agrees with dockerfile-ast', () => {
  it('on 6000 seeded random heredoc instructions', () => {
    for (const source of randomSources(6000, 424242)) {
      const scanned = scanDockerfile(source);
      const { index, escapeChar } = scanned;
      for (const span of scanned.instructions) {
        const label = JSON.stringify(source);
        expect(heredocDelimiters(index, escapeChar, span), label)
          .toEqual(astDelimiters(index, escapeChar, span));
        expect(instructionHeredocs(index, escapeChar, span), label)
          .toEqual(astHeredocs(index, escapeChar, span));
      }
    }
  });
});
