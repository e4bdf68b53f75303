/**
 * Analyse stage, Dockerfile engine, suppression: decides which findings are reported and which
 * were silenced, and by what. Hadolint's order (`Process.hs`, `Lint.hs`): inline, stage and
 * global `# hadolint` pragmas (unless `disable-ignore-pragma`), then the configuration's
 * `ignored` and `override` severities. BuildKit's `# check=skip=…` directive and its comments
 * before an instruction silence BuildKit's checks (`skip=all`: every BuildKit check), and
 * `# check=error=true` makes BuildKit's findings errors, as the build then fails on them.
 * Browser-safe.
 */
import type { DockerfileModel, Instruction } from '../model.ts';
import type { Finding, RuleSource, Severity } from '../rule.ts';
import {
  parseCheckOptions, readPragmas, type CheckOptions, type LineIgnore, type Pragmas,
} from './pragmas.ts';

/** Settings from a configuration file and the command line (see `config-schema.ts`). */
export interface SuppressionSettings {
  /** Rules not reported, each with where that was said (`.hadolint.yaml`, `--ignore DL3008`). */
  ignored?: ReadonlyArray<{ rule: string; by: string }>;
  /** Severities to report rules at. */
  override?: Partial<Record<Severity, readonly string[]>>;
  /** `# hadolint ignore=` comments are not honoured (hadolint's `disable-ignore-pragma`). */
  disableIgnorePragma?: boolean | undefined;
  /**
   * BuildKit's check options given to the build, as `BUILDKIT_DOCKERFILE_CHECK` is
   * (`skip=all`, `skip=A,B;error=true`): they replace the file's `# check=` directive, as in
   * BuildKit (`dockerfile2llb/convert.go`, `newRuleLinter`). Must be valid
   * (`parseCheckOptions`); the CLI checks it.
   */
  buildkitCheck?: string;
}

/** What silenced a finding. */
export interface Suppressor {
  /** 1-based line of the comment or directive; undefined for settings. */
  line: number | undefined;
  /** The comment as written after `#`, or where the setting comes from. */
  text: string;
}

export interface SuppressedFinding extends Finding {
  suppressedBy: Suppressor;
}

export interface Suppression {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** The instruction each line belongs to (index: 1-based line). */
function instructionLines(model: DockerfileModel): Array<Instruction | undefined> {
  const at: Array<Instruction | undefined> = [];
  for (const instruction of model.instructions) {
    for (let line = instruction.line; line <= instruction.endLine; line++) {
      at[line] ??= instruction;
    }
  }
  return at;
}

/**
 * Hadolint's stage ignores: keyed by the line after the pragma, and every FROM not directly after
 * one starts a key with nothing ignored; a finding uses the last key before its line.
 */
function stageKeys(model: DockerfileModel, pragmas: Pragmas): Array<[number, LineIgnore | null]> {
  const keys = new Map<number, LineIgnore | null>();
  const events = [
    ...pragmas.stageIgnores.map((p) => ({ line: p.line, pragma: p as LineIgnore | null })),
    ...model.stages.map((s) => ({ line: s.line, pragma: null })),
  ].sort((a, b) => a.line - b.line);
  for (const event of events) {
    if (event.pragma) keys.set(event.line + 1, event.pragma);
    else if (!keys.has(event.line)) keys.set(event.line, null);
  }
  return [...keys].sort((a, b) => a[0] - b[0]);
}

/** The last key before `line` (binary search: hostile files may hold thousands of pragmas). */
function stageIgnoreAt(keys: ReadonlyArray<[number, LineIgnore | null]>, line: number):
  LineIgnore | null {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((keys[mid]?.[0] ?? 0) < line) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? null : (keys[low - 1]?.[1] ?? null);
}

const describe = (pragma: { line: number | undefined; text: string }): Suppressor =>
  ({ line: pragma.line, text: pragma.text });

/** The file's `# check=` directive, or the check options given to the build instead. */
function checkOptions(pragmas: Pragmas, value: string | undefined):
  (Omit<CheckOptions, 'line'> & { line: number | undefined }) | undefined {
  if (value === undefined) return pragmas.check;
  const options = parseCheckOptions(value);
  return options && { ...options, line: undefined, text: `BUILDKIT_DOCKERFILE_CHECK=${value}` };
}

/**
 * Splits `findings` into those reported and those silenced. `sources` gives each rule's set
 * (BuildKit's directives apply to BuildKit's checks).
 */
export function applySuppressions(
  model: DockerfileModel,
  findings: readonly Finding[],
  sources: ReadonlyMap<string, RuleSource>,
  settings: SuppressionSettings = {},
  pragmas: Pragmas = readPragmas(model),
): Suppression {
  const lineOf = instructionLines(model);
  const stages = pragmas.stageIgnores.length > 0 ? stageKeys(model, pragmas) : [];
  const ignored = new Map((settings.ignored ?? []).map((i) => [i.rule, i.by] as const));
  const severityOf = new Map<string, Severity>();
  for (const severity of ['style', 'info', 'warning', 'error'] as const) {
    for (const rule of settings.override?.[severity] ?? []) severityOf.set(rule, severity);
  }
  const usePragmas = settings.disableIgnorePragma !== true;
  const buildkitCheck = checkOptions(pragmas, settings.buildkitCheck);
  // The first global pragma naming each rule.
  const globals = new Map<string, LineIgnore>();
  for (const pragma of pragmas.globalIgnores) {
    for (const rule of pragma.rules) if (!globals.has(rule)) globals.set(rule, pragma);
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const { rule } = finding;
    const start = lineOf[finding.line]?.line ?? finding.line;
    const buildkit = sources.get(rule) === 'buildkit';
    let by: Suppressor | undefined;
    if (usePragmas) {
      const inline = pragmas.lineIgnores.get(start);
      const stage = stages.length > 0 ? stageIgnoreAt(stages, start) : null;
      const global = globals.get(rule);
      if (inline?.rules.has(rule)) by = describe(inline);
      else if (stage?.rules.has(rule)) by = describe(stage);
      else if (global) by = describe(global);
    }
    const local = pragmas.localChecks.get(start);
    const check = buildkitCheck;
    if (!by && local && (local.skip.has(rule) || (buildkit && local.skipAll))) {
      by = describe(local);
    }
    if (!by && check && (check.skip.has(rule) || (buildkit && check.skipAll))) by = describe(check);
    const setting = ignored.get(rule);
    if (!by && setting !== undefined) by = { line: undefined, text: setting };
    if (by) {
      suppressed.push({ ...finding, suppressedBy: by });
      continue;
    }
    const severity = severityOf.get(rule) ??
      (buildkit && check?.error ? 'error' : finding.severity);
    kept.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return { findings: kept, suppressed };
}
