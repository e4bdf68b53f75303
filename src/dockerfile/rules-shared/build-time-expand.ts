/**
 * Analyse stage, Dockerfile engine, shared by rules: a FROM word as BuildKit expands it when no
 * build arguments are given (`buildMetaArgs` with defaults only): global ARG defaults, a declared
 * ARG without a default and an undeclared name expand to nothing, and the automatic platform args
 * to a value. `$V`, `${V}`, `${V:-w}`, `${V-w}`, `${V:+w}`, `${V+w}`; any other form (`${V%x}`,
 * `${V:?…}`) gives undefined, as the result is not known here.
 */
import type { Variable } from '../model.ts';
import { PLATFORM_ARGS } from './platform-args.ts';

/** Values for the automatic platform args: any well-formed platform would do. */
const PLATFORM_VALUES: Record<string, string> = {
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
  BUILDOSVERSION: '', TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64',
  TARGETVARIANT: '', TARGETOSVERSION: '', TARGETSTAGE: '',
};

/** Global ARG values (last declaration wins), unset ones left out. */
export function defaultArgValues(globalArgs: readonly Variable[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const name of PLATFORM_ARGS) values.set(name, PLATFORM_VALUES[name] ?? '');
  for (const arg of globalArgs) {
    if (arg.value !== undefined) values.set(arg.name, unquote(arg.value));
    else if (!PLATFORM_ARGS.includes(arg.name)) values.delete(arg.name);
  }
  return values;
}

/** `"box:"` → `box:`: an ARG default as the shell-like lexer reads it (plain quotes only). */
function unquote(value: string): string {
  return /^"[^"\\$]*"$|^'[^']*'$/.test(value) ? value.slice(1, -1) : value;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const REFERENCE = new RegExp(`\\$(?:\\{(${NAME})((?::?[-+])([^{}$]*))?\\}|(${NAME}))`, 'g');

/** The word with its variables expanded; undefined when a form is beyond this reading. */
export function expandWithDefaults(word: string, values: ReadonlyMap<string, string>):
  string | undefined {
  const rest = word.replace(REFERENCE, '');
  if (rest.includes('$')) return undefined;
  return word.replace(REFERENCE, (_all, braced?: string, op?: string, alt = '',
    plain?: string) => {
    const name = braced ?? plain ?? '';
    const value = values.get(name);
    if (!op) return value ?? '';
    const kind = op.slice(0, op.length - alt.length);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    switch (kind) {
      case ':-': return nonEmpty ? value : alt;
      case '-': return set ? value : alt;
      case ':+': return nonEmpty ? alt : '';
      default: return set ? alt : '';
    }
  });
}
