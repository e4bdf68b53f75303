/**
 * Outputs stage, command line format `codacy`: the results Codacy's tool wrappers read, as
 * hadolint writes them (`src/Hadolint/Formatter/Codacy.hs`): one JSON object per finding with
 * `filename`, `patternId` (the rule id), `message` and `line`. Hadolint prints the objects back
 * to back; we end each with a newline (JSON Lines), which a reader of back-to-back objects also
 * reads, and which a line-by-line reader needs. The exit code is 0, as hadolint's for `codacy`.
 */
import { jsonTerminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

export const formatCodacy: Formatter = (reports) =>
  reports.flatMap(({ file, findings }) => findings.map((finding) => `${jsonTerminalSafe(
    JSON.stringify({ filename: file, patternId: finding.rule, message: finding.message,
      line: finding.line }))}\n`)).join('');
