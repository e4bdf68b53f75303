/**
 * Outputs stage, command line format `codeclimate`: the Code Climate engine stream — each issue
 * as JSON followed by a NUL byte, as the engine spec asks and hadolint writes it. Code Climate
 * engines must exit 0 whatever they find, so this format always does (`exit-code.ts`).
 */
import { jsonTerminalSafe } from '../../shared/terminal-text.ts';
import { codeclimateIssue } from './codeclimate-issue.ts';
import type { Formatter } from './report.ts';

export const formatCodeclimate: Formatter = (reports) => reports.flatMap(({ file, findings }) =>
  findings.map((finding) =>
    `${jsonTerminalSafe(JSON.stringify(codeclimateIssue(file, finding)))}\0`)).join('');
