/**
 * Analyse stage, Dockerfile engine, Node entry (the build, the CLI, tests): lints a Dockerfile (or
 * a snippet of one) with every rule and returns the findings in line order. Syntax errors are
 * dockerfile-utils' (`parse/parse-dockerfile.ts`), checked in full whenever the pre-check cannot
 * clear the text. The rules and the merging of findings live in `browser.ts`, the browser entry,
 * which reports our own syntax checks instead because dockerfile-utils does not run in browsers.
 * ShellCheck's findings on RUN scripts are added here when the caller passes a checker, as it
 * runs a program. Node only.
 */
import { lintModel, type LintOptions, type LintResult } from './browser.ts';
import { parseDockerfile } from './parse/parse-dockerfile.ts';
import type { Finding } from './rule.ts';
import type { ShellChecker } from './shellcheck/run-shellcheck.ts';
import { applySuppressions, type SuppressionSettings } from './suppress/apply.ts';

export {
  isFragment, isNotDockerfile, lintModel, summarize, type LintOptions, type LintResult,
  type LintSettings,
} from './browser.ts';
import { compareIds } from '../shared/compare-ids.ts';

export interface NodeLintOptions extends LintOptions {
  /**
   * ShellCheck for the RUN scripts (`shellcheck/run-shellcheck.ts`, made once by the caller);
   * unset: no `SCxxxx` findings.
   */
  shellcheck?: ShellChecker;
}

/**
 * The result with ShellCheck's findings (already at Dockerfile lines) added in line order, after
 * the same suppressions as the rules' (`# hadolint ignore=SC2086`, `ignored` in a configuration),
 * as hadolint applies them to ShellCheck's findings.
 */
export function withShellcheckFindings(result: LintResult, shellcheck: readonly Finding[],
  settings: SuppressionSettings = {}): LintResult {
  if (shellcheck.length === 0) return result;
  const sources = new Map(shellcheck.map((finding) => [finding.rule, 'hadolint'] as const));
  const kept = applySuppressions(result.model, shellcheck, sources, settings);
  const byLine = (a: { line: number; rule: string }, b: { line: number; rule: string }) =>
    a.line - b.line || compareIds(a.rule, b.rule);
  return { ...result, findings: [...result.findings, ...kept.findings].sort(byLine),
    suppressed: [...result.suppressed, ...kept.suppressed].sort(byLine) };
}

export function lintDockerfile(source: string, options: NodeLintOptions = {}): LintResult {
  const { shellcheck, ...rest } = options;
  const result = lintModel(parseDockerfile(source), rest);
  if (!shellcheck || result.notDockerfile) return result;
  return withShellcheckFindings(result, shellcheck.check(result.model), rest.settings);
}
