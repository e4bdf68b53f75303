/**
 * Analyse stage, Dockerfile engine: turns Dockerfile text into the DockerfileModel that every rule
 * reads. The scanner (`scan.ts`) finds the instructions, heredocs, comments and directives;
 * the pre-check (`precheck.ts`) clears common syntax, and what it cannot clear goes to the
 * injected full check (`validate`) or, without one, to our own findings (`own-syntax.ts`); the
 * argument text is rebuilt here the way the builder reads it, so that each word and shell command
 * keeps its Dockerfile line. Browser-safe (no Node-only imports, no dockerfile-utils): Node
 * callers use `parseDockerfile` (`parse-dockerfile.ts`), which injects dockerfile-utils.
 */
import type {
  Directive, DockerfileModel, Flag, Heredoc, Instruction, Stage, SyntaxError, Variable,
} from '../model.ts';
import { MAX_SUBSTITUTION_DEPTH, substituteVariables, substitutionDepth } from '../scope.ts';
import { parseImageRef } from './image-ref.ts';
import { instructionHeredocs, type ScannedHeredoc } from './heredocs.ts';
import { readShell } from './read-shell.ts';
import { scanDockerfile } from './scan.ts';
import { ownSyntaxErrors } from './own-syntax.ts';
import { mightHaveSyntaxErrors, type CheckedInstruction } from './precheck.ts';
import {
  joinContinuation, readWord, skipSpaces, splitWords, type LineSegment, type MappedText, type Word,
} from './text.ts';

/** The builder reads flags only on these; elsewhere a leading `--x` is an ordinary argument. */
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
/** Instructions whose arguments may be an exec-form JSON array. */
const JSON_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'ADD', 'COPY']);
/** Only these take heredocs in BuildKit. */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/** Same line breaks as the LSP text document dockerfile-ast uses, so line numbers agree. */
const LINE_BREAK = /\r\n|\r|\n/;

function parseJsonArray(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      return value as string[];
    }
  } catch {
    // Not JSON: the builder then falls back to the shell form, and so do we.
  }
  return undefined;
}

interface Header {
  flags: Flag[];
  argsText: string;
  /** The arguments (after the flags) with their Dockerfile lines. */
  args: MappedText;
}

/** Splits the joined argument text into leading `--flags` and the rest. */
function readHeader(joined: MappedText, keyword: string, escapeChar: string): Header {
  const { text } = joined;
  const flags: Flag[] = [];
  // The arguments start at the first word that is not a flag (words are read one at a time).
  let argsStart = skipSpaces(text, 0);
  while (FLAG_KEYWORDS.has(keyword) && text.startsWith('--', argsStart)) {
    const word = readWord(text, argsStart, escapeChar);
    if (word.end - word.start <= 2) break;
    const eq = word.value.indexOf('=');
    flags.push(eq < 0
      ? { name: word.value.slice(2), value: undefined }
      : { name: word.value.slice(2, eq), value: word.value.slice(eq + 1) });
    argsStart = skipSpaces(text, word.end);
  }
  const argsText = text.slice(argsStart).trimEnd();
  const segments: LineSegment[] = [];
  for (const s of joined.segments) {
    const offset = s.offset - argsStart;
    if (offset <= 0) {
      segments.length = 0;
      segments.push({ offset: 0, line: s.line });
    } else if (offset < argsText.length) {
      segments.push({ offset, line: s.line });
    }
  }
  return { flags, argsText, args: { text: argsText, segments } };
}

/** The heredocs the scanner found, with their body text and Dockerfile lines. */
function readHeredocs(found: readonly ScannedHeredoc[], lines: readonly string[]): Heredoc[] {
  return found.map((h) => {
    if (h.body) {
      const first = h.body.line;
      const last = h.delimiterLine !== undefined ? h.delimiterLine - 1 : h.body.endLine;
      const body = lines.slice(first, last + 1).join('\n');
      return { name: h.name, body, line: first + 1, endLine: last + 1 };
    }
    // An empty body (or an unterminated heredoc): point at the delimiter, or the header.
    const at = (h.delimiterLine ?? h.startLine) + 1;
    return { name: h.name, body: '', line: at, endLine: at };
  });
}

