/**
 * Outputs stage, command line format `gitlab_codeclimate`: GitLab's code quality report
 * (https://docs.gitlab.com/ci/testing/code_quality/), one JSON array of Code Climate issues,
 * each with the `fingerprint` GitLab requires: as hadolint computes it, the SHA-1 (hex) of the
 * issue's JSON, so the same finding on the same line keeps its fingerprint between pipelines.
 */
import { jsonTerminalSafe } from '../../shared/terminal-text.ts';
import { codeclimateIssue } from './codeclimate-issue.ts';
import type { Formatter } from './report.ts';

export const formatGitlabCodeclimate: Formatter = (reports) => {
  // Loaded here, not at the top: the other formats do not need `node:crypto` (4-5 ms to load).
  const { createHash } = process.getBuiltinModule('node:crypto');
  const issues = reports.flatMap(({ file, findings }) => findings.map((finding) => {
    const issue = codeclimateIssue(file, finding);
    const fingerprint = createHash('sha1').update(JSON.stringify(issue)).digest('hex');
    return { ...issue, fingerprint };
  }));
  return `${jsonTerminalSafe(JSON.stringify(issues))}\n`;
};
