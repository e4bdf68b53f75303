/**
 * Analyse stage, Dockerfile engine: which ARG and ENV values an instruction sees, with Docker's
 * scoping, and `$VAR` substitution over a text. Browser-safe.
 */
import type { DockerfileModel, Instruction, Variable } from './model.ts';

/**
 * The deepest `${…}` nesting the engine expands (`${A:-${B:-…}}`): each level is a nested call,
 * so a text nested thousands deep would overflow the stack. Deeper text stays as written, and
 * the parser reports it (`parse/build-model.ts`) as a syntax finding.
 */
export const MAX_SUBSTITUTION_DEPTH = 64;

/** How deep `${…}` nests in a text (0 for none); one pass, no recursion. */
export function substitutionDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = text.indexOf('$'); i >= 0 && i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      depth++;
      if (depth > deepest) deepest = depth;
      i++;
    } else if (ch === '}' && depth > 0) {
      depth--;
    }
  }
  return deepest;
}

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
function expandBraced(body: string, vars: ReadonlyMap<string, Variable>,
  depth: number): string | undefined {
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
  const inner = (): string => substituteVariables(word, vars, depth + 1);
  switch (kind) {
    case ':-': return nonEmpty ? value : inner();
    case '-': return set ? value : inner();
    case ':+': return nonEmpty ? inner() : '';
    default: return set ? inner() : '';
  }
}

/**
 * Replaces `$V`, `${V}`, `${V:-d}`, `${V-d}`, `${V:+x}` and `${V+x}` with known values. Unknown
 * variables (and ARGs with no value, for the plain forms) stay as written so that a reader, or a
 * rule, can still see what was left open. `depth` is how deep this text sits inside `${…}`;
 * beyond `MAX_SUBSTITUTION_DEPTH` the text is returned as written.
 */
export function substituteVariables(text: string, vars: ReadonlyMap<string, Variable>,
  depth = 0): string {
  if (depth >= MAX_SUBSTITUTION_DEPTH) return text;
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
      const expanded = expandBraced(text.slice(i + 2, end - 1), vars, depth);
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

/**
 * The stage each stage is built `FROM` (by `AS` name, case-insensitive as BuildKit, the first
 * earlier stage of that name; or by index), undefined for an image. One pass over the stages.
 */
function parentStages(model: DockerfileModel): Array<number | undefined> {
  const byName = new Map<string, number>();
  return model.stages.map((stage) => {
    const image = stage.resolvedImage.toLowerCase();
    let parent = byName.get(image);
    if (parent === undefined && /^\d+$/.test(image) && Number(image) < stage.index) {
      parent = Number(image);
    }
    const name = stage.name?.toLowerCase();
    if (name !== undefined && !byName.has(name)) byName.set(name, stage.index);
    return parent;
  });
}

/**
 * Reads the variables in scope (see `variablesInScope`) for many instructions of one model.
 * Asked in file order, each ARG and ENV is applied once per stage, so a Dockerfile with 20 000
 * of them costs 20 000 steps, not 20 000² (each call used to rebuild the scope from scratch).
 * The map returned is live: it changes on the next call, so read it before asking again.
 */
export function scopeReader(model: DockerfileModel):
  (instruction: Instruction) => ReadonlyMap<string, Variable> {
  const parents = parentStages(model);
  const byStage = new Map<number, Variable[]>();
  for (const v of model.variables) {
    const list = byStage.get(v.stage);
    if (list) list.push(v);
    else byStage.set(v.stage, [v]);
  }
  const lastGlobal = new Map<string, Variable>();
  for (const g of model.globalArgs) lastGlobal.set(g.name, g);

  const apply = (scope: Map<string, Variable>, v: Variable): void => {
    if (v.kind === 'ENV') {
      scope.set(v.name, v);
      return;
    }
    // ENV always wins over an ARG of the same name, whatever the order.
    if (scope.get(v.name)?.kind === 'ENV') return;
    const global = v.value === undefined ? lastGlobal.get(v.name) : undefined;
    scope.set(v.name, global ? { ...v, value: global.value } : v);
  };

  // The ENV a stage hands to a stage built on it; stages in index order, so no recursion.
  const inheritedEnv: Array<Map<string, Variable>> = [];
  const envAfter = (stageIndex: number): Map<string, Variable> => {
    for (let s = inheritedEnv.length; s <= stageIndex; s++) {
      const parent = parents[s];
      const scope = new Map(parent === undefined ? [] : inheritedEnv[parent]);
      for (const v of byStage.get(s) ?? []) apply(scope, v);
      inheritedEnv.push(new Map([...scope].filter(([, v]) => v.kind === 'ENV')));
    }
    return inheritedEnv[stageIndex] ?? new Map();
  };

  // A cursor over one stage's variables (stage -1: the global ARGs FROM lines see).
  let stage = Number.NaN;
  let scope = new Map<string, Variable>();
  let list: readonly Variable[] = [];
  let next = 0;
  let lastLine = Number.POSITIVE_INFINITY;
  return (instruction) => {
    const wanted = instruction.stage < 0 || instruction.keyword === 'FROM' ? -1 : instruction.stage;
    if (wanted !== stage || instruction.line < lastLine) {
      stage = wanted;
      const parent = wanted < 0 ? undefined : parents[wanted];
      scope = new Map(parent === undefined ? [] : envAfter(parent));
      list = wanted < 0 ? model.globalArgs : byStage.get(wanted) ?? [];
      next = 0;
    }
    lastLine = instruction.line;
    for (; next < list.length && (list[next]?.line ?? 0) < instruction.line; next++) {
      const v = list[next];
      if (!v) continue;
      if (wanted < 0) scope.set(v.name, v);
      else apply(scope, v);
    }
    return scope;
  };
}

/**
 * The variables an instruction can use. Global ARGs are visible in FROM lines only, unless a stage
 * redeclares them (`ARG NAME` re-imports the global default); stage ARG and ENV are visible after
 * their declaration; a stage built `FROM` another stage inherits that stage's ENV. For many
 * instructions of one model, use `scopeReader`.
 */
export function variablesInScope(model: DockerfileModel,
  instruction: Instruction): Map<string, Variable> {
  return new Map(scopeReader(model)(instruction));
}
