/**
 * Analyse stage, walkthroughs: turns parsed Dockerfile instructions into forms that can be
 * compared across two texts — the whole file of a write-up and one of its snippets — although
 * the author re-wrapped lines, indented differently, or wrote `${VAR}` on one side only.
 */
import type { DockerfileModel, Instruction, Variable } from '../../dockerfile/model.ts';
import { substituteVariables } from '../../dockerfile/scope.ts';

/** Same line breaks as the parser, so that line numbers agree with the model. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Authors elide parts of a snippet with `...`; an elision is neither content nor a mismatch. */
const ELISION = /^(?:\.\.\.|…)$/;

export interface Comparable {
  /** Index in `model.instructions`. */
  index: number;
  keyword: string;
  line: number;
  endLine: number;
  /** The logical instruction: continuations joined, whitespace collapsed, variables resolved. */
  text: string;
  /** Flags then argument words, in order, quotes removed, elisions dropped. */
  words: string[];
  /**
   * What similarity counts: the words, except that ARG and ENV count the names they declare, so
   * that a snippet showing an older default still finds its declaration.
   */
  tokens: string[];
  /** Each physical line on its own, normalized; blank, comment and elision lines dropped. */
  physical: string[];
  /** Physical offsets (0-based) of the lines in `physical`, for reporting. */
  offsets: number[];
}

/**
 * One value per name for `${VAR}` substitution. The first declaration with a value wins: a
 * snippet has no stage context, so both sides must be resolved with the same, simple map.
 */
export function defaultValues(variables: readonly Variable[]): Map<string, Variable> {
  const values = new Map<string, Variable>();
  for (const v of variables) {
    if (v.value !== undefined && !values.has(v.name)) values.set(v.name, v);
  }
  return values;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unquote(word: string): string {
  const first = word[0];
  if (word.length > 2 && (first === '"' || first === "'") && word.endsWith(first)) {
    return word.slice(1, -1);
  }
  return word;
}

function flagText(instruction: Instruction): string[] {
  return instruction.flags.map((f) => (f.value === undefined
    ? `--${f.name}`
    : `--${f.name}=${f.value}`));
}

/**
 * One physical line as a fragment snippet would show it: indentation and the continuation escape
 * are layout, not content.
 */
function physicalLine(raw: string, escapeChar: string,
  vars: ReadonlyMap<string, Variable>): string {
  let text = raw.trim();
  if (text.endsWith(escapeChar)) text = text.slice(0, -1);
  text = collapse(substituteVariables(text, vars));
  // A fragment's first word may be a keyword on one side and a flag on the other: fold both.
  const space = text.indexOf(' ');
  return space < 0 ? text.toLowerCase() : text.slice(0, space).toLowerCase() + text.slice(space);
}

function isComment(raw: string): boolean {
  return raw.trimStart().startsWith('#');
}

export function comparable(model: DockerfileModel, lines: readonly string[],
  instruction: Instruction, vars: ReadonlyMap<string, Variable>): Comparable {
  const { keyword } = instruction;
  const flags = flagText(instruction).map((f) => substituteVariables(f, vars));
  let args: string[];
  let argsText: string;
  if (instruction.json !== undefined) {
    // Exec form: the array is the meaning; `[ "a" ]` and `["a"]` are the same instruction.
    args = instruction.json.map((w) => substituteVariables(w, vars));
    argsText = JSON.stringify(args);
  } else {
    argsText = collapse(substituteVariables(instruction.argsText, vars));
    args = argsText === '' ? [] : argsText.split(' ').map(unquote);
    if (keyword === 'FROM') {
      args = args.map((w) => (w.toLowerCase() === 'as' ? 'AS' : w));
      argsText = args.join(' ');
    }
  }
  const bodies = instruction.heredocs.map((h) => collapse(substituteVariables(h.body, vars)));
  const text = collapse([keyword, ...flags, argsText, ...bodies].join(' '));
  const words = [...flags, ...args].filter((w) => !ELISION.test(w));
  const physical: string[] = [];
  const offsets: number[] = [];
  for (let n = instruction.line; n <= instruction.endLine; n++) {
    const raw = lines[n - 1] ?? '';
    if (raw.trim() === '' || isComment(raw)) continue;
    const normal = physicalLine(raw, model.escapeChar, vars);
    if (normal === '' || ELISION.test(normal)) continue;
    physical.push(normal);
    offsets.push(n - 1);
  }
  return {
    index: model.instructions.indexOf(instruction), keyword,
    line: instruction.line, endLine: instruction.endLine,
    text, words, physical, offsets,
    tokens: keyword === 'ARG' || keyword === 'ENV' ? declaredNames(keyword, words) : words,
  };
}

/** Legacy `ENV NAME value with spaces` declares one name; its value words are no names. */
function declaredNames(keyword: string, words: readonly string[]): string[] {
  const first = words[0];
  if (first === undefined) return [];
  if (keyword === 'ENV' && !first.includes('=')) return [first];
  return words.map((w) => w.split('=')[0] ?? w);
}

/**
 * Token overlap (Jaccard, counting repeats), so that one added or dropped flag still reads as
 * similar. Repeats count because `COPY . .` and `COPY --chown=app . .` share two of three
 * tokens, while `COPY . /app` and `COPY . .` share one of three.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const left = new Map<string, number>();
  for (const t of a) left.set(t, (left.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      shared++;
      left.set(t, n - 1);
    }
  }
  return shared / (a.length + b.length - shared);
}

/** Whether every item of `part` appears in `all`, in the same order (gaps allowed). */
export function isSubsequence(part: readonly string[], all: readonly string[]): boolean {
  let at = 0;
  for (const item of part) {
    while (at < all.length && all[at] !== item) at++;
    if (at === all.length) return false;
    at++;
  }
  return true;
}
