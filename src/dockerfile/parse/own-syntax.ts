/**
 * Analyse stage, Dockerfile engine: syntax errors from our own checks, for the browser, where
 * dockerfile-utils does not run. For each instruction the pre-check (`precheck.ts`) could not
 * clear, it reports what dockerfile-utils' `validate` would, with its wording and lines, when the
 * form is one it recognises: an unknown instruction, missing arguments, unknown or malformed
 * flags (FROM, COPY, ADD), SHELL without JSON, bad ports, signals, stage names, ENV/LABEL/ARG
 * pairs, HEALTHCHECK types, ONBUILD triggers; across the file, a missing FROM, duplicate stage
 * names, bad `# escape=` directives and `# dockerfile-utils: ignore`. An instruction it cannot
 * classify gets `UNCHECKED_MESSAGE` instead of silence. `tests/unit/dockerfile/browser.test.ts`
 * holds it to `validate`. Browser-safe.
 */
import type { Directive, DockerfileModel, SyntaxError } from '../model.ts';
import {
  ADD_FLAGS, COPY_FLAGS, globalArgName, imageOk, instructionOk, keepError, KEYWORDS,
  plainSubstitutions, splitFlags, words, type CheckedInstruction,
} from './precheck.ts';

/** The finding on an instruction our checks cannot classify. */
export const UNCHECKED_MESSAGE =
  'This line may not be valid Dockerfile syntax; the full check runs at build time.';

/** dockerfile-utils' messages (its `dockerProblems`), `${0}` standing for a value. */
const NO_SOURCE_IMAGE = 'No source image provided with `FROM`';
const MISSING_ARGUMENT = 'Instruction has no arguments';
const UNKNOWN_INSTRUCTION = 'Unknown instruction: ${0}';
const AT_LEAST_TWO = '${0} requires at least two arguments';
const UNKNOWN_FLAG = 'Unknown flag: ${0}';
const MISSING_VALUE = 'Missing a value on flag: ${0}';
const EXPECTED_BOOLEAN = 'expecting boolean value for flag ${0}, not: ${1}';
const DUPLICATE_FLAG = 'Duplicate flag specified: ${0}';
const INVALID_FROM = 'invalid from flag value ${0}: invalid reference format';
const NOT_DIRECTORY = 'When using ${0} with more than one source file, the destination must be ' +
  'a directory and end with a / or a \\';
const INVALID_STAGE_NAME = 'invalid name for build stage: "${0}", name can\'t start with a ' +
  'number or contain symbols';
const DUPLICATE_NAME = 'duplicate name ${0}';
const BLANK_NAME = '${0} names cannot be blank';
const MISSING_EQUALS = 'Syntax error - can\'t find = in "${0}". Must be of the form: name=value';
const INVALID_PORT = 'Invalid containerPort: ${0}';
const INVALID_PROTO = 'Invalid proto: ${0}';
const INVALID_SIGNAL = 'Invalid signal: ${0}';
const UNKNOWN_TYPE = 'Unknown type"${0}" in HEALTHCHECK (try CMD)';
const TRIGGER_DISALLOWED = '${0} isn\'t allowed as an ONBUILD trigger';
const INVALID_ESCAPE = 'invalid ESCAPE \'${0}\'. Must be ` or \\';
const IGNORE_COMMENT = 'dockerfile-utils: ignore';
const STAGE_NAME = /^[a-z]([a-z0-9_\-.]*)*$/;
const EXPOSE_PORT = /^([0-9])+(-[0-9]+)?(:([0-9])+(-[0-9]*)?)?(\/(\w*))?(\/\w*)*$/;
const JSON_STRINGS = /^\[[ \t]*"[^"\\]*"(?:[ \t]*,[ \t]*"[^"\\]*")*[ \t]*\]$/;
const JSON_STRING = /"[^"\\]*"/g;

/** What an instruction gets: errors (none: valid), or undefined when we cannot tell. */
type Verdict = SyntaxError[] | undefined;

/** dockerfile-utils' `formatMessage`: `String.replace`, `$` patterns in values included. */
function format(template: string, ...values: string[]): string {
  return values.reduce((text, value, k) => text.replace(`\${${k}}`, value), template);
}

