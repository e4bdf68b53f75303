/**
 * Outputs stage, command line formats `codeclimate` and `gitlab_codeclimate`: one finding as a
 * Code Climate issue (https://github.com/codeclimate/platform/blob/master/spec/analyzers/SPEC.md),
 * as hadolint builds it (`src/Hadolint/Formatter/Codeclimate.hs`): category "Bug Risk", the
 * severity mapped to Code Climate's scale (error → blocker, warning → major, info → info,
 * style → minor). We give the finding's last line as `end` where hadolint repeats the first.
 */
import type { Finding, Severity } from '../../dockerfile/rule.ts';

const CODECLIMATE_SEVERITY: Record<Severity, string> = {
  error: 'blocker', warning: 'major', info: 'info', style: 'minor',
};

export interface CodeclimateIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
  severity: string;
}

export function codeclimateIssue(file: string, finding: Finding): CodeclimateIssue {
  return {
    type: 'issue',
    check_name: finding.rule,
    description: finding.message,
    categories: ['Bug Risk'],
    location: { path: file, lines: { begin: finding.line, end: finding.endLine } },
    severity: CODECLIMATE_SEVERITY[finding.severity],
  };
}
