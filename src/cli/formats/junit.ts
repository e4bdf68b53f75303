/**
 * Outputs stage, command line format `junit`: a JUnit XML report (GitLab's and Jenkins' test
 * report readers), shaped as hadolint writes it (`src/Hadolint/Formatter/JUnit.hs`, tested in
 * `test/Hadolint/Formatter/JUnitSpec.hs`): `<testsuites>` named after the run's time, one
 * `<testsuite>` per linted file counting its failures, one `<testcase>` per finding holding a
 * `<failure type message id>` whose text gives file, line, category and message. Where we
 * differ: a test suite is named after its file (hadolint names each "Hadolint <version>"), and
 * each test case has a `name` (the rule id) and `classname` (the file), which GitLab and Jenkins
 * show and hadolint leaves out.
 */
import { xmlAttribute } from './checkstyle.ts';
import type { Formatter } from './report.ts';

/** XML text content: the attribute escaping, but newlines kept as they are. */
function xmlText(text: string): string {
  return xmlAttribute(text).replace(/&#10;/g, '\n');
}

const pad = (n: number) => String(n).padStart(2, '0');

export const formatJunit: Formatter = (reports, { now = new Date() }) => {
  const date = `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`;
  const runId = `${date.replaceAll('-', '')}_${time.replaceAll(':', '')}`;
  const suites = reports.map(({ file, findings }) => {
    const cases = findings.map((finding) => {
      const body = [`File: ${file}`, `Line: ${finding.line}`,
        'Category: shipshape - Dockerfile Static Analysis',
        `${finding.severity}: ${finding.message}`, ''].join('\n');
      return `<testcase id="shipshape.rule.${xmlAttribute(finding.rule)}" ` +
        `name="${xmlAttribute(finding.rule)}" classname="${xmlAttribute(file)}" ` +
        'time="0.001">' +
        `<failure type="${finding.severity}" message="${xmlAttribute(finding.message)}" ` +
        `id="${xmlAttribute(finding.rule)}">${xmlText(body)}</failure></testcase>`;
    });
    return `<testsuite id="shipshape" name="${xmlAttribute(file)}" time="0.001" ` +
      `failures="${findings.length}" errors="0">${cases.join('')}</testsuite>`;
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites id="${runId}" name="shipshape run at ${date} ${time}" time="0.001">` +
    `${suites.join('')}</testsuites>\n`;
};
