/**
 * Hadolint's configuration file, ported from hadolint's own suite:
 * test/Hadolint/Config/ConfigfileSpec.hs at hadolint/hadolint
 * 8f936c5e975d3663b3cce4ac5b3baa3db26b8516 (all 23 cases: each file parses to the setting it
 * names, an empty file is refused), then what the settings do to findings and how a bad file is
 * reported (`file:line`).
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import {
  ConfigError, parseHadolintConfig, type LintConfig,
} from '../../../../src/dockerfile/suppress/read-config.ts';

const FILE = '.hadolint.yaml';
const parse = (lines: string[]) => parseHadolintConfig(`${lines.join('\n')}\n`, FILE);
const rules = ['DL3020', 'DL3040', 'SC1020'];

/** [case name, YAML lines, what the parsed configuration must hold] */
type Case = [string, string[], (config: LintConfig) => void];
const cases: Case[] = [
  ['parse `no-fail: true`', ['no-fail: true'], (c) => expect(c.noFail).toBe(true)],
  ['parse `no-fail: false`', ['no-fail: false'], (c) => expect(c.noFail).toBe(false)],
  // no-color, verbose and format(s) are output options of hadolint's CLI: accepted, not used.
  ['parse `no-color: true`', ['no-color: true'], (c) => expect(c.file).toBe(FILE)],
  ['parse `no-color: false`', ['no-color: false'], (c) => expect(c.file).toBe(FILE)],
  ['parse `verbose: true`', ['verbose: true'], (c) => expect(c.file).toBe(FILE)],
  ['parse `verbose: false`', ['verbose: false'], (c) => expect(c.file).toBe(FILE)],
  ['parse `format: json`', ['format: json'], (c) => expect(c.file).toBe(FILE)],
  ['parse `format: sarif`', ['format: sarif'], (c) => expect(c.file).toBe(FILE)],
  ['parse multiple formats', ['formats:', '  - sarif', '  - json'],
    (c) => expect(c.file).toBe(FILE)],
  ...(['error', 'warning', 'info', 'style'] as const).map((severity): Case =>
    [`parse override ${severity} rules`,
      ['override:', `  ${severity}:`, ...rules.map((r) => `    - ${r}`)],
      (c) => expect(c.settings.override?.[severity]).toEqual(rules)]),
  ['parse ignored rules', ['ignored:', ...rules.map((r) => `  - ${r}`)],
    (c) => expect(c.settings.ignored?.map((i) => i.rule)).toEqual(rules)],
  ['parse trusted registries', ['trustedRegistries:', '  - foobar.com', '  - barfoo.com'],
    (c) => expect(c.settings.rules?.trustedRegistries).toEqual(['foobar.com', 'barfoo.com'])],
  ['parse label schema', ['label-schema:', '  foo: email', '  bar: text'],
    (c) => expect(c.settings.rules?.labelSchema).toEqual({ foo: 'email', bar: 'text' })],
  ['parse strict-labels: true', ['strict-labels: true'],
    (c) => expect(c.settings.rules?.strictLabels).toBe(true)],
  ['parse strict-labels: false', ['strict-labels: false'],
    (c) => expect(c.settings.rules?.strictLabels).toBe(false)],
  ['parse disable-ignore-pragma: true', ['disable-ignore-pragma: true'],
    (c) => expect(c.settings.disableIgnorePragma).toBe(true)],
  ['parse disable-ignore-pragma: false', ['disable-ignore-pragma: false'],
    (c) => expect(c.settings.disableIgnorePragma).toBe(false)],
  ['parse `failure-threshold: warning`', ['failure-threshold: warning'],
    (c) => expect(c.failureThreshold).toBe('warning')],
  ['parse `failure-threshold: style`', ['failure-threshold: style'],
    (c) => expect(c.failureThreshold).toBe('style')],
];

describe('hadolint ConfigfileSpec.hs (8f936c5e)', () => {
  it('parse empty config file', () => {
    expect(() => parse([])).toThrow(ConfigError);
    expect(() => parse([])).toThrow(`${FILE}:1: found an empty configuration`);
  });
  for (const [name, lines, check] of cases) it(name, () => check(parse(lines)));

  it('ports all 23 cases of the file', () => expect(cases.length + 1).toBe(23));
});

describe('what the settings do', () => {
  const dockerfile = 'FROM debian:12.5\n# hadolint ignore=DL3008\n' +
    'RUN apt-get install -y curl\nCMD echo hi\n';
  const lint = (lines: string[]) =>
    lintDockerfile(dockerfile, { fragment: false, settings: parse(lines).settings });

  it('ignored: the rule is not reported, and the file is named as what silenced it', () => {
    const result = lint(['ignored:', '  - DL3015']);
    expect(result.findings.map((f) => f.rule)).not.toContain('DL3015');
    expect(result.suppressed.find((f) => f.rule === 'DL3015')?.suppressedBy)
      .toEqual({ line: undefined, text: '.hadolint.yaml: ignored' });
  });

  it('override: the rule is reported at the new severity', () => {
    const result = lint(['override:', '  error:', '    - DL3025', '  style:', '    - DL3015']);
    expect(result.findings.filter((f) => f.rule === 'DL3025' || f.rule === 'DL3015')
      .map((f) => [f.rule, f.severity])).toEqual([['DL3015', 'style'], ['DL3025', 'error']]);
  });

  it('disable-ignore-pragma: `# hadolint ignore=` comments no longer count', () => {
    expect(lint(['disable-ignore-pragma: false']).findings.map((f) => f.rule))
      .not.toContain('DL3008');
    expect(lint(['disable-ignore-pragma: true']).findings.map((f) => f.rule)).toContain('DL3008');
  });

  it('hands trustedRegistries, label-schema and strict-labels to the rules', () => {
    const settings = parse(['trustedRegistries: [docker.io]', 'label-schema:', '  owner: text',
      '  url: url', 'strict-labels: true']).settings.rules;
    expect(settings).toEqual({ trustedRegistries: ['docker.io'],
      labelSchema: { owner: 'text', url: 'url' }, strictLabels: true });
  });
});

describe('a bad configuration file', () => {
  const problems = (lines: string[]) => {
    try {
      parse(lines);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('names each problem with file:line, what was found and what was expected', () => {
    expect(problems(['ignored: DL3015', 'overide:', '  error: [DL3008]',
      'failure-threshold: bad', 'label-schema:', '  a: nope'])).toEqual([
      '.hadolint.yaml:1: `ignored`: found `"DL3015"`, expected a list (`- item` lines).',
      expect.stringMatching(/^\.hadolint\.yaml:2: `overide`: found a key hadolint's .*Remove/),
      '.hadolint.yaml:4: `failure-threshold`: found `"bad"`, expected one of `error`, ' +
        '`warning`, `info`, `style`, `ignore`, `none`.',
      '.hadolint.yaml:6: `label-schema.a`: found `"nope"`, expected one of `email`, `hash`, ' +
        '`text`, `rfc3339`, `semver`, `spdx`, `url`.',
    ]);
  });

  it('points at the list item that is wrong', () => {
    expect(problems(['override:', '  warning:', '    - DL3008', '    - "DL 3009"'])[0])
      .toMatch(/^\.hadolint\.yaml:4: `override\.warning\[1\]`: found `"DL 3009"`/);
  });

  it('reports YAML that does not parse at its line', () => {
    expect(problems(['ignored:', '  - DL3008', ' bad: [', ''])[0])
      .toMatch(/^\.hadolint\.yaml:\d+: found YAML that does not parse/);
  });
});