interface Flag {
  name: string;
  /** null without `=`. */
  value: string | null;
}

function readFlag(word: string): Flag {
  const eq = word.indexOf('=');
  return eq < 0 ? { name: word.slice(2), value: null }
    : { name: word.slice(2, eq), value: word.slice(eq + 1) };
}

/** Errors on one line (a single-line instruction), or on the keyword's lines. */
class Reporter {
  readonly i: CheckedInstruction;

  constructor(i: CheckedInstruction) {
    this.i = i;
  }

  at(message: string): SyntaxError {
    return { line: this.i.line, endLine: this.i.line, message };
  }

  atKeyword(message: string): SyntaxError {
    return { line: this.i.line, endLine: this.i.keywordEndLine, message };
  }
}

function missingArguments(r: Reporter): SyntaxError[] {
  switch (r.i.keyword) {
    case 'RUN':
    case 'CMD': return [];
    case 'COPY':
    case 'ADD': return [r.atKeyword(format(AT_LEAST_TWO, r.i.keyword))];
    case 'HEALTHCHECK': return [r.atKeyword('HEALTHCHECK requires at least one argument')];
    default: return [r.atKeyword(MISSING_ARGUMENT)];
  }
}

/** `$NAME` or `${NAME}` and nothing else. */
const LONE_VARIABLE = /^\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/;

function fromErrors(r: Reporter): Verdict {
  const { text } = r.i;
  const split = splitFlags(words(text));
  if (!split) return undefined;
  // An image that is one variable is valid syntax whatever its value (an undeclared one is
  // BuildKit's UndefinedArgInFrom); other variables we leave to the full check.
  const loneVariable = LONE_VARIABLE.test(split.rest[0] ?? '');
  const rest = loneVariable ? split.rest.slice(1) : split.rest;
  if ([...split.flags, ...rest].some((word) => word.includes('$'))) return undefined;
  const flags = split.flags.map(readFlag);
  const args = split.rest;
  const errors = flags.filter((f) => f.name !== 'platform')
    .map((f) => r.at(format(UNKNOWN_FLAG, f.name)));
  for (const f of flags) {
    if (f.name === 'platform' && f.value === null) {
      errors.push(r.at('Missing a value on flag: platform'));
    }
  }
  if (args.length === 0) return [...errors, r.atKeyword(MISSING_ARGUMENT)];
  if (args.length !== 1 && args.length !== 3) {
    return [...errors, r.at('FROM requires either one or three arguments')];
  }
  if (!loneVariable && !imageOk(args[0] ?? '')) return undefined;
  if (args.length === 3) {
    if (args[1]?.toUpperCase() !== 'AS') errors.push(r.at('Second argument should be AS'));
    const name = (args[2] ?? '').toLowerCase();
    if (!STAGE_NAME.test(name)) {
      errors.push(r.at(format(INVALID_STAGE_NAME, name)));
    }
  }
  return errors;
}

/** The words after `count` leading words. */
function textAfter(text: string, count: number): string {
  return text.trim().replace(new RegExp(`^(?:\\S+[ \\t]+){${count}}`), '');
}

