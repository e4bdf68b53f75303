/**
 * Analyse stage, Dockerfile engine: the syntax pre-check. It clears a Dockerfile only when every
 * line is of a form dockerfile-utils' `validate` is known to accept; anything unusual (unknown
 * keyword, missing arguments, a flag, quote, escape or `${…}` it cannot vouch for, heredoc COPY,
 * ONBUILD…) is left to a fuller check: `validate` on Node (`syntax.ts`), our own findings in the
 * browser (`own-syntax.ts`). A cleared text has no errors by construction; tests hold the two to
 * that. Browser-safe (no dockerfile-utils here).
 */
import type { Directive } from '../model.ts';
import { portSpecOk } from './expose-port.ts';

/** What the pre-check reads of one instruction. */
export interface CheckedInstruction {
  /** Upper-case keyword. */
  keyword: string;
  rawKeyword: string;
  /** Whether the keyword is written in one piece (no escaped line break inside it). */
  plainKeyword: boolean;
  /** Everything after the keyword, continuations joined (flags included, heredoc bodies not). */
  text: string;
  heredocs: number;
  /** The exec-form array, when the arguments parse as one. */
  json: string[] | undefined;
  /** First and last line (1-based), and the line where the keyword ends. */
  line: number;
  endLine: number;
  keywordEndLine: number;
}

/** dockerfile-utils' instruction keywords. */
export const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/**
 * Flags BuildKit accepts but dockerfile-utils does not know yet; reporting them as syntax errors
 * would flag valid, recent Dockerfiles.
 */
export const NEWER_FLAGS = new Set([
  'chmod', 'chown', 'link', 'checksum', 'keep-git-dir', 'unpack', 'exclude', 'parents', 'from',
  'platform', 'interval', 'timeout', 'start-period', 'start-interval', 'retries',
]);
const UNKNOWN_FLAG = /^Unknown flag: (\S+)$/;

const INVALID_PORT = /^Invalid containerPort: (.*)$/;
const BLANK_VARIABLE_BASE = /^base name \(.*\$.*\) should not be blank$/;

/**
 * False for dockerfile-utils' errors on what BuildKit builds: unknown-flag errors about a flag
 * BuildKit added since; `duplicate name` (BuildKit's DuplicateStageName warning, not an error);
 * EXPOSE ports BuildKit reads (`127.0.0.1:80:80`, `5000:5000`) or that hold a variable
 * (`40000-${FOOBAR}`, known only at build time); and a FROM image that is a variable no ARG
 * declares (`FROM ${VALUE}`: BuildKit's UndefinedArgInFrom and InvalidDefaultArgInFrom checks).
 */
export function keepError(message: string): boolean {
  const flag = UNKNOWN_FLAG.exec(message)?.[1];
  if (flag !== undefined && NEWER_FLAGS.has(flag)) return false;
  if (message.startsWith('duplicate name ')) return false;
  const port = INVALID_PORT.exec(message)?.[1];
  if (port !== undefined && (port.includes('$') || portSpecOk(port))) return false;
  return !BLANK_VARIABLE_BASE.test(message);
}

/**
 * Flags dockerfile-utils knows on COPY and ADD: those that need a value, and the true/false ones
 * (in the order it checks them for duplicates, after the valued ones but `exclude`).
 */
export const COPY_FLAGS = {
  valued: ['chmod', 'chown', 'from', 'exclude'], boolean: ['link', 'parents'],
};
export const ADD_FLAGS = {
  valued: ['chmod', 'chown', 'checksum', 'exclude'], boolean: ['keep-git-dir', 'link'],
};
const HEALTHCHECK_DURATIONS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);

