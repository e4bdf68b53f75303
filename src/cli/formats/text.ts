/**
 * Outputs stage, command line format `text` (the default): one compiler-style line per finding,
 * `path:line:col severity rule message`, which editors and `grep` read; never coloured.
 */
import { terminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

export const formatText: Formatter = (reports) => reports.flatMap(({ file, findings }) =>
  findings.map((finding) => {
    const also = finding.aliases.length > 0 ? ` [also ${finding.aliases.join(', ')}]` : '';
    return terminalSafe(
      `${file}:${finding.line}:1 ${finding.severity} ${finding.rule} ${finding.message}${also}`,
    );
  })).map((line) => `${line}\n`).join('');
