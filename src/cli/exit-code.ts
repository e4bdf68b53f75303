/**
 * Outputs stage, command line: the exit code of a lint run, as hadolint documents it (README,
 * `--failure-threshold`; `app/Main.hs`): 1 when a finding is at or above the failure threshold
 * — by default `info`, so `style` findings alone pass — and 0 otherwise; with the `codeclimate`
 * or `codacy` format always 0, as hadolint's (Code Climate engines must). Ours besides: 2 for a
 * usage error or input that is not a readable Dockerfile (hadolint says 1 there too; 2 lets CI
 * tell "findings" from "could not lint"), 3 for a bug in shipshape (`main.ts`).
 */
import type { Severity } from '../dockerfile/rule.ts';
import type { FormatName } from './formats/index.ts';

/** hadolint's thresholds: `ignore` and `none` fail on any finding that is reported at all. */
export type FailureThreshold = Severity | 'ignore' | 'none';

export const DEFAULT_FAILURE_THRESHOLD: FailureThreshold = 'info';

const RANK: Record<FailureThreshold, number> = {
  error: 0, warning: 1, info: 2, style: 3, ignore: 4, none: 4,
};

export function lintExitCode(severities: Iterable<Severity>, format: FormatName,
  threshold: FailureThreshold = DEFAULT_FAILURE_THRESHOLD): 0 | 1 {
  if (format === 'codeclimate' || format === 'codacy') return 0;
  for (const severity of severities) if (RANK[severity] <= RANK[threshold]) return 1;
  return 0;
}
