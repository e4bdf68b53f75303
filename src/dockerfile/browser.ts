/**
 * Analyse stage, Dockerfile engine, browser entry: lints a Dockerfile (or a snippet of one) with
 * every rule (and ONBUILD triggers with the rules hadolint applies to them), applies the
 * suppressions (`suppress/`), and returns the findings in line order; where two rule sets name
 * the same problem, each finding keeps its own line and names the other. Syntax errors
 * come from our own checks (`parse/own-syntax.ts`): dockerfile-utils does not run in a browser
 * (dockerfile-ast's parser calls Node's `Buffer`), so it is not imported here, which also keeps
 * the bundle small. An instruction our checks cannot classify is reported as possibly invalid.
 * The Node entry (`lint.ts`: the build, the CLI, tests) reuses `lintModel` with dockerfile-utils
 * as the syntax authority. Browser-safe.
 */
import type { DockerfileModel, Instruction } from './model.ts';
import { buildModel } from './parse/build-model.ts';
import { ONBUILD_RULES, onbuildTriggerModel } from './onbuild.ts';
import type { Finding, Rule, RuleConfig, RuleContext, Severity } from './rule.ts';
import { rulePath } from './rule-url.ts';
import { allRules } from './rules/index.ts';
import { INSTRUCTIONS } from './keywords.ts';
import {
  applySuppressions, type SuppressedFinding, type SuppressionSettings,
} from './suppress/apply.ts';
import { compareIds } from '../shared/compare-ids.ts';

export interface LintOptions {
  /** Lint as a snippet (no whole-file rules). `'auto'` (default): a text without FROM is one. */
  fragment?: boolean | 'auto';
  /** Whether a `.dockerignore` sits beside the Dockerfile; leave unset when unknown. */
  hasDockerignore?: boolean;
  /** The `.dockerignore` patterns beside the Dockerfile (`rules-shared/dockerignore.ts`). */
  dockerignore?: readonly string[];
  /** The rules to run (default: all but those off by default). */
  rules?: readonly Rule[];
  /** A hadolint configuration and command-line settings (default: none). */
  settings?: LintSettings;
  /** Settings handed to the rules when no `settings.rules` are given (tests, rule pages). */
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
  /**
   * Findings silenced by a `# hadolint ignore=`/`# check=skip=` comment or by the settings, with
   * what silenced them; not in `findings`.
   */
  suppressed: SuppressedFinding[];
}

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
 * flags the later CMD and BuildKit the earlier one. Each keeps its own line (as each tool reports
 * it) and names the other. Findings are paired within each instruction kind and stage: in order
 * when both rules fire equally often there (the first DL4003 of a stage with its first
 * MultipleInstructionsDisallowed, and so on), else by the same lines first and in order for the
 * rest. Linear after sorting: a file with 10 000 CMDs must not link every finding to every other.
 */
