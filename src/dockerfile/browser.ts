/**
 * Analyse stage, Dockerfile engine, browser entry: lints a Dockerfile (or a snippet of one) with
 * every rule and returns the findings in line order; where two rule sets name the same problem on
 * the same lines (DL3025 and JSONArgsRecommended), one finding carries both ids. Syntax errors
 * come from our own checks (`parse/own-syntax.ts`): dockerfile-utils does not run in a browser
 * (dockerfile-ast's parser calls Node's `Buffer`), so it is not imported here, which also keeps
 * the bundle small. An instruction our checks cannot classify is reported as possibly invalid.
 * The Node entry (`lint.ts`: the build, the CLI, tests) reuses `lintModel` with dockerfile-utils
 * as the syntax authority. Browser-safe.
 */
import type { DockerfileModel, Instruction } from './model.ts';
import { buildModel } from './parse/build-model.ts';
import type { Finding, Rule, RuleConfig, RuleContext, RuleHit, Severity } from './rule.ts';
import { rulePath } from './rule-url.ts';
import { allRules } from './rules/index.ts';
import { INSTRUCTIONS } from './keywords.ts';

export interface LintOptions {
  /** Lint as a snippet (no whole-file rules). `'auto'` (default): a text without FROM is one. */
  fragment?: boolean | 'auto';
  /** Whether a `.dockerignore` sits beside the Dockerfile; leave unset when unknown. */
  hasDockerignore?: boolean;
  /** The rules to run (default: all but those off by default). */
  rules?: readonly Rule[];
  /** Settings from a hadolint configuration, handed to the rules. */
  config?: RuleConfig | undefined;
}

export interface LintResult {
  model: DockerfileModel;
  fragment: boolean;
  /**
   * True when no line is a Dockerfile instruction (an ignore file or a shell command in a block
   * labelled `dockerfile`): there is nothing to lint, and `findings` is empty.
   */
  notDockerfile: boolean;
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3 };

/** `# ... install dependencies ...`: the author left lines out. */
const ELISION = /\.\.\.|…/;

/**
 * A snippet rather than a whole Dockerfile: it has no FROM, or nothing to run (no CMD or
 * ENTRYPOINT, as every image a write-up builds has), or a comment marking left-out lines.
 */
export function isFragment(model: DockerfileModel): boolean {
  const has = (keyword: string) => model.instructions.some((i) => i.keyword === keyword);
  return !has('FROM') || !(has('CMD') || has('ENTRYPOINT')) ||
    model.comments.some((comment) => ELISION.test(comment.text));
}

/** No line of the text is a Dockerfile instruction. */
export function isNotDockerfile(model: DockerfileModel): boolean {
  return !model.instructions.some((instruction) => INSTRUCTIONS.has(instruction.keyword));
}

/**
 * Two related rules may point at different lines for one problem: for a repeated CMD, hadolint
 * flags the later CMD and BuildKit the earlier one. Both name the same instruction kind in the
 * same stage, so they are one finding. So a hit is the same problem as an earlier finding of a
 * related rule when both cover the same lines, or when the instructions on their first lines
 * have the same keyword and stage. The findings are indexed by those two keys (per rule), so
 * merging costs one lookup per hit instead of a search through every finding so far.
 */
class FindingIndex {
  private readonly byKey = new Map<string, Finding>();
  /** The instruction on each line (index: 1-based line), the first one when several. */
  private readonly instructionAt: Array<Instruction | undefined> = [];

  constructor(model: DockerfileModel) {
    for (const instruction of model.instructions.toReversed()) {
      for (let line = instruction.line; line <= instruction.endLine; line++) {
        this.instructionAt[line] = instruction;
      }
    }
  }

  private keys(ruleId: string, hit: RuleHit): string[] {
    const keys = [`${ruleId} lines ${hit.line}-${hit.endLine}`];
    const instruction = this.instructionAt[hit.line];
    if (instruction) keys.push(`${ruleId} kind ${instruction.keyword} ${instruction.stage}`);
    return keys;
  }

