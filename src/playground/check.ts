/**
 * Playground (analyse, browser-safe): what the checking worker answers for a Dockerfile the
 * reader is editing — the engine's findings as the build reports them (`dockerfile/browser.ts`,
 * the same rules, ids, severities and messages; ShellCheck aside, which runs a program), the
 * `--fix` edits each finding has (`dockerfile/fixes/`) and the stage graph; the whole-file
 * `--fix` (which lints again, up to five rounds) only when asked for, off the keystroke path.
 * Plain data, so it crosses `postMessage`; the exercises' goal checks can read the same answer.
 * Run in the worker (`client/check-worker.ts`), in tests and in the benchmark.
 */
import { lintDockerfile, summarize, type LintResult } from '../dockerfile/browser.ts';
import { applyFixes, fixFor, splitLines, type TextEdit } from '../dockerfile/fixes/index.ts';
import type { Finding } from '../dockerfile/rule.ts';
import { stageGraph, type StageGraph } from './stage-graph.ts';

export interface CheckedFinding extends Finding {
  /** The `--fix` rewrite of this finding, when its rule has one and it is sure; else none. */
  fix?: { description: string; edits: TextEdit[] } | undefined;
}

export interface CheckResult {
  findings: CheckedFinding[];
  /** "2 warnings, 1 info", or "clean". */
  summary: string;
  /** Linted as a snippet (no FROM, or nothing to run): whole-file rules were skipped. */
  fragment: boolean;
  notDockerfile: boolean;
  graph: StageGraph;
}

const lint = (text: string) => lintDockerfile(text);

/** `result`: the text's lint, when the caller has made it (the worker keeps it for goals). */
export function checkDockerfile(text: string, result: LintResult = lint(text)): CheckResult {
  const { bodies } = splitLines(text);
  const context = { model: result.model, lines: bodies, escape: result.model.escapeChar };
  const findings = result.findings.map((finding): CheckedFinding => {
    const fix = fixFor(finding.rule);
    const edits = fix?.edits(finding, context) ?? [];
    return fix && edits.length > 0
      ? { ...finding, fix: { description: fix.description, edits } }
      : { ...finding };
  });
  return {
    findings, summary: summarize(result.findings), fragment: result.fragment,
    notDockerfile: result.notDockerfile, graph: stageGraph(result.model),
  };
}

/** `shipshape lint --fix` on the whole text: the fixed text and how many findings it fixed. */
export function fixAll(text: string): { text: string; applied: number; refused?: string } {
  const fixed = applyFixes(text, lint);
  return { text: fixed.text, applied: fixed.applied.length,
    ...(fixed.refused === undefined ? {} : { refused: fixed.refused }) };
}
