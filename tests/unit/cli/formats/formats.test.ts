/**
 * Every `--format` on real lint output (`lint-output.ts`): the exact lines of the line formats,
 * and the parsed structure of the JSON ones, against what hadolint's formatters write
 * (`src/Hadolint/Formatter/*.hs`). SARIF has its own file (schema validation).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../src/cli/formats/index.ts';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { OUTPUT_FORMATS } from '../../../../src/dockerfile/suppress/config-schema.ts';
import { FILE, lintReports, relatedReports } from './lint-output.ts';

const plain = { color: false };
/** The run's time, which `junit` names the run after. */
const RUN_AT = new Date(Date.UTC(2026, 0, 5, 9, 30, 7));
const DL3000 = 'WORKDIR `app` is relative: use an absolute path, starting with `/`';
const DL3019 = 'apk add without `--no-cache`: add it, or mount a cache with ' +
  '`RUN --mount=type=cache,target=/var/cache/apk`';
const DL3025 = 'CMD in shell form: write it as a JSON array, `CMD ["check", "--all"]`';
const JSON_ARGS = 'JSON arguments recommended for CMD to prevent unintended behavior related ' +
  'to OS signals: write `CMD ["check", "--all"]`.';

describe('output formats on real lint output', () => {
  it("has a formatter for every name a configuration may give (hadolint's and text)", () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...OUTPUT_FORMATS].sort());
  });

  it('finds what the formats are tested with: error, info, warning', () => {
    const [report] = lintReports();
    expect(report?.findings.map((f) => [f.line, f.severity, f.rule, f.message, f.related]))
      .toEqual([
        [2, 'error', 'DL3000', DL3000, []],
        [3, 'info', 'DL3019', DL3019, []],
        [6, 'warning', 'DL3025', DL3025, []],
      ]);
  });

  it('text, tty and json name the other rule set\'s finding for the same problem', () => {
    const reports = relatedReports();
    expect(FORMATS.text(reports, plain)).toBe([
      `Dockerfile:2:1 warning DL3025 ${DL3025} [same problem: JSONArgsRecommended line 2]`,
      `Dockerfile:2:1 warning JSONArgsRecommended ${JSON_ARGS} [same problem: DL3025 line 2]`,
      '',
    ].join('\n'));
    expect(FORMATS.tty(reports, plain).split('\n')[0])
      .toBe(`Dockerfile:2 DL3025 warning: ${DL3025} [same problem: JSONArgsRecommended line 2]`);
    expect(JSON.parse(FORMATS.json(reports, plain))[1])
      .toMatchObject({ code: 'JSONArgsRecommended', related: [{ rule: 'DL3025', line: 2 }] });
  });

  it('text: compiler-style lines', () => {
    expect(FORMATS.text(lintReports(), plain)).toBe([
      `${FILE}:2:1 error DL3000 ${DL3000}`,
      `${FILE}:3:1 info DL3019 ${DL3019}`,
      `${FILE}:6:1 warning DL3025 ${DL3025}`,
      '',
    ].join('\n'));
  });

  it("tty: hadolint's line, severity coloured as hadolint colours it, or plain", () => {
    expect(FORMATS.tty(lintReports(), { color: true })).toBe([
      `${FILE}:2 DL3000 \u001b[1m\u001b[31merror\u001b[0m: ${DL3000}`,
      `${FILE}:3 DL3019 \u001b[32minfo\u001b[0m: ${DL3019}`,
      `${FILE}:6 DL3025 \u001b[1m\u001b[33mwarning\u001b[0m: ${DL3025}`,
      '',
    ].join('\n'));
    const uncoloured = FORMATS.tty(lintReports(), plain);
    expect(uncoloured).not.toContain('\u001b');
    expect(uncoloured.split('\n')[1]).toBe(`${FILE}:3 DL3019 info: ${DL3019}`);
  });

  it('tty: an escape byte in a file name is shown, never sent to the terminal', () => {
    const [report] = lintReports();
    const output = FORMATS.tty([{ file: 'x\u001b[2Jy', findings: report?.findings ?? [] }],
      { color: true });
    expect(output).not.toContain('\u001b[2J');
    expect(output).toContain('x\\x1b[2Jy:2 DL3000');
  });

  it('gnu: program:file:line: message', () => {
    expect(FORMATS.gnu(lintReports(), plain).split('\n')).toEqual([
      `shipshape:${FILE}:2: DL3000 error: ${DL3000}`,
      `shipshape:${FILE}:3: DL3019 info: ${DL3019}`,
      `shipshape:${FILE}:6: DL3025 warning: ${DL3025}`,
      '',
    ]);
  });

  it('json: one array with hadolint\'s keys, plus endLine', () => {
    const parsed = JSON.parse(FORMATS.json(lintReports(), plain));
    expect(parsed).toEqual([
      { file: FILE, line: 2, column: 1, level: 'error', code: 'DL3000', message: DL3000,
        endLine: 2 },
      { file: FILE, line: 3, column: 1, level: 'info', code: 'DL3019', message: DL3019,
        endLine: 3 },
      { file: FILE, line: 6, column: 1, level: 'warning', code: 'DL3025', message: DL3025,
        endLine: 6 },
    ]);
  });

  it('checkstyle: XML 4.3, one <file> per linted file, attributes escaped', () => {
    const name = 'build dir/a&amp;b&quot;&lt;1&gt;.Dockerfile';
    const attr = (text: string) => text.replace(/"/g, '&quot;');
    expect(FORMATS.checkstyle(lintReports(), plain)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">' +
      `<file name="${name}">` +
      `<error line="2" column="1" severity="error" message="${DL3000}" source="DL3000"/>` +
      `<error line="3" column="1" severity="info" message="${DL3019}" source="DL3019"/>` +
      `<error line="6" column="1" severity="warning" message="${attr(DL3025)}" ` +
      'source="DL3025"/></file><file name="clean/Dockerfile"></file></checkstyle>\n');
  });

  const issues = [
    { type: 'issue', check_name: 'DL3000', description: DL3000, categories: ['Bug Risk'],
      location: { path: FILE, lines: { begin: 2, end: 2 } }, severity: 'blocker' },
    { type: 'issue', check_name: 'DL3019', description: DL3019, categories: ['Bug Risk'],
      location: { path: FILE, lines: { begin: 3, end: 3 } }, severity: 'info' },
    { type: 'issue', check_name: 'DL3025', description: DL3025, categories: ['Bug Risk'],
      location: { path: FILE, lines: { begin: 6, end: 6 } }, severity: 'major' },
  ];

  it('codeclimate: one issue per finding, each followed by a NUL byte', () => {
    const output = FORMATS.codeclimate(lintReports(), plain);
    expect(output.endsWith('\0')).toBe(true);
    expect(output.slice(0, -1).split('\0').map((chunk) => JSON.parse(chunk))).toEqual(issues);
  });

  it('gitlab_codeclimate: an array of issues with SHA-1 fingerprints of the issue', () => {
    const parsed = JSON.parse(FORMATS.gitlab_codeclimate(lintReports(), plain));
    expect(parsed).toEqual(issues.map((issue) => ({
      ...issue,
      fingerprint: createHash('sha1').update(JSON.stringify(issue)).digest('hex'),
    })));
    expect(new Set(parsed.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(3);
  });

  it('every format says nothing to complain about for clean files', () => {
    const clean = [{ file: 'Dockerfile', findings: [] }];
    expect(FORMATS.text(clean, plain)).toBe('');
    expect(FORMATS.tty(clean, plain)).toBe('');
    expect(FORMATS.gnu(clean, plain)).toBe('');
    expect(FORMATS.codeclimate(clean, plain)).toBe('');
    expect(JSON.parse(FORMATS.json(clean, plain))).toEqual([]);
    expect(JSON.parse(FORMATS.gitlab_codeclimate(clean, plain))).toEqual([]);
    expect(JSON.parse(FORMATS.sarif(clean, plain)).runs[0].results).toEqual([]);
    expect(FORMATS.codacy(clean, plain)).toBe('');
    expect(JSON.parse(FORMATS.sonarqube(clean, plain))).toEqual({ issues: [] });
    expect(FORMATS.junit(clean, { color: false, now: RUN_AT })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites id="20260105_093007" ' +
      'name="shipshape run at 2026-01-05 09:30:07" time="0.001"><testsuite id="shipshape" ' +
      'name="Dockerfile" time="0.001" failures="0" errors="0"></testsuite></testsuites>\n');
  });

  it("codacy: one JSON object per finding with hadolint's keys, a line each", () => {
    const lines = FORMATS.codacy(lintReports(), plain).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual([
      { filename: FILE, patternId: 'DL3000', message: DL3000, line: 2 },
      { filename: FILE, patternId: 'DL3019', message: DL3019, line: 3 },
      { filename: FILE, patternId: 'DL3025', message: DL3025, line: 6 },
    ]);
  });

  it("sonarqube: hadolint's generic issues, severity and type mapped as hadolint maps them", () => {
    const issue = (ruleId: string, severity: string, type: string, message: string,
      line: number) => ({ engineId: 'shipshape', ruleId, severity, type, primaryLocation: {
      message, filePath: FILE,
      textRange: { startLine: line, endLine: line, startColumn: 0, endColumn: 1 } } });
    expect(JSON.parse(FORMATS.sonarqube(lintReports(), plain))).toEqual({ issues: [
      issue('DL3000', 'CRITICAL', 'BUG', DL3000, 2),
      issue('DL3019', 'MINOR', 'CODE_SMELL', DL3019, 3),
      issue('DL3025', 'MAJOR', 'CODE_SMELL', DL3025, 6),
    ] });
    // A style finding: DL3000 lowered to style, as `override: style:` does.
    const style = lintDockerfile('FROM alpine:3.20\nWORKDIR app\n',
      { settings: { override: { style: ['DL3000'] } } }).findings
      .filter((f) => f.severity === 'style');
    expect(style.length).toBeGreaterThan(0);
    const parsed = JSON.parse(FORMATS.sonarqube([{ file: 'Dockerfile', findings: style }], plain));
    expect(parsed.issues[0]).toMatchObject({ severity: 'INFO', type: 'CODE_SMELL' });
  });

  it("junit: hadolint's suites and cases, one suite per file, text escaped", () => {
    const name = 'build dir/a&amp;b&quot;&lt;1&gt;.Dockerfile';
    const attr = (text: string) => text.replace(/"/g, '&quot;');
    const testcase = (rule: string, severity: string, message: string, line: number) =>
      `<testcase id="shipshape.rule.${rule}" name="${rule}" classname="${name}" ` +
      `time="0.001"><failure type="${severity}" message="${attr(message)}" id="${rule}">` +
      `File: ${name}\nLine: ${line}\nCategory: shipshape - Dockerfile Static Analysis\n` +
      `${severity}: ${attr(message)}\n</failure></testcase>`;
    expect(FORMATS.junit(lintReports(), { color: false, now: RUN_AT })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites id="20260105_093007" ' +
      'name="shipshape run at 2026-01-05 09:30:07" time="0.001">' +
      `<testsuite id="shipshape" name="${name}" time="0.001" failures="3" errors="0">` +
      testcase('DL3000', 'error', DL3000, 2) + testcase('DL3019', 'info', DL3019, 3) +
      testcase('DL3025', 'warning', DL3025, 6) + '</testsuite>' +
      '<testsuite id="shipshape" name="clean/Dockerfile" time="0.001" failures="0" ' +
      'errors="0"></testsuite></testsuites>\n');
  });
});
