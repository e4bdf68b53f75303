/**
 * Outputs stage, command line format `text` (the default): one compiler-style line per finding,
 * `path:line:col severity rule message`, which editors and `grep` read; never coloured.
 */
import { terminalSafe } from '../../shared/terminal-text.ts';
import { relatedText } from './related-text.ts';
import type { Formatter } from './report.ts';

export const formatText: Formatter = (reports) => reports.flatMap(({ file, findings }) =>
  findings.map((finding) => {
    const also = relatedText(finding);
    return terminalSafe(
      `${file}:${finding.line}:1 ${finding.severity} ${finding.rule} ${finding.message}${also}`,
    );
  })).map((line) => `${line}\n`).join('');
