/**
 * The settings hadolint reads from the environment (`src/cli/environment.ts`), ported from
 * hadolint's own suite: test/Hadolint/Config/EnvironmentSpec.hs at hadolint/hadolint
 * 8f936c5e975d3663b3cce4ac5b3baa3db26b8516, every case (33, the four on `NO_COLOR` with them:
 * set to anything, the empty string included, it turns colour off, as hadolint's `isSet` on
 * POSIX): each variable alone gives the setting its case names and nothing else. Then what
 * hadolint drops silently and we also name on standard error.
 */
import { describe, expect, it } from 'vitest';
import { settingsFromEnvironment } from '../../../src/cli/environment.ts';
import { emptyLayer, type SettingsLayer } from '../../../src/cli/settings-layers.ts';

type Case = [string, Record<string, string>, Partial<SettingsLayer>];
const rules = (by: string, ...ids: string[]) => ids.map((rule) => ({ rule, by }));

const cases: Case[] = [
  ['Empty config when nothing is set', {}, {}],
  ['parse HADOLINT_NOFAIL=1', { HADOLINT_NOFAIL: '1' }, { noFail: true }],
  ['parse HADOLINT_NOFAIL=0', { HADOLINT_NOFAIL: '0' }, { noFail: false }],
  ['parse NO_COLOR=y', { NO_COLOR: 'y' }, { noColor: true }],
  ['parse NO_COLOR=n', { NO_COLOR: 'n' }, { noColor: true }],
  ['parse NO_COLOR set to empty string', { NO_COLOR: '' }, { noColor: true }],
  ['parse NO_COLOR unset', {}, {}],
  ['parse HADOLINT_VERBOSE=on', { HADOLINT_VERBOSE: 'on' }, { verbose: true }],
  ['parse HADOLINT_VERBOSE=off', { HADOLINT_VERBOSE: 'off' }, { verbose: false }],
  ['parse HADOLINT_FORMAT=json', { HADOLINT_FORMAT: 'json' }, { formats: ['json'] }],
  ['parse HADOLINT_FORMAT=sarif', { HADOLINT_FORMAT: 'sarif' }, { formats: ['sarif'] }],
  ['parse HADOLINT_FORMAT=sarif,json', { HADOLINT_FORMAT: 'sarif,json' },
    { formats: ['sarif', 'json'] }],
  ['parse HADOLINT_FORMAT=junk,json', { HADOLINT_FORMAT: 'junk,json' }, { formats: ['json'] }],
  ...(['ERROR', 'WARNING', 'INFO', 'STYLE'] as const).flatMap((level): Case[] => {
    const severity = level.toLowerCase();
    return [
      [`parse HADOLINT_OVERRIDE_${level}=DL3010`, { [`HADOLINT_OVERRIDE_${level}`]: 'DL3010' },
        { override: { [severity]: ['DL3010'] } }],
      [`parse HADOLINT_OVERRIDE_${level}=DL3010,DL3011`,
        { [`HADOLINT_OVERRIDE_${level}`]: 'DL3010,DL3011' },
        { override: { [severity]: ['DL3010', 'DL3011'] } }],
    ];
  }),
  ['parse HADOLINT_IGNORE=DL3010', { HADOLINT_IGNORE: 'DL3010' },
    { ignore: rules('HADOLINT_IGNORE', 'DL3010') }],
  ['parse HADOLINT_IGNORE=DL3010,DL3011', { HADOLINT_IGNORE: 'DL3010,DL3011' },
    { ignore: rules('HADOLINT_IGNORE', 'DL3010', 'DL3011') }],
  ['parse HADOLINT_TRUSTED_REGISTRIES=foobar.com', { HADOLINT_TRUSTED_REGISTRIES: 'foobar.com' },
    { trustedRegistries: ['foobar.com'] }],
  ['parse HADOLINT_TRUSTED_REGISTRIES=foobar.com,barfoo.com',
    { HADOLINT_TRUSTED_REGISTRIES: 'foobar.com,barfoo.com' },
    { trustedRegistries: ['foobar.com', 'barfoo.com'] }],
  ['parse HADOLINT_REQUIRE_LABELS=foo:email', { HADOLINT_REQUIRE_LABELS: 'foo:email' },
    { labelSchema: { foo: 'email' } }],
  ['parse HADOLINT_REQUIRE_LABELS=foo:email,bar:text',
    { HADOLINT_REQUIRE_LABELS: 'foo:email,bar:text' },
    { labelSchema: { foo: 'email', bar: 'text' } }],
  ['parse HADOLINT_STRICT_LABELS=yes', { HADOLINT_STRICT_LABELS: 'yes' }, { strictLabels: true }],
  ['parse HADOLINT_STRICT_LABELS=false', { HADOLINT_STRICT_LABELS: 'false' },
    { strictLabels: false }],
  ['parse HADOLINT_DISABLE_IGNORE_PRAGMA=yes', { HADOLINT_DISABLE_IGNORE_PRAGMA: 'yes' },
    { disableIgnorePragma: true }],
  ['parse HADOLINT_DISABLE_IGNORE_PRAGMA=false', { HADOLINT_DISABLE_IGNORE_PRAGMA: 'false' },
    { disableIgnorePragma: false }],
  ['parse HADOLINT_FAILURE_THRESHOLD=error', { HADOLINT_FAILURE_THRESHOLD: 'error' },
    { failureThreshold: 'error' }],
  ['parse HADOLINT_FAILURE_THRESHOLD=style', { HADOLINT_FAILURE_THRESHOLD: 'style' },
    { failureThreshold: 'style' }],
];

