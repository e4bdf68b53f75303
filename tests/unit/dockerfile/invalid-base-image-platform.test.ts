/**
 * Unit tests for BuildKit's InvalidBaseImagePlatform, offline
 * (`src/dockerfile/rules/buildkit-invalid-base-image-platform.ts`): BuildKit's words for a
 * single-platform image, the target from `platform` or `FROM --platform`, silence wherever a fact
 * is missing (no target, an image without facts, `$BUILDPLATFORM`, scratch, an earlier stage),
 * the comparison on OS and architecture only, containerd's platform fallback for multi-platform
 * images (what BuildKit would pull), and the facts read from the sourced dataset.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/compare/load-dataset.ts';
import { publishedPlatforms } from '../../../src/compare/published-platforms.ts';
import { lintDockerfile } from '../../../src/dockerfile/lint.ts';
import type { RuleConfig } from '../../../src/dockerfile/rule.ts';
import {
  fallbackPlatforms, formatPlatform, readPlatform,
} from '../../../src/dockerfile/rules-shared/platform.ts';
import { rule } from '../../../src/dockerfile/rules/buildkit-invalid-base-image-platform.ts';
import { described } from './run-rule.ts';

const ARM_ONLY = { 'example.com/tools:1.0': ['linux/arm64'] };
const SLIM = { 'python:3.13-slim': ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8'] };

function hits(text: string, config: RuleConfig) {
  return lintDockerfile(text, { fragment: false, rules: [rule], config }).findings
    .map((finding) => `${finding.line}: ${finding.message}`);
}

describe('InvalidBaseImagePlatform', () => {
  it("says BuildKit's sentence for a single-platform image", () => {
    expect(hits('FROM example.com/tools:1.0\nRUN true\n',
      { platform: 'linux/amd64', imagePlatforms: ARM_ONLY })).toEqual([
      '1: Base image example.com/tools:1.0 was pulled with platform "linux/arm64", expected ' +
        '"linux/amd64" for current build']);
  });

  it('names every published platform when the image has none to fall back to', () => {
    expect(hits('FROM python:3.13-slim\n', { platform: 'linux/s390x', imagePlatforms: SLIM }))
      .toEqual(['1: Base image python:3.13-slim is published for "linux/amd64", "linux/arm/v7", ' +
        '"linux/arm64", not for "linux/s390x" expected for current build nor for a platform it ' +
        'falls back to: docker build stops with "no match for platform in manifest"']);
  });

  it("follows containerd's fallback: BuildKit's sentence with the platform pulled", () => {
    const facts = { 'x:1': ['linux/386', 'linux/arm64'], 'y:1': ['linux/arm/v7', 'linux/amd64'],
      'z:1': ['linux/arm/v6', 'linux/s390x'] };
    const at = (image: string, platform: string) =>
      hits(`FROM ${image}\n`, { platform, imagePlatforms: facts });
    // amd64 takes 386: another architecture, BuildKit warns naming what it pulled.
    expect(at('x:1', 'linux/amd64')).toEqual(['1: Base image x:1 was pulled with platform ' +
      '"linux/386", expected "linux/amd64" for current build']);
    // arm64 takes 32-bit arm (v8 down to v5).
    expect(at('y:1', 'linux/arm64')).toEqual(['1: Base image y:1 was pulled with platform ' +
      '"linux/arm/v7", expected "linux/arm64" for current build']);
    // arm/v7 takes arm/v6: the same architecture, so BuildKit is silent.
    expect(at('z:1', 'linux/arm/v7')).toEqual([]);
    // amd64/v3 takes amd64 (v1); arm/v6 takes no v7; 386 takes no amd64.
    expect(at('y:1', 'linux/amd64/v3')).toEqual([]);
    expect(at('y:1', 'linux/arm/v6')[0]).toMatch(/no match for platform in manifest/);
    expect(at('x:1', 'linux/386')).toEqual([]);
    expect(at('y:1', 'linux/386')[0]).toMatch(/no match for platform in manifest/);
  });

  it.each([
    ['linux/amd64', 'linux/amd64 linux/386'],
    ['linux/amd64/v3', 'linux/amd64/v3 linux/amd64/v2 linux/amd64 linux/386'],
    ['linux/arm/v7', 'linux/arm/v7 linux/arm/v6 linux/arm/v5'],
    ['linux/arm/v5', 'linux/arm/v5'],
    ['linux/arm64', 'linux/arm64 linux/arm/v8 linux/arm/v7 linux/arm/v6 linux/arm/v5'],
    ['linux/arm64/v8.2', 'linux/arm64/v8.2 linux/arm64/v8.1 linux/arm64 linux/arm/v8 ' +
      'linux/arm/v7 linux/arm/v6 linux/arm/v5'],
    ['linux/arm64/v9', 'linux/arm64/v9 linux/arm64/v8.5 linux/arm64/v8.4 linux/arm64/v8.3 ' +
      'linux/arm64/v8.2 linux/arm64/v8.1 linux/arm64 linux/arm/v8 linux/arm/v7 linux/arm/v6 ' +
      'linux/arm/v5'],
    ['linux/s390x', 'linux/s390x'],
  ])("containerd's platformVector for %s", (target, vector) => {
    const platform = readPlatform(target);
    expect(platform && fallbackPlatforms(platform).map(formatPlatform).join(' ')).toBe(vector);
  });

  it('takes the platform from FROM --platform, and the target for $TARGETPLATFORM', () => {
    const text = 'FROM --platform=linux/amd64 example.com/tools:1.0 AS a\n' +
      'FROM --platform=$BUILDPLATFORM example.com/tools:1.0 AS b\n' +
      'FROM --platform=${TARGETPLATFORM} example.com/tools:1.0 AS c\n' +
      'FROM --platform=linux/aarch64 example.com/tools:1.0 AS d\n';
    // No target: only the constant flag is known; the build machine's never is.
    expect(hits(text, { imagePlatforms: ARM_ONLY }).map((hit) => hit.slice(0, 2)))
      .toEqual(['1:']);
    expect(hits(text, { platform: 'linux/amd64', imagePlatforms: ARM_ONLY })
      .map((hit) => hit.slice(0, 2))).toEqual(['1:', '3:']);
  });

  it('stays silent without a target, without facts, on scratch and on earlier stages', () => {
    const text = 'FROM example.com/tools:1.0 AS tools\nFROM tools\nFROM scratch\n' +
      'FROM alpine:3.20\n';
    expect(hits(text, { imagePlatforms: ARM_ONLY })).toEqual([]);
    expect(hits(text, { platform: 'linux/amd64' })).toEqual([]);
    expect(hits(text, { platform: 'linux/amd64', imagePlatforms: ARM_ONLY })
      .map((hit) => hit.slice(0, 2))).toEqual(['1:']);
  });

  it('compares OS and architecture only, after normalising both sides', () => {
    const none = (platform: string, image = 'python:3.13-slim') =>
      expect(hits(`FROM ${image}\n`, { platform, imagePlatforms: SLIM }), platform).toEqual([]);
    none('linux/arm64');
    none('linux/aarch64');
    none('linux/x86_64');
    none('linux/amd64', 'docker.io/library/python:3.13-slim');
    expect(hits('FROM python:3.13-slim\n', { platform: 'windows/amd64', imagePlatforms: SLIM }))
      .toHaveLength(1);
  });

  it('reads its facts from the sourced dataset, each list with its page', () => {
    const dataset = readDataset();
    const facts = publishedPlatforms(dataset);
    expect(facts['gcr.io/distroless/python3-debian12']).toEqual(['linux/amd64', 'linux/arm64']);
    expect(facts['python:3.13-slim']).toContain('linux/s390x');
    expect(facts['scratch']).toBeUndefined();
    for (const image of dataset.filter((row) => row.platforms !== undefined)) {
      expect(image.platforms?.source, image.id).toMatch(/^https:\/\//);
    }
    expect(hits('FROM gcr.io/distroless/python3-debian12\n',
      { platform: 'linux/s390x', imagePlatforms: facts })).toHaveLength(1);
    expect(hits('FROM python:3.13-slim\n',
      { platform: 'linux/s390x', imagePlatforms: facts })).toEqual([]);
  });

  it("lints its page's examples with the dataset's own facts for those images", () => {
    const facts = publishedPlatforms(readDataset());
    const examples = described(rule).examples.config?.imagePlatforms ?? {};
    expect(Object.keys(examples)).not.toHaveLength(0);
    for (const [image, platforms] of Object.entries(examples)) {
      expect(platforms, image).toEqual(facts[image]);
    }
  });
});
