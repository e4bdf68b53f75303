/**
 * Outputs stage, command line format `sonarqube`: SonarQube's generic external issues report
 * (`sonar.externalIssuesReportPaths`), as hadolint writes it
 * (`src/Hadolint/Formatter/SonarQube.hs`, tested in `test/Hadolint/Formatter/SonarQubeSpec.hs`):
 * `{"issues": [...]}`, each with engine, rule id, SonarQube's severity (error → CRITICAL and type
 * BUG; warning → MAJOR, info → MINOR, style → INFO, all CODE_SMELL) and the finding's place.
 * Ours spans the finding's lines where hadolint repeats the first (columns 0–1, as hadolint).
 */
import type { Severity } from '../../dockerfile/rule.ts';
import { jsonTerminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

const SONAR_SEVERITY: Record<Severity, string> = {
  error: 'CRITICAL', warning: 'MAJOR', info: 'MINOR', style: 'INFO',
};

export const formatSonarqube: Formatter = (reports) => {
  const issues = reports.flatMap(({ file, findings }) => findings.map((finding) => ({
    engineId: 'shipshape',
    ruleId: finding.rule,
    severity: SONAR_SEVERITY[finding.severity],
    type: finding.severity === 'error' ? 'BUG' : 'CODE_SMELL',
    primaryLocation: {
      message: finding.message,
      filePath: file,
      textRange: { startLine: finding.line, endLine: finding.endLine, startColumn: 0,
        endColumn: 1 },
    },
  })));
  return `${jsonTerminalSafe(JSON.stringify({ issues }))}\n`;
};