/** A layer without the unset yes/no keys, to compare with hadolint's `mempty { … }`. */
function defined(layer: SettingsLayer): Partial<SettingsLayer> {
  return Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined));
}

describe('hadolint EnvironmentSpec.hs (8f936c5e)', () => {
  it.each(cases)('%s', (_name, env, expected) => {
    const { layer, problems } = settingsFromEnvironment(env);
    expect(defined(layer)).toEqual({ ...emptyLayer(), ...expected });
    if (!Object.values(env).some((value) => value.startsWith('junk'))) {
      expect(problems).toEqual([]);
    }
  });

  it('ports every case of the spec', () => {
    expect(cases).toHaveLength(33);
  });
});

describe('environment settings beyond the spec', () => {
  it('reads truthy words in any case, as hadolint\'s `map toLower`', () => {
    for (const value of ['1', 'y', 'Y', 'on', 'TRUE', 'Yes']) {
      expect(settingsFromEnvironment({ HADOLINT_NOFAIL: value }).layer.noFail, value).toBe(true);
    }
    for (const value of ['', '0', 'no', 'enabled', 'tru']) {
      expect(settingsFromEnvironment({ HADOLINT_NOFAIL: value }).layer.noFail, value).toBe(false);
    }
  });

  it('names what it leaves out, where hadolint drops it silently', () => {
    const { layer, problems } = settingsFromEnvironment({ HADOLINT_FORMAT: 'junk,json',
      HADOLINT_FAILURE_THRESHOLD: 'fatal', HADOLINT_REQUIRE_LABELS: 'a:email,b:colour,c' });
    expect(layer.formats).toEqual(['json']);
    expect(layer.failureThreshold).toBeUndefined();
    // A label without a type is text (hadolint's `readEitherLabelType ""`).
    expect(layer.labelSchema).toEqual({ a: 'email', c: 'text' });
    expect(problems).toEqual([
      'HADOLINT_FORMAT: `junk` is not a format; left out',
      'HADOLINT_FAILURE_THRESHOLD: `fatal` is not one of error, warning, info, style, ignore, ' +
        'none; left out',
      'HADOLINT_REQUIRE_LABELS: `b:colour` is not a `label:type` with a type of email, hash, ' +
        'text, rfc3339, semver, spdx or url; left out',
    ]);
  });

  it('drops blanks around list items and empty items', () => {
    expect(settingsFromEnvironment({ HADOLINT_IGNORE: ' DL3008 , ,DL3015,' }).layer.ignore
      .map((i) => i.rule)).toEqual(['DL3008', 'DL3015']);
  });
});