function copyErrors(r: Reporter, known: typeof COPY_FLAGS): Verdict {
  const { text, keyword } = r.i;
  if (text.includes('$') || text.includes('<<')) return undefined;
  const split = splitFlags(words(text));
  if (!split) return undefined;
  const flags = split.flags.map(readFlag);
  const errors: SyntaxError[] = [];
  for (const { name, value } of flags) {
    if (name === '') {
      errors.push(r.at('Unknown flag: '));
    } else if (known.boolean.includes(name)) {
      if (value === '') {
        errors.push(r.at(format(MISSING_VALUE, name)));
      } else if (value !== null && !['true', 'false'].includes(value.toLowerCase())) {
        errors.push(r.at(format(EXPECTED_BOOLEAN, name, value)));
      }
    } else if (!known.valued.includes(name)) {
      errors.push(r.at(format(UNKNOWN_FLAG, name)));
    }
  }
  const from = flags.length === 1 && keyword === 'COPY' && flags[0]?.name === 'from'
    ? flags[0].value : null;
  if (from !== null && !/^[a-zA-Z0-9].*$/.test(from)) {
    errors.push(r.at(format(INVALID_FROM, from)));
  }
  const rest = textAfter(text, flags.length);
  const tooFew = format(AT_LEAST_TWO, keyword);
  const notDirectory = format(NOT_DIRECTORY, keyword);
  if (rest.startsWith('[')) {
    // The exec form: dockerfile-ast reads the strings of a JSON array.
    if (!JSON_STRINGS.test(rest)) return undefined;
    const strings = rest.match(JSON_STRING) ?? [];
    const destination = strings[strings.length - 1] ?? '';
    if (strings.length === 1) errors.push(r.at(tooFew));
    else if (strings.length > 2 && !/[\\/]"$/.test(destination)) errors.push(r.at(notDirectory));
  } else {
    const args = split.rest;
    const destination = args[args.length - 1] ?? '';
    if (args.length === 1) errors.push(r.at(tooFew));
    else if (args.length === 0) errors.push(r.atKeyword(tooFew));
    else if (args.length > 2 && !/[\\/]$/.test(destination)) errors.push(r.at(notDirectory));
  }
  for (const { name, value } of flags) {
    if (value === null && known.valued.includes(name)) {
      errors.push(r.at(format(MISSING_VALUE, name)));
    }
  }
  const names = flags.map((f) => f.name);
  for (const name of [...known.valued.filter((n) => n !== 'exclude'), ...known.boolean]) {
    if (names.indexOf(name) !== names.lastIndexOf(name)) {
      const duplicate = r.at(format(DUPLICATE_FLAG, name));
      errors.push(duplicate, { ...duplicate });
    }
  }
  return errors;
}

/** ENV, LABEL and ARG: `name=value` pairs, or legacy `ENV NAME value`. */
function propertyErrors(r: Reporter): Verdict {
  const { text, keyword } = r.i;
  if (/["'`]|\$\{/.test(text)) return undefined;
  const args = words(text);
  const check = (word: string, first: boolean): SyntaxError[] => {
    const eq = word.indexOf('=');
    if (eq === 0) return [r.at(format(BLANK_NAME, keyword))];
    if (eq > 0 || keyword === 'ARG') return [];
    return [r.at(first ? 'ENV must have two arguments'
      : format(MISSING_EQUALS, word))];
  };
  if (keyword === 'ARG') return args.length === 1 ? check(args[0] ?? '', true) : [];
  if (args.length === 1) return check(args[0] ?? '', true);
  if (!(args[0] ?? '').includes('=')) return [];
  return args.flatMap((word) => check(word, false));
}

function exposeErrors(r: Reporter): Verdict {
  const { text } = r.i;
  const errors: SyntaxError[] = [];
  for (const word of words(text)) {
    // A port with a variable is known only at build time (`EXPOSE 40000-${FOOBAR}`).
    if (word.includes('$')) continue;
    const quoted = /^"[^"]*"$/.test(word);
    if (!quoted && word.includes('"')) return undefined;
    const value = quoted ? word.slice(1, -1) : word;
    const match = EXPOSE_PORT.exec(value);
    const protocol = match?.[7];
    if (!match) {
      errors.push(r.at(format(INVALID_PORT, value)));
    } else if (protocol && !['tcp', 'udp', 'sctp'].includes(protocol.toLowerCase())) {
      // dockerfile-utils ends a one-letter protocol's range at a far offset: lines unknown.
      if (protocol.length === 1) return undefined;
      errors.push(r.at(format(INVALID_PROTO, protocol)));
    }
  }
  return errors;
}

function stopsignalErrors(r: Reporter): Verdict {
  if (r.i.text.includes('$')) return undefined;
  const args = words(r.i.text);
  if (args.length > 1) return [r.at('Instruction has an extra argument')];
  const signal = args[0] ?? '';
  return signal.startsWith('SIG') || /^[0-9]*$/.test(signal) ? []
    : [r.at(format(INVALID_SIGNAL, signal))];
}

function shellErrors(r: Reporter): Verdict {
  const args = words(r.i.text);
  if ((args.length === 1 && args[0] === '[]') ||
    (args.length === 2 && args[0] === '[' && args[1] === ']')) {
    return [r.at('SHELL requires at least one argument')];
  }
  // dockerfile-ast finds no JSON array unless the arguments open with `[` (or `]`, `\`).
  const first = r.i.text.trim().charAt(0);
  return '[]\\'.includes(first) ? undefined
    : [r.at('SHELL requires the arguments to be in JSON form')];
}

function healthcheckErrors(r: Reporter): Verdict {
  const args = words(r.i.text);
  // dockerfile-ast reads `--` words before CMD or NONE as flags: their values we leave alone.
  const typeAt = args.findIndex((w) => ['CMD', 'NONE'].includes(w.toUpperCase()));
  if (args.slice(0, typeAt < 0 ? args.length : typeAt).some((w) => w.startsWith('--'))) {
    return undefined;
  }
  const type = (args[0] ?? '').toUpperCase();
  if (type === 'NONE') return args.length > 1 ? [r.at('HEALTHCHECK NONE takes no arguments')] : [];
  if (type === 'CMD') {
    return args.length === 1 ? [r.at('Missing command after HEALTHCHECK CMD')] : [];
  }
  return [r.at(format(UNKNOWN_TYPE, type))];
}

function parseJson(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text.trim());
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ONBUILD's own checks; its trigger's errors go to `later`, as dockerfile-utils validates the
 * triggers after every instruction.
 */
function onbuildErrors(r: Reporter, escapeChar: string, later: SyntaxError[]): Verdict {
  const { text } = r.i;
  if (text.includes('<<')) return undefined;
  const trigger = words(text)[0] ?? '';
  const keyword = trigger.toUpperCase();
  if (keyword === 'ONBUILD' || (keyword === 'FROM' && text.includes('$'))) return undefined;
  const errors = keyword === 'FROM' || keyword === 'MAINTAINER'
    ? [r.at(format(TRIGGER_DISALLOWED, keyword))] : [];
  const rest = text.trim().slice(trigger.length);
  const triggered: CheckedInstruction = { ...r.i, keyword, rawKeyword: trigger, text: rest,
    json: keyword === 'SHELL' ? parseJson(rest) : undefined, keywordEndLine: r.i.line };
  const own = instructionOk(triggered, escapeChar, new Set()) ? []
    : classify(triggered, escapeChar, later);
  if (!own) return undefined;
  later.push(...own);
  return errors;
}

/** The errors `validate` reports on one instruction the pre-check did not clear. */
function classify(i: CheckedInstruction, escapeChar: string, later: SyntaxError[]): Verdict {
  const r = new Reporter(i);
  const { text } = i;
  if (!KEYWORDS.has(i.keyword)) {
    // Without `$` no variable can be malformed. A keyword split by an escaped line break moves
    // where the arguments start, so `text` is not to be trusted then.
    return !i.plainKeyword || `${i.rawKeyword}${text}`.includes('$') ? undefined
      : [r.atKeyword(format(UNKNOWN_INSTRUCTION, i.keyword))];
  }
  const single = i.line === i.endLine && i.plainKeyword && i.heredocs === 0 &&
    !text.includes(escapeChar);
  if (!single) return undefined;
  if (words(text).length === 0) return missingArguments(r);
  if (!plainSubstitutions(text)) return undefined;
  switch (i.keyword) {
    case 'FROM': return fromErrors(r);
    case 'COPY': return copyErrors(r, COPY_FLAGS);
    case 'ADD': return copyErrors(r, ADD_FLAGS);
    case 'ARG':
    case 'ENV':
    case 'LABEL': return propertyErrors(r);
    case 'EXPOSE': return exposeErrors(r);
    case 'STOPSIGNAL': return stopsignalErrors(r);
    case 'SHELL': return shellErrors(r);
    case 'HEALTHCHECK': return healthcheckErrors(r);
    case 'ONBUILD': return onbuildErrors(r, escapeChar, later);
    default: return undefined;
  }
}

/**
 * A FROM's stage name as dockerfile-ast reads it (null: none), or undefined when the FROM spans
 * lines or holds escapes and its words may differ from ours.
 */
function stageName(i: CheckedInstruction, escapeChar: string): string | null | undefined {
  if (i.line !== i.endLine || i.text.includes(escapeChar)) return undefined;
  const split = splitFlags(words(i.text));
  if (!split) return undefined;
  const [, as, name] = split.rest;
  return as?.toUpperCase() === 'AS' && name !== undefined ? name.toLowerCase() : null;
}

/**
 * `duplicate name x` on every FROM sharing a stage name. A FROM whose name we cannot read might
 * share one: FROMs whose name its text contains (and it) get undefined.
 */
function duplicateStages(froms: readonly CheckedInstruction[],
  escapeChar: string): Map<CheckedInstruction, Verdict> {
  const found = new Map<CheckedInstruction, Verdict>();
  const unread = froms.filter((f) => stageName(f, escapeChar) === undefined);
  const names = new Map<string, CheckedInstruction[]>();
  for (const from of froms) {
    const name = stageName(from, escapeChar);
    if (name) names.set(name, [...names.get(name) ?? [], from]);
  }
  for (const [name, sharing] of names) {
    const maybe = unread.filter((u) => u.text.toLowerCase().includes(name));
    for (const u of maybe) found.set(u, undefined);
    for (const from of sharing) {
      const duplicate = new Reporter(from).at(format(DUPLICATE_NAME, name));
      if (sharing.length > 1) found.set(from, [duplicate]);
      else if (maybe.length > 0) found.set(from, undefined);
    }
  }
  if (unread.length > 1) for (const u of unread) found.set(u, undefined);
  return found;
}

/** Directive errors: a second `# escape=`, or an escape that is neither `\` nor a backtick. */
function directiveErrors(directives: readonly Directive[]): SyntaxError[] {
  const escapes = directives.filter((d) => d.name === 'escape');
  const at = (d: Directive, message: string) => ({ line: d.line, endLine: d.line, message });
  if (escapes.length > 1) {
    return escapes.slice(1).map((d) => at(d, 'only one escape parser directive can be used'));
  }
  return escapes.filter((d) => !['\\', '`', ''].includes(d.value))
    .map((d) => at(d, format(INVALID_ESCAPE, d.value)));
}

export interface OwnSyntaxInput {
  directives: readonly Directive[];
  instructions: readonly CheckedInstruction[];
  escapeChar: string;
  comments: DockerfileModel['comments'];
}

/** Our syntax findings for a whole Dockerfile, in the order `validate` reports them. */
export function ownSyntaxErrors(input: OwnSyntaxInput): SyntaxError[] {
  const { directives, instructions, escapeChar, comments } = input;
  const ignored = new Set(comments.filter((c) => c.text === IGNORE_COMMENT).map((c) => c.line + 1));
  const errors = directiveErrors(directives);
  if (instructions.every((i) => i.keyword === 'ARG')) {
    errors.push({ line: 1, endLine: 1, message: NO_SOURCE_IMAGE });
  }
  const stages = duplicateStages(instructions.filter((i) => i.keyword === 'FROM'), escapeChar);
  const unsure = new Set<CheckedInstruction>();
  for (const [from, verdict] of stages) {
    if (ignored.has(from.line)) continue;
    if (verdict) errors.push(...verdict);
    else unsure.add(from);
  }
  const globalArgs = new Set<string>();
  const triggers: SyntaxError[] = [];
  let hasFrom = false;
  for (const i of instructions) {
    if (i.keyword === 'FROM') {
      hasFrom = true;
    } else if (!hasFrom && i.keyword !== 'ARG') {
      errors.push({ line: i.line, endLine: i.keywordEndLine, message: NO_SOURCE_IMAGE });
      hasFrom = true;
    }
    let verdict: Verdict;
    if (unsure.has(i)) {
      verdict = undefined;
    } else if (ignored.has(i.line)) {
      // Every error of an instruction is dropped, save those of an ONBUILD trigger on a later line.
      verdict = i.keyword === 'ONBUILD' && i.endLine > i.line ? undefined : [];
    } else {
      verdict = instructionOk(i, escapeChar, globalArgs) ? [] : classify(i, escapeChar, triggers);
    }
    errors.push(...verdict ?? [{ line: i.line, endLine: i.endLine, message: UNCHECKED_MESSAGE }]);
    const name = hasFrom ? undefined : globalArgName(i);
    if (name !== undefined) globalArgs.add(name);
  }
  return [...errors, ...triggers].filter((e) => keepError(e.message));
}
