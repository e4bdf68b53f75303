/**
 * Outputs stage, command line format `gnu`: the GNU coding standards' error line
 * (https://www.gnu.org/prep/standards/html_node/Errors.html), `program:file:line: message`, as
 * hadolint writes it (`src/Hadolint/Formatter/Gnu.hs`): `shipshape:path:line: RULE severity: …`.
 * Emacs' compilation mode and many CI log parsers jump to the line.
 */
import { terminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

export const formatGnu: Formatter = (reports) => reports.flatMap(({ file, findings }) =>
  findings.map((finding) => terminalSafe(
    `shipshape:${file}:${finding.line}: ${finding.rule} ${finding.severity}: ${finding.message}`,
  ))).map((line) => `${line}\n`).join('');