const FLAG = /^--([a-z][a-z-]*)(?:=(.*))?$/;
const IMAGE_CHARS = /^[A-Za-z0-9._/:-]+$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGESTED = /^[A-Za-z0-9._/-]+(?::\w[\w.-]{0,127})?@[A-Za-z0-9_+.-]+:[A-Fa-f0-9]+$/;
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;
const PORT = /^[0-9]+(?:-[0-9]+)?(?:\/(?:tcp|udp|sctp))?$/i;
const SIGNAL = /^(?:SIG[A-Z0-9+-]*|[0-9]+)$/;
const DURATION = /^[1-9][0-9]*(?:ms|s|m|h)$/;
const PROPERTY_NAME = /^[^=\s"'$]+$/;

/** Blank-separated words, as dockerfile-ast splits a line without escapes. */
export function words(text: string): string[] {
  return text.split(/[ \t\r\n]+/).filter((w) => w !== '');
}

/** `${NAME}` and `${NAME:-x}`, `:+`, `:?` only: other modifiers are errors outside RUN/CMD. */
export function plainSubstitutions(text: string): boolean {
  for (let i = text.indexOf('${'); i >= 0; i = text.indexOf('${', i + 2)) {
    let j = i + 2;
    while (j < text.length && text[j] !== '}' && text[j] !== ':') j++;
    if (text[j] === ':' && !'-+?'.includes(text[j + 1] ?? '}')) return false;
  }
  return true;
}

/** Leading `--flags` (dockerfile-ast stops at the first word without `--`), and the rest. */
export function splitFlags(all: readonly string[]):
  { flags: string[]; rest: string[] } | undefined {
  let n = 0;
  while (n < all.length && all[n]?.startsWith('--')) n++;
  const rest = all.slice(n);
  // A later word holding `--` would make dockerfile-ast read flags differently.
  if (rest[0]?.includes('--')) return undefined;
  return { flags: all.slice(0, n), rest };
}

function copyFlagsOk(flags: readonly string[], known: typeof COPY_FLAGS): boolean {
  const seen = new Set<string>();
  for (const raw of flags) {
    const m = FLAG.exec(raw);
    const name = m?.[1];
    if (!m || name === undefined || seen.has(name)) return false;
    seen.add(name);
    const value = m[2];
    if (known.valued.includes(name)) {
      if (!value) return false;
      if (name === 'from' && !/^[a-zA-Z0-9]/.test(value)) return false;
    } else if (known.boolean.includes(name)) {
      if (value !== undefined && !/^(?:true|false)$/i.test(value)) return false;
    } else if (!NEWER_FLAGS.has(name)) {
      return false;
    }
  }
  return true;
}

function copyOk(text: string, heredocs: number, known: typeof COPY_FLAGS): boolean {
  if (heredocs > 0 || /["'[]/.test(text)) return false;
  const split = splitFlags(words(text));
  if (!split || !copyFlagsOk(split.flags, known)) return false;
  const { rest } = split;
  return rest.length === 2 || (rest.length > 2 && (rest[rest.length - 1] ?? '').endsWith('/'));
}

const ARG_NAME = /^([A-Za-z_][A-Za-z0-9_]*)(?:=|$)/;
/** `$NAME` or `${NAME}` and nothing else. */
const LONE_VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;
/** Variables BuildKit sets itself; dockerfile-utils accepts them as a base image. */
const PREDEFINED = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIAN']);

/**
 * dockerfile-utils checks only the first variable of a FROM: when it is the whole image, it must
 * be a global ARG (with or without default) or a predefined one.
 */
function imageVariableOk(image: string, flags: readonly string[],
  globalArgs: ReadonlySet<string>): boolean {
  if (flags.some((f) => /^--platform=\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_])/.test(f))) {
    return true;
  }
  const m = LONE_VARIABLE.exec(image);
  const name = m?.[1] ?? m?.[2];
  return name !== undefined && (PREDEFINED.has(name) || globalArgs.has(name));
}

function fromOk(text: string, globalArgs: ReadonlySet<string>): boolean {
  if (/["']/.test(text)) return false;
  const split = splitFlags(words(text));
  if (!split) return false;
  for (const raw of split.flags) {
    const m = FLAG.exec(raw);
    if (m?.[1] !== 'platform' || !m[2]) return false;
  }
  const [image = '', as, name] = split.rest;
  if (split.rest.length !== 1 && split.rest.length !== 3) return false;
  if (split.rest.length === 3 && (as?.toUpperCase() !== 'AS' ||
    !STAGE_NAME.test((name ?? '').toLowerCase()))) return false;
  if (image.startsWith('$')) return imageVariableOk(image, split.flags, globalArgs);
  // A variable later in the image is not checked.
  return image.includes('$') || imageOk(image);
}

/** dockerfile-utils' reference check: a tag after the last `:` (past the first `/`), a digest. */
export function imageOk(image: string): boolean {
  if (image.includes('@')) return DIGESTED.test(image);
  if (!IMAGE_CHARS.test(image)) return false;
  const colon = image.lastIndexOf(':');
  return colon <= image.indexOf('/') || TAG.test(image.slice(colon + 1));
}

function healthcheckOk(text: string): boolean {
  const all = words(text);
  let n = 0;
  while (n < all.length && all[n]?.startsWith('--')) n++;
  const type = all[n]?.toUpperCase();
  if (type === 'NONE') return all.length === n + 1;
  if (type !== 'CMD' || all.length < n + 2) return false;
  const flags = all.slice(0, n);
  if (flags.some((f) => /["']/.test(f))) return false;
  const seen = new Set<string>();
  for (const raw of flags) {
    const m = FLAG.exec(raw);
    const name = m?.[1];
    const value = m?.[2];
    if (name === undefined || value === undefined || seen.has(name)) return false;
    seen.add(name);
    if (name === 'retries' ? !/^[1-9][0-9]*$/.test(value)
      : !HEALTHCHECK_DURATIONS.has(name) || !DURATION.test(value)) return false;
  }
  return true;
}

/**
 * Splits ENV/LABEL/ARG arguments on blanks outside quotes; undefined when a quote is left open
 * or sits anywhere but around a whole value.
 */
function properties(text: string): Array<{ name: string; value: string | undefined }> | undefined {
  const found: Array<{ name: string; value: string | undefined }> = [];
  const token = /([^\s"'=]*)(?:=("[^"]*"|'[^']*'|[^\s"']*))?(?=\s|$)/y;
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    token.lastIndex = i;
    const m = token.exec(text);
    if (!m || m[0] === '') return undefined;
    found.push({ name: m[1] ?? '', value: m[2] });
    i = token.lastIndex;
  }
  return found;
}

function propertiesOk(keyword: string, text: string): boolean {
  const props = properties(text);
  if (!props || props.length === 0) return false;
  if (!PROPERTY_NAME.test(props[0]?.name ?? '')) return false;
  if (props.length === 1) return keyword === 'ARG' || props[0]?.value !== undefined;
  if (props.every((p) => p.value !== undefined && PROPERTY_NAME.test(p.name))) return true;
  // Legacy `ENV NAME value words`: one property whose value is the rest, here without quotes.
  return keyword !== 'ARG' && props.every((p) => p.value === undefined);
}

/** Whether `validate` reports nothing on this instruction (false: it cannot tell). */
export function instructionOk(i: CheckedInstruction, escapeChar: string,
  globalArgs: ReadonlySet<string>): boolean {
  if (!KEYWORDS.has(i.keyword) || !i.plainKeyword || !/^[A-Za-z]+$/.test(i.rawKeyword)) {
    return false;
  }
  // RUN and CMD have no error checks of their own (quote style is a warning).
  if (i.keyword === 'RUN' || i.keyword === 'CMD') return true;
  const { text } = i;
  if (text.includes(escapeChar) || words(text).length === 0) return false;
  if (i.keyword !== 'ENTRYPOINT' && !plainSubstitutions(text)) return false;
  switch (i.keyword) {
    case 'FROM': return fromOk(text, globalArgs);
    case 'COPY': return copyOk(text, i.heredocs, COPY_FLAGS);
    case 'ADD': return copyOk(text, i.heredocs, ADD_FLAGS);
    case 'ARG':
    case 'ENV':
    case 'LABEL': return propertiesOk(i.keyword, text);
    case 'EXPOSE': return words(text).every((w) => PORT.test(w));
    case 'HEALTHCHECK': return healthcheckOk(text);
    case 'SHELL':
      return i.json !== undefined && i.json.length > 0 && !text.includes('\\') &&
        /"\s*\]\s*$/.test(text);
    case 'STOPSIGNAL': return words(text).length === 1 && SIGNAL.test(text.trim());
    case 'ONBUILD': return false;
    default: return true; // ENTRYPOINT, VOLUME, USER, WORKDIR, MAINTAINER: any argument will do.
  }
}

/** The variable an ARG before the first FROM declares for FROM to use (one name only). */
export function globalArgName(i: CheckedInstruction): string | undefined {
  if (i.keyword !== 'ARG') return undefined;
  const declared = words(i.text);
  return declared.length === 1 ? ARG_NAME.exec(declared[0] ?? '')?.[1] : undefined;
}

/**
 * False only when `validate` would report no error for this Dockerfile: every instruction has
 * a form known to pass, there is a FROM before anything but ARG, stage names are unique and the
 * escape directive is valid and single.
 */
export function mightHaveSyntaxErrors(directives: readonly Directive[],
  instructions: readonly CheckedInstruction[], escapeChar: string): boolean {
  const escapes = directives.filter((d) => d.name === 'escape');
  if (escapes.length > 1 || escapes.some((d) => !['\\', '`', ''].includes(d.value))) return true;
  const first = instructions.find((i) => i.keyword !== 'ARG');
  if (first?.keyword !== 'FROM') return true;
  const stageNames = new Set<string>();
  // ARGs before the first FROM that declare one variable: the ones FROM can use.
  const globalArgs = new Set<string>();
  let global = true;
  for (const i of instructions) {
    if (!instructionOk(i, escapeChar, globalArgs)) return true;
    const name = global ? globalArgName(i) : undefined;
    if (name !== undefined) globalArgs.add(name);
    if (i.keyword !== 'FROM') continue;
    global = false;
    const stage = words(i.text).filter((w) => !w.startsWith('--'))[2]?.toLowerCase();
    if (stage === undefined) continue;
    if (stageNames.has(stage)) return true;
    stageNames.add(stage);
  }
  return false;
}
