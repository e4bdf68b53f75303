/**
 * Unit tests for the example configuration a rule page shows, as `.hadolint.yaml` lines, and
 * the target platform and published platforms InvalidBaseImagePlatform's examples are linted with.
 */
import { describe, expect, it } from 'vitest';
import { ruleConfigYaml } from '../../../src/render/rule-config-yaml.ts';
import { rulePlatformFacts } from '../../../src/render/rule-platform-facts.ts';

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

describe('rulePlatformFacts', () => {
  it('writes the command with --platform and one image a line; nothing for other rules', () => {
    expect(rulePlatformFacts({ platform: 'linux/s390x', imagePlatforms: {
      'a:1': ['linux/amd64', 'linux/arm64'], 'b:2': ['linux/s390x'] } })).toEqual({
      command: 'shipshape lint --platform linux/s390x Dockerfile',
      published: 'a:1: linux/amd64, linux/arm64\nb:2: linux/s390x' });
    expect(rulePlatformFacts({ trustedRegistries: ['docker.io'] })).toBeUndefined();
    // A platform-only configuration is not hadolint's: no .hadolint.yaml lines for it.
    expect(ruleConfigYaml({ platform: 'linux/s390x', imagePlatforms: {} })).toBe('');
  });
});
