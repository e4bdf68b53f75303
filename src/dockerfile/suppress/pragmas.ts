/**
 * Analyse stage, Dockerfile engine, suppression: reads the comments that silence findings.
 * Hadolint's pragmas (a port of `src/Hadolint/Pragma.hs`): `# hadolint ignore=A,B` for the
 * instruction on the next line, `# hadolint stage ignore=…` for the stage that follows,
 * `# hadolint global ignore=…` for the whole file, `# hadolint shell=…` for the shell ShellCheck
 * assumes. BuildKit's check options (a port of `linter.ParseLintOptions` and
 * `WithMergedConfigFromComments`): the `# check=skip=A,B;error=true` parser directive for the
 * file, and a `check=` comment among the comments just before an instruction for that
 * instruction. Browser-safe.
 */
import type { DockerfileModel } from '../model.ts';

/** Where a pragma sits and what it says, for "suppressed by … (line 3)". */
export interface PragmaSource {
  /** 1-based line of the comment or directive. */
  line: number;
  /** The comment as written after `#`, e.g. `hadolint ignore=DL3008`. */
  text: string;
}

export interface LineIgnore extends PragmaSource {
  /** The rules it names. */
  rules: Set<string>;
}

export interface ShellPragma extends PragmaSource {
  /** The shell named, e.g. `powershell`. */
  shell: string;
}

export interface CheckOptions extends PragmaSource {
  skipAll: boolean;
  skip: Set<string>;
  /** `error=true`: BuildKit fails the build on any check that fires. */
  error: boolean;
}

export interface Pragmas {
  /** `# hadolint ignore=…`, by the line of the instruction it applies to (the next line). */
  lineIgnores: Map<number, LineIgnore>;
  /** `# hadolint stage ignore=…`, in file order; each applies from its line to the next one. */
  stageIgnores: LineIgnore[];
  /** `# hadolint global ignore=…`, anywhere in the file. */
  globalIgnores: LineIgnore[];
  shells: ShellPragma[];
  /** The `# check=` parser directive, when present and valid. */
  check: CheckOptions | undefined;
  /** A `check=` comment before an instruction, by the instruction's first line. */
  localChecks: Map<number, CheckOptions>;
}

const BLANK = '[ \\t]';
/** `hadolint ignore = A, B`, then maybe a `# comment`; rule names as hadolint reads them. */
const IGNORE = new RegExp(`^${BLANK}*hadolint${BLANK}+(?:(stage|global)${BLANK}+)?ignore` +
  `${BLANK}*=${BLANK}*([DLSC0-9]+(?:${BLANK}*,${BLANK}*[DLSC0-9]+)*)${BLANK}*(?:#.*)?$`);
const SHELL = new RegExp(`^${BLANK}*hadolint${BLANK}+shell${BLANK}*=${BLANK}*([^\\s]+)` +
  `${BLANK}*(?:#.*)?$`);

/** The rule names of a `hadolint … ignore=` comment, or undefined (as hadolint's parser does). */
export function parseIgnore(comment: string):
  { scope: 'line' | 'stage' | 'global'; rules: string[] } | undefined {
  const match = IGNORE.exec(comment);
  if (!match) return undefined;
  const scope = match[1] === 'stage' || match[1] === 'global' ? match[1] : 'line';
  return { scope, rules: (match[2] ?? '').split(',').map((name) => name.trim()) };
}

export function parseShellPragma(comment: string): string | undefined {
  return SHELL.exec(comment)?.[1];
}

/**
 * BuildKit's `skip=A,B;error=true;experimental=…`; undefined when invalid (BuildKit then ignores
 * a comment's options, and reports a bad directive as a build error).
 */
export function parseCheckOptions(value: string):
  Omit<CheckOptions, keyof PragmaSource> | undefined {
  const options = { skipAll: false, skip: new Set<string>(), error: false };
  const text = value.trim();
  if (text === '') return options;
  // `SplitN(…, ";", 3)`: a fourth part stays inside the third.
  const parts = text.split(';');
  const capped = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  for (const part of capped) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (raw === 'all') options.skipAll = true;
      else for (const name of raw.split(',')) options.skip.add(name.trim());
    } else if (key === 'error') {
      // Go's strconv.ParseBool.
      if (/^(1|t|T|TRUE|true|True)$/.test(raw)) options.error = true;
      else if (/^(0|f|F|FALSE|false|False)$/.test(raw)) options.error = false;
      else return undefined;
    } else if (key !== 'experimental') {
      return undefined;
    }
  }
  return options;
}

/** BuildKit's directive line syntax, applied to a comment's text (`check = skip=all`). */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * The `check` options among the comments BuildKit attaches to an instruction: the non-empty
 * comment lines since the previous instruction (blank lines do not break them, an empty `#`
 * does); the first `check=` comment wins, its value cut at the first space.
 */
function localCheck(comments: ReadonlyArray<{ line: number; text: string }>):
  CheckOptions | undefined {
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match || match[1]?.toLowerCase() !== 'check') continue;
    const value = (match[2] ?? '').split(' ')[0] ?? '';
    const options = parseCheckOptions(value);
    return options ? { ...options, line: comment.line, text: comment.text } : undefined;
  }
  return undefined;
}

/**
 * The comment lines, with the lines at the top that the scanner took for parser directives:
 * `# hadolint global ignore=DL3002` on line 1 has the shape of one (a name, `=`, a value), and
 * hadolint reads it as a pragma all the same.
 */
function commentLines(model: DockerfileModel): Array<{ line: number; text: string }> {
  if (model.directives.length === 0) return model.comments;
  const last = Math.max(...model.directives.map((d) => d.line));
  const lines = model.source.split(/\r\n|\r|\n/, last);
  const directives = model.directives.map((d) => ({ line: d.line,
    text: (lines[d.line - 1] ?? '').replace(/^\uFEFF?[ \t]*#/, '').trim() }));
  return [...directives, ...model.comments];
}

export function readPragmas(model: DockerfileModel): Pragmas {
  const pragmas: Pragmas = { lineIgnores: new Map(), stageIgnores: [], globalIgnores: [],
    shells: [], check: undefined, localChecks: new Map() };
  for (const comment of commentLines(model)) {
    const ignore = parseIgnore(comment.text);
    if (ignore) {
      const found = { line: comment.line, text: comment.text, rules: new Set(ignore.rules) };
      if (ignore.scope === 'global') pragmas.globalIgnores.push(found);
      else if (ignore.scope === 'stage') pragmas.stageIgnores.push(found);
      else pragmas.lineIgnores.set(comment.line + 1, found);
      continue;
    }
    const shell = parseShellPragma(comment.text);
    if (shell !== undefined) pragmas.shells.push({ line: comment.line, text: comment.text, shell });
  }
  const directive = model.directives.find((d) => d.name === 'check');
  const options = directive ? parseCheckOptions(directive.value) : undefined;
  if (directive && options) {
    pragmas.check = { ...options, line: directive.line, text: `check=${directive.value}` };
  }
  // Comments between instructions, for BuildKit's per-instruction `check=` comments.
  let next = 0;
  let previousEnd = 0;
  const comments = model.comments;
  for (const instruction of model.instructions) {
    const attached: Array<{ line: number; text: string }> = [];
    while (next < comments.length && (comments[next]?.line ?? 0) < instruction.line) {
      const comment = comments[next++];
      if (!comment || comment.line <= previousEnd) continue;
      if (comment.text === '') attached.length = 0;
      else attached.push(comment);
    }
    previousEnd = instruction.endLine;
    const check = localCheck(attached);
    if (check) pragmas.localChecks.set(instruction.line, check);
  }
  return pragmas;
}
