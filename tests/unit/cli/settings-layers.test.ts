/**
 * How the environment, a configuration file and the command line combine
 * (`src/cli/settings-layers.ts`): hadolint's test/Hadolint/Config/ConfigurationSpec.hs at
 * hadolint/hadolint 8f936c5e975d3663b3cce4ac5b3baa3db26b8516 (its 7 cases: a layer that says
 * something overrides the defaults, an empty one does not), then hadolint's order from
 * `app/Main.hs` (`fromEnvironment <> fromConfigfile <> fromCommandline`): a yes/no and the
 * threshold from the last place that says anything, lists joined in order, a label's first type.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyLayer, mergeLayers, readLabelItem, type SettingsLayer,
} from '../../../src/cli/settings-layers.ts';

const layer = (partial: Partial<SettingsLayer>): SettingsLayer => ({ ...emptyLayer(), ...partial });

describe('hadolint ConfigurationSpec.hs (8f936c5e)', () => {
  it('override default configuration with empty config', () => {
    expect(mergeLayers([emptyLayer()])).toEqual(mergeLayers([]));
  });
  for (const key of ['noFail', 'noColor', 'verbose', 'disableIgnorePragma'] as const) {
    it(`override default with specific configuration: ${key}`, () => {
      expect(mergeLayers([layer({ [key]: true })])[key]).toBe(true);
    });
  }
  it('empty should not override: no-color', () => {
    expect(mergeLayers([layer({ noColor: true }), emptyLayer()]).noColor).toBe(true);
  });
  it('override default with specific configuration: output-format json', () => {
    expect(mergeLayers([layer({ formats: ['json'] })]).formats).toEqual(['json']);
  });
});

describe('environment, then file, then command line (hadolint app/Main.hs)', () => {
  const environment = layer({ noFail: true, failureThreshold: 'style', formats: ['json'],
    ignore: [{ rule: 'DL3008', by: 'HADOLINT_IGNORE' }], override: { error: ['DL3015'] },
    trustedRegistries: ['a.io'], labelSchema: { team: 'email' }, strictLabels: true });
  const file = layer({ noFail: false, failureThreshold: 'warning', formats: ['sarif'],
    ignore: [{ rule: 'DL3009', by: '.hadolint.yaml: ignored' }], override: { error: ['DL3016'] },
    trustedRegistries: ['b.io', 'a.io'], labelSchema: { team: 'text', url: 'url' } });
  const commandLine = layer({ failureThreshold: 'error', formats: ['gnu'],
    ignore: [{ rule: 'DL3010', by: '--ignore DL3010' }], override: { info: ['DL3015'] } });

  it('takes a yes/no and the threshold from the last place that says anything', () => {
    const merged = mergeLayers([environment, file, commandLine]);
    expect(merged.noFail).toBe(false);
    expect(merged.failureThreshold).toBe('error');
    expect(merged.strictLabels).toBe(true);
    expect(mergeLayers([environment, file]).failureThreshold).toBe('warning');
    expect(mergeLayers([environment, emptyLayer(), emptyLayer()]).noFail).toBe(true);
  });

  it('joins lists in that order, and keeps the first type of a label', () => {
    const merged = mergeLayers([environment, file, commandLine]);
    expect(merged.formats).toEqual(['json', 'sarif', 'gnu']);
    expect(merged.ignore.map((i) => i.rule)).toEqual(['DL3008', 'DL3009', 'DL3010']);
    expect(merged.override).toEqual({ error: ['DL3015', 'DL3016'], info: ['DL3015'] });
    expect(merged.trustedRegistries).toEqual(['a.io', 'b.io']);
    expect(merged.labelSchema).toEqual({ team: 'email', url: 'url' });
  });
});

describe('label items', () => {
  it('reads name:type as hadolint\'s labelParser', () => {
    expect(readLabelItem('maintainer:text')).toEqual(['maintainer', 'text']);
    expect(readLabelItem('maintainer:')).toEqual(['maintainer', 'text']);
    expect(readLabelItem('maintainer')).toEqual(['maintainer', 'text']);
    expect(readLabelItem('foo:bar')).toBeUndefined();
    expect(readLabelItem('a:url:x')).toBeUndefined();
  });
});
