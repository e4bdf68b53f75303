/**
 * Analyse stage, Dockerfile engine: which ARG and ENV values an instruction sees, with Docker's
 * scoping, and `$VAR` substitution over a text. Browser-safe.
 */
import type { DockerfileModel, Instruction, Variable } from './model.ts';

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/** Index just past the `}` that closes the `${` opened before `from`, or -1. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Expands one `${…}` body; undefined when it must stay as written. */
function expandBraced(body: string, vars: ReadonlyMap<string, Variable>): string | undefined {
  let n = 0;
  while (n < body.length && NAME_PART.test(body[n] ?? '')) n++;
  const name = body.slice(0, n);
  if (name === '' || !NAME_START.test(name[0] ?? '')) return undefined;
  const known = vars.get(name);
  // A declared ARG without a value is unset at build time unless passed with --build-arg.
  const value = known?.value;
  const op = body.slice(n);
  if (op === '') return value;
  const match = /^(:?[-+])([\s\S]*)$/.exec(op);
  if (!match) return undefined;
  const [, kind = '', word = ''] = match;
  if (known === undefined) return undefined;
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  switch (kind) {
    case ':-': return nonEmpty ? value : substituteVariables(word, vars);
    case '-': return set ? value : substituteVariables(word, vars);
    case ':+': return nonEmpty ? substituteVariables(word, vars) : '';
    default: return set ? substituteVariables(word, vars) : '';
  }
}

/**
 * Replaces `$V`, `${V}`, `${V:-d}`, `${V-d}`, `${V:+x}` and `${V+x}` with known values. Unknown
 * variables (and ARGs with no value, for the plain forms) stay as written so that a reader, or a
 * rule, can still see what was left open.
 */
export function substituteVariables(text: string, vars: ReadonlyMap<string, Variable>): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '$') {
      out += '\\$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        out += text.slice(i);
        break;
      }
      const expanded = expandBraced(text.slice(i + 2, end - 1), vars);
      out += expanded ?? text.slice(i, end);
      i = end;
      continue;
    }
    let j = i + 1;
    if (j < text.length && NAME_START.test(text[j] ?? '')) {
      while (j < text.length && NAME_PART.test(text[j] ?? '')) j++;
      const value = vars.get(text.slice(i + 1, j))?.value;
      out += value ?? text.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The stage a `FROM` names, by `AS` name (case-insensitive, as BuildKit) or by index. */
function parentStage(model: DockerfileModel, stageIndex: number): number | undefined {
  const stage = model.stages[stageIndex];
  if (!stage) return undefined;
  const image = stage.resolvedImage.toLowerCase();
  for (const other of model.stages) {
    if (other.index >= stageIndex) break;
    if (other.name !== undefined && other.name.toLowerCase() === image) return other.index;
  }
  if (/^\d+$/.test(image)) {
    const index = Number(image);
    if (index < stageIndex) return index;
  }
  return undefined;
}

/** ENV and ARG of one stage as seen just before `beforeLine` (Infinity: the whole stage). */
function stageScope(model: DockerfileModel, stageIndex: number, beforeLine: number,
  seen: Set<number>): Map<string, Variable> {
  const scope = new Map<string, Variable>();
  if (seen.has(stageIndex)) return scope;
  seen.add(stageIndex);
  const parent = parentStage(model, stageIndex);
  if (parent !== undefined) {
    // Only the environment survives into a child stage; ARGs stay with the stage declaring them.
    for (const v of stageScope(model, parent, Infinity, seen).values()) {
      if (v.kind === 'ENV') scope.set(v.name, v);
    }
  }
  for (const v of model.variables) {
    if (v.stage !== stageIndex || v.line >= beforeLine) continue;
    if (v.kind === 'ENV') {
      scope.set(v.name, v);
      continue;
    }
    // ENV always wins over an ARG of the same name, whatever the order.
    if (scope.get(v.name)?.kind === 'ENV') continue;
    if (v.value === undefined) {
      const global = model.globalArgs.findLast((g) => g.name === v.name);
      scope.set(v.name, global ? { ...v, value: global.value } : v);
    } else {
      scope.set(v.name, v);
    }
  }
  return scope;
}

/**
 * The variables an instruction can use. Global ARGs are visible in FROM lines only, unless a stage
 * redeclares them (`ARG NAME` re-imports the global default); stage ARG and ENV are visible after
 * their declaration; a stage built `FROM` another stage inherits that stage's ENV.
 */
export function variablesInScope(model: DockerfileModel,
  instruction: Instruction): Map<string, Variable> {
  if (instruction.stage < 0 || instruction.keyword === 'FROM') {
    const scope = new Map<string, Variable>();
    for (const v of model.globalArgs) {
      if (v.line < instruction.line) scope.set(v.name, v);
    }
    return scope;
  }
  return stageScope(model, instruction.stage, instruction.line, new Set());
}
