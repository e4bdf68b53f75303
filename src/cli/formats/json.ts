/**
 * Outputs stage, command line format `json`: one array of findings with hadolint's keys
 * (`src/Hadolint/Formatter/Json.hs`: `file`, `line`, `column`, `level`, `code`, `message`), so
 * scripts written for `hadolint -f json` read it, plus ours: `endLine`, and `related` (the other
 * rule set's findings for the same problem, rule and line) when there are any.
 */
import { jsonTerminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

export const formatJson: Formatter = (reports) => {
  const findings = reports.flatMap(({ file, findings }) => findings.map((finding) => ({
    file,
    line: finding.line,
    column: 1,
    level: finding.severity,
    code: finding.rule,
    message: finding.message,
    endLine: finding.endLine,
    ...(finding.related.length > 0 ? { related: finding.related } : {}),
  })));
  return `${jsonTerminalSafe(JSON.stringify(findings))}\n`;
};