/** `<<-NAME` strips leading tabs from the body, as the builder (and the shell) do. */
function stripTabs(heredocs: Heredoc[], header: string): Heredoc[] {
  return heredocs.map((h) => {
    const dash = new RegExp(`<<-["']?${h.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    return dash.test(header) ? { ...h, body: h.body.replace(/^\t+/gm, '') } : h;
  });
}

/**
 * The script a RUN hands to the shell. A RUN whose only argument is one heredoc runs the body as
 * the script; otherwise the shell gets the command line with the heredoc bodies as its input.
 */
function shellScript(header: Header, heredocs: readonly Heredoc[]): MappedText | undefined {
  const only = heredocs.length === 1 ? heredocs[0] : undefined;
  if (only && /^<<-?["']?[^\s"']+["']?$/.test(header.argsText)) {
    // A shebang other than a shell runs another interpreter: nothing to read as shell.
    const shebang = /^#!.*/.exec(only.body)?.[0];
    if (shebang !== undefined && !/\b(sh|bash|ash|dash)\b/.test(shebang)) return undefined;
    return { text: only.body, segments: [{ offset: 0, line: only.line }] };
  }
  if (heredocs.length === 0) return header.args;
  let text = header.argsText;
  const segments = [...header.args.segments];
  for (const h of heredocs) {
    text += '\n';
    segments.push({ offset: text.length, line: h.line });
    text += `${h.body}\n${h.name}`;
  }
  return { text, segments };
}

/** The variables an ARG or ENV declares; `words` are its arguments split by `splitWords`. */
function declaredVariables(instruction: Instruction, words: readonly Word[],
  escapeChar: string): Variable[] {
  const { keyword, argsText, stage, line } = instruction;
  if (keyword !== 'ARG' && keyword !== 'ENV') return [];
  const first = words[0];
  if (!first) return [];
  if (keyword === 'ENV' && !first.value.includes('=')) {
    // Legacy `ENV NAME value with spaces`: everything after the name is the value.
    const rest = argsText.slice(first.end).trim();
    const value = splitWords(rest, escapeChar).map((w) => w.value).join(' ');
    return [{ name: first.value, value, kind: 'ENV', line, stage }];
  }
  return words.map((w) => {
    const eq = w.value.indexOf('=');
    return eq < 0
      ? { name: w.value, value: undefined, kind: keyword, line, stage }
      : { name: w.value.slice(0, eq), value: w.value.slice(eq + 1), kind: keyword, line, stage };
  });
}

/**
 * A trailing escape character at the end of the file, or before blank and comment lines, makes
 * dockerfile-ast stretch the range over lines the builder ignores; rules want the last real one.
 */
function lastContentLine(lines: readonly string[], first: number, last: number): number {
  let end = last;
  while (end > first && /^[ \t]*(#.*)?$/.test(lines[end] ?? '')) end--;
  return end;
}

/** Instructions whose text the shell reads: the shell's own parser limits its nesting. */
const SHELL_TEXT = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

/**
 * `${…}` nested deeper than the engine expands (`MAX_SUBSTITUTION_DEPTH`): reported, so that a
 * reader learns why its variables were left as written, instead of a stack overflow.
 */
function nestingErrors(instructions: readonly Instruction[]): SyntaxError[] {
  const errors: SyntaxError[] = [];
  for (const instruction of instructions) {
    if (SHELL_TEXT.has(instruction.keyword)) continue;
    const texts = [instruction.argsText, ...instruction.flags.map((f) => f.value ?? '')];
    const depth = texts.reduce((deepest, text) => Math.max(deepest, substitutionDepth(text)), 0);
    if (depth <= MAX_SUBSTITUTION_DEPTH) continue;
    errors.push({ line: instruction.line, endLine: instruction.endLine,
      message: `Variable substitution nested ${depth} levels deep (\`\${A:-\${B:-…}}\`): ` +
        `shipshape reads at most ${MAX_SUBSTITUTION_DEPTH} levels and leaves the rest as ` +
        'written; use intermediate ARG or ENV values instead.' });
  }
  return errors;
}

/** A full syntax check of a whole Dockerfile text (dockerfile-utils' `validate` on Node). */
export type SyntaxValidator = (source: string) => SyntaxError[];

export interface BuildOptions {
  /**
   * Runs when the pre-check cannot clear the text, and its errors are the model's. Without it,
   * syntax errors are our own findings: what the checks recognise, worded as dockerfile-utils
   * words them, and a plain note on an instruction they cannot classify.
   */
  validate?: SyntaxValidator | undefined;
}

export function buildModel(source: string, options: BuildOptions = {}): DockerfileModel {
  const lines = source.split(LINE_BREAK);
  const scanned = scanDockerfile(source);
  const { escapeChar, index } = scanned;
  const directives: Directive[] = scanned.directives.map((d) => ({
    name: d.name.toLowerCase(), value: d.value, line: d.line + 1,
  }));
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const variables: Variable[] = [];
  const globalArgs: Variable[] = [];
  // The global ARGs so far by name (the last one wins), for the FROM lines.
  const globals = new Map<string, Variable>();
  const heredocLines = new Set<number>();
  const checked: CheckedInstruction[] = [];
  let stage = -1;

  for (const node of scanned.instructions) {
    const keyword = node.rawKeyword.toUpperCase();
    const first = node.line;
    const found = HEREDOC_KEYWORDS.has(keyword)
      ? readHeredocs(instructionHeredocs(index, escapeChar, node), lines)
      : [];
    const bodyStart = found.reduce((min, h) => Math.min(min, h.line - 1), node.endLine + 1);
    const joined = joinContinuation(lines, first, Math.max(first, bodyStart - 1),
      node.keywordEndColumn, escapeChar);
    const header = readHeader(joined, keyword, escapeChar);
    const heredocs = stripTabs(found, header.argsText);
    for (const h of heredocs) {
      for (let l = h.line; l <= h.endLine; l++) heredocLines.add(l);
    }
    if (keyword === 'FROM') stage++;
    const json = JSON_KEYWORDS.has(keyword) ? parseJsonArray(header.argsText) : undefined;
    const words = json ? [] : splitWords(header.argsText, escapeChar);
    let shell: Instruction['shell'];
    if (keyword === 'RUN' && json === undefined) {
      const script = shellScript(header, heredocs);
      shell = script ? readShell(script) : undefined;
    }
    const instruction: Instruction = {
      keyword,
      rawKeyword: node.rawKeyword,
      line: first + 1,
      endLine: lastContentLine(lines, first, node.endLine) + 1,
      stage,
      flags: header.flags,
      argsText: header.argsText,
      args: json ?? words.map((w) => w.value),
      json,
      shell,
      heredocs: heredocs,
    };
    instructions.push(instruction);
    checked.push({ keyword, rawKeyword: node.rawKeyword, text: joined.text, json,
      plainKeyword: node.keywordEnd - node.start === node.rawKeyword.length,
      heredocs: heredocs.length, line: first + 1, endLine: node.endLine + 1,
      keywordEndLine: index.lineAt(node.keywordEnd) + 1 });
    const declared = declaredVariables(instruction, words, escapeChar);
    // One by one: `push(...declared)` overflows the stack for an ARG with 200 000 names.
    for (const v of declared) {
      variables.push(v);
      if (stage < 0 && keyword === 'ARG') {
        globalArgs.push(v);
        globals.set(v.name, v);
      }
    }

    if (keyword === 'FROM') {
      const image = instruction.args[0] ?? '';
      const asWord = instruction.args[1];
      const name = asWord?.toLowerCase() === 'as' ? instruction.args[2] : undefined;
      const resolvedImage = substituteVariables(image, globals);
      stages.push({
        index: stage, name, image, resolvedImage, ref: parseImageRef(resolvedImage),
        platform: header.flags.find((f) => f.name === 'platform')?.value,
        line: instruction.line, endLine: instruction.endLine, instructions: [],
      });
    }
    const current = stages[stages.length - 1];
    if (current && stage >= 0) {
      current.instructions.push(instruction);
      current.endLine = instruction.endLine;
    }
  }

  const comments = scanned.comments
    .map((c) => ({ line: c.line + 1, text: c.text }))
    .filter((c) => !heredocLines.has(c.line));

  let syntaxErrors: SyntaxError[] = [];
  if (mightHaveSyntaxErrors(directives, checked, escapeChar)) {
    syntaxErrors = options.validate
      ? options.validate(source)
      : ownSyntaxErrors({ directives, instructions: checked, escapeChar, comments });
  }
  syntaxErrors = syntaxErrors.concat(nestingErrors(instructions));
  return {
    source, escapeChar, directives, globalArgs, stages, instructions, variables, comments,
    syntaxErrors,
  };
}