  /** The earliest finding of one of `ruleIds` that is the same problem as `hit`. */
  twin(ruleIds: readonly string[], hit: RuleHit, order: ReadonlyMap<Finding, number>):
    Finding | undefined {
    let best: Finding | undefined;
    for (const id of ruleIds) {
      for (const key of this.keys(id, hit)) {
        const found = this.byKey.get(key);
        if (found && (!best || (order.get(found) ?? 0) < (order.get(best) ?? 0))) best = found;
      }
    }
    return best;
  }

  add(ruleId: string, hit: RuleHit, finding: Finding): void {
    for (const key of this.keys(ruleId, hit)) {
      if (!this.byKey.has(key)) this.byKey.set(key, finding);
    }
  }
}

/** Hadolint's id leads (it is the one most readers know), then BuildKit's, then ours. */
const SOURCE_ORDER = { hadolint: 0, buildkit: 1, shipshape: 2 } as const;

/** Lints a parsed Dockerfile: the rules, merged findings, fragment and not-Dockerfile verdicts. */
export function lintModel(model: DockerfileModel, options: LintOptions = {}): LintResult {
  const fragment = options.fragment === undefined || options.fragment === 'auto'
    ? isFragment(model)
    : options.fragment;
  if (options.fragment !== false && isNotDockerfile(model)) {
    return { model, fragment, notDockerfile: true, findings: [] };
  }
  const context: RuleContext = { model, fragment, hasDockerignore: options.hasDockerignore,
    config: options.config };
  const rules = [...(options.rules ?? allRules.filter((rule) => rule.defaultOff !== true))].sort(
    (a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source],
  );
  // Rule ids each rule's findings merge with (`sameAs` may be declared on either side).
  const relatedIds = new Map<string, string[]>();
  for (const rule of rules) {
    for (const other of rules) {
      if (other !== rule && (rule.sameAs.includes(other.id) || other.sameAs.includes(rule.id))) {
        relatedIds.set(rule.id, [...(relatedIds.get(rule.id) ?? []), other.id]);
      }
    }
  }
  const merged: Finding[] = [];
  const order = new Map<Finding, number>();
  const index = new FindingIndex(model);
  for (const rule of rules) {
    if (fragment && rule.scope === 'file') continue;
    const related = relatedIds.get(rule.id) ?? [];
    for (const hit of rule.check(context)) {
      const twin = related.length > 0 ? index.twin(related, hit, order) : undefined;
      if (twin) {
        if (!twin.aliases.includes(rule.id)) twin.aliases.push(rule.id);
        if (SEVERITY_RANK[rule.severity] < SEVERITY_RANK[twin.severity]) {
          twin.severity = rule.severity;
        }
        continue;
      }
      const finding: Finding = { rule: rule.id, aliases: [], severity: rule.severity,
        line: hit.line, endLine: hit.endLine, message: hit.message, url: rulePath(rule.id) };
      order.set(finding, merged.length);
      merged.push(finding);
      if (relatedIds.has(rule.id)) index.add(rule.id, hit, finding);
    }
  }
  const findings = merged.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
  return { model, fragment, notDockerfile: false, findings };
}

/** Lints Dockerfile text in the browser: syntax errors from our own checks. */
export function lintDockerfile(source: string, options: LintOptions = {}): LintResult {
  return lintModel(buildModel(source), options);
}

/** "2 warnings, 1 info", or "clean". */
export function summarize(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'clean';
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const names: Record<Severity, [string, string]> = {
    error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'],
    style: ['style note', 'style notes'],
  };
  return (['error', 'warning', 'info', 'style'] as const)
    .filter((s) => counts.has(s))
    .map((s) => {
      const n = counts.get(s) ?? 0;
      return `${n} ${names[s][n === 1 ? 0 : 1]}`;
    })
    .join(', ');
}