function linkRelated(model: DockerfileModel, rules: readonly Rule[], findings: Finding[]): void {
  const relatedIds = new Map<string, string[]>();
  for (const rule of rules) {
    for (const other of rules) {
      if (other !== rule && (rule.sameAs.includes(other.id) || other.sameAs.includes(rule.id))) {
        relatedIds.set(rule.id, [...(relatedIds.get(rule.id) ?? []), other.id]);
      }
    }
  }
  if (relatedIds.size === 0) return;
  const instructionAt: Array<Instruction | undefined> = [];
  for (const instruction of model.instructions.toReversed()) {
    for (let line = instruction.line; line <= instruction.endLine; line++) {
      instructionAt[line] = instruction;
    }
  }
  const linked = findings.filter((f) => relatedIds.has(f.rule)).sort((a, b) => a.line - b.line);
  // Each rule's findings by instruction kind and stage, in line order.
  const groups = new Map<string, Finding[]>();
  for (const finding of linked) {
    const instruction = instructionAt[finding.line];
    const key = `${finding.rule} ${instruction ? `${instruction.keyword} ${instruction.stage}`
      : `line ${finding.line}`}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const pair = (a: Finding, b: Finding) => {
    a.related.push({ rule: b.rule, line: b.line });
    b.related.push({ rule: a.rule, line: a.line });
  };
  for (const [key, mine] of groups) {
    const [rule = '', ...kind] = key.split(' ');
    for (const other of relatedIds.get(rule) ?? []) {
      // Each pair of groups once: from the rule that sorts first.
      if (other < rule) continue;
      const theirs = groups.get([other, ...kind].join(' '));
      if (!theirs) continue;
      let left = mine;
      let right = theirs;
      if (mine.length !== theirs.length) {
        const byLines = new Map(theirs.map((f) => [`${f.line}-${f.endLine}`, f] as const));
        const matched = new Set<Finding>();
        for (const f of mine) {
          const same = byLines.get(`${f.line}-${f.endLine}`);
          if (same && !matched.has(same)) {
            pair(f, same);
            matched.add(f).add(same);
          }
        }
        left = mine.filter((f) => !matched.has(f));
        right = theirs.filter((f) => !matched.has(f));
      }
      for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const a = left[i];
        const b = right[i];
        if (a && b) pair(a, b);
      }
    }
  }
  for (const finding of linked) {
    finding.related.sort((a, b) => a.line - b.line || compareIds(a.rule, b.rule));
  }
}

/** Hadolint's id first where two findings share a line (the one most readers know). */
const SOURCE_ORDER = { hadolint: 0, buildkit: 1, shipshape: 2 } as const;

/** Settings from a hadolint configuration and the command line. */
export interface LintSettings extends SuppressionSettings {
  /** What rules read (trusted registries, label schema). */
  rules?: RuleConfig;
}

function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (context.fragment && rule.scope === 'file') continue;
    for (const hit of rule.check(context)) {
      findings.push({ rule: rule.id, related: [], severity: rule.severity,
        line: hit.line, endLine: hit.endLine, message: hit.message, url: rulePath(rule.id) });
    }
  }
  return findings;
}

/** Lints a parsed Dockerfile: the rules, suppressions, fragment and not-Dockerfile verdicts. */
export function lintModel(model: DockerfileModel, options: LintOptions = {}): LintResult {
  const fragment = options.fragment === undefined || options.fragment === 'auto'
    ? isFragment(model)
    : options.fragment;
  if (options.fragment !== false && isNotDockerfile(model)) {
    return { model, fragment, notDockerfile: true, findings: [], suppressed: [] };
  }
  const settings = options.settings ?? {};
  const context: RuleContext = { model, fragment, hasDockerignore: options.hasDockerignore,
    dockerignore: options.dockerignore, config: settings.rules ?? options.config };
  const rules = [...(options.rules ?? allRules.filter((rule) => rule.defaultOff !== true))].sort(
    (a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source],
  );
  const all = runRules(rules, context);
  // ONBUILD triggers, linted by the rules hadolint applies to them (`onbuild` in Rule.hs).
  const triggers = onbuildTriggerModel(model);
  if (triggers) {
    const onbuildRules = rules.filter((rule) => ONBUILD_RULES.has(rule.id));
    all.push(...runRules(onbuildRules, { ...context, model: triggers, fragment: false }));
  }
  const sources = new Map(rules.map((rule) => [rule.id, rule.source] as const));
  const { findings, suppressed } = applySuppressions(model, all, sources, settings);
  // After suppression: a finding names only related findings that are shown too.
  linkRelated(model, rules, findings);
  const byLine = (a: Finding, b: Finding) => a.line - b.line ||
    SOURCE_ORDER[sources.get(a.rule) ?? 'shipshape'] -
      SOURCE_ORDER[sources.get(b.rule) ?? 'shipshape'] || compareIds(a.rule, b.rule);
  return { model, fragment, notDockerfile: false, findings: findings.sort(byLine),
    suppressed: suppressed.sort(byLine) };
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
