/**
 * Outputs stage, command line formats: the note after a finding's message naming the other rule
 * set's findings for the same problem (`Finding.related`), e.g. ` [same problem:
 * JSONArgsRecommended line 4]`; empty when there are none. Shared by `text` and `tty`.
 */
import type { Finding } from '../../dockerfile/rule.ts';

export function relatedText(finding: Finding): string {
  if (finding.related.length === 0) return '';
  return ` [same problem: ${
    finding.related.map((other) => `${other.rule} line ${other.line}`).join(', ')}]`;
}
