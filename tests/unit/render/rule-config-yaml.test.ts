/**
 * Unit tests for the example configuration a rule page shows, as `.hadolint.yaml` lines.
 */
import { describe, expect, it } from 'vitest';
import { ruleConfigYaml } from '../../../src/render/rule-config-yaml.ts';

describe('ruleConfigYaml', () => {
  it('writes trusted registries as a list', () => {
    expect(ruleConfigYaml({ trustedRegistries: ['docker.io', '*.example.com'] }))
      .toBe('trustedRegistries:\n  - docker.io\n  - *.example.com');
  });

  it('writes the label schema and strict labels with their file names', () => {
    expect(ruleConfigYaml({ labelSchema: { 'org.example.version': 'semver' },
      strictLabels: true })).toBe('label-schema:\n  org.example.version: semver\n' +
      'strict-labels: true');
  });
});
