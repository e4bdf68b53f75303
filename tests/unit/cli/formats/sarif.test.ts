/**
 * `--format sarif` on real lint output, validated against the OASIS SARIF 2.1.0 schema
 * (vendored in `tests/fixtures/sarif/`, source in its README; JSON Schema draft-04, so
 * `ajv-draft-04` with formats checked), and read the way GitHub code scanning reads it: rule
 * id and index, level, message, a relative URI and the lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../src/cli/formats/index.ts';
import { fileUri } from '../../../../src/cli/formats/sarif.ts';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { createShellChecker } from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';
import { lintReports, relatedReports } from './lint-output.ts';

const schemaPath = join(import.meta.dirname, '../../../fixtures/sarif/sarif-schema-2.1.0.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

function validator() {
  // The schema uses `format: uri` and `uri-reference`: ajv checks them with these patterns.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('uri-reference', /^[^\s<>"{}|\\^`]*$/);
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT/);
  return ajv.compile(schema);
}

describe('SARIF output', () => {
  const log = JSON.parse(FORMATS.sarif(lintReports(), { color: false }));

  it('is valid against the SARIF 2.1.0 schema', () => {
    const validate = validator();
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const validate = validator();
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    broken.runs[0].results[1].level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.length).toBeGreaterThanOrEqual(2);
  });

  it('describes each rule once and points results at it', () => {
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('shipshape');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id))
      .toEqual(['DL3000', 'DL3019', 'DL3025']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3000',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.results.map((r: { ruleId: string; ruleIndex: number; level: string }) =>
      [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['DL3000', 0, 'error'], ['DL3019', 1, 'note'], ['DL3025', 2, 'warning'],
    ]);
    expect(run.results[2].properties).toBeUndefined();
    const related = JSON.parse(FORMATS.sarif(relatedReports(), { color: false })).runs[0];
    expect(related.results[0].properties)
      .toEqual({ related: [{ rule: 'JSONArgsRecommended', line: 2 }] });
    expect(run.results[2].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'build%20dir/a%26b%22%3C1%3E.Dockerfile' },
      region: { startLine: 6, endLine: 6, startColumn: 1 },
    });
  });

  it('writes absolute paths as file: URLs and keeps relative ones relative', () => {
    expect(fileUri('/srv/app/Dockerfile')).toBe('file:///srv/app/Dockerfile');
    expect(fileUri('services/web/Dockerfile')).toBe('services/web/Dockerfile');
  });

  it("links a ShellCheck finding's rule to its wiki page (`shellcheck` on PATH)", () => {
    const { findings } = lintDockerfile('FROM debian:12.5\nRUN cd /tmp && echo $1\n',
      { shellcheck: createShellChecker() });
    const ids = findings.map((f) => f.rule).filter((id) => id.startsWith('SC'));
    expect(ids).toContain('SC2086');
    const report = JSON.parse(FORMATS.sarif([{ file: 'Dockerfile', findings }],
      { color: false }));
    const validate = validator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const rule = report.runs[0].tool.driver.rules
      .find((r: { id: string }) => r.id === 'SC2086');
    expect(rule).toMatchObject({ helpUri: 'https://www.shellcheck.net/wiki/SC2086',
      properties: { tags: ['shellcheck'] } });
  });
});
