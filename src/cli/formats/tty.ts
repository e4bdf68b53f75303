/**
 * Outputs stage, command line format `tty`: hadolint's default line,
 * `path:line RULE severity: message`, with the severity coloured as hadolint colours it
 * (`src/Hadolint/Formatter/TTY.hs`: error bold red, warning bold yellow, info green, style
 * cyan). Text from the file is made terminal-safe before the colour codes are added, so the
 * only escape sequences in the output are ours.
 */
import type { Severity } from '../../dockerfile/rule.ts';
import { terminalSafe } from '../../shared/terminal-text.ts';
import { relatedText } from './related-text.ts';
import type { Formatter } from './report.ts';

const RESET = '\u001b[0m';
const COLOURS: Record<Severity, string> = {
  error: '\u001b[1m\u001b[31m',
  warning: '\u001b[1m\u001b[33m',
  info: '\u001b[32m',
  style: '\u001b[36m',
};

export const formatTty: Formatter = (reports, { color }) => reports.flatMap(({ file, findings }) =>
  findings.map((finding) => {
    const severity = color
      ? `${COLOURS[finding.severity]}${finding.severity}${RESET}`
      : finding.severity;
    const also = relatedText(finding);
    return `${terminalSafe(`${file}:${finding.line} ${finding.rule}`)} ${severity}: ` +
      `${terminalSafe(finding.message + also)}\n`;
  })).join('');
