/**
 * Tests for the playground page's data (src/playground/page-data.ts): every rule the engine can
 * report has its one-line title, the starter's findings shipped with the page are the worker's,
 * the simulated build's context is the example app, and the JSON cannot close its script tag.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/compare/load-dataset.ts';
import { allRules } from '../../../src/dockerfile/rules/index.ts';
import { checkDockerfile } from '../../../src/playground/check.ts';
import { playgroundData, playgroundDataJson } from '../../../src/playground/page-data.ts';

const root = join(import.meta.dirname, '../../..');
const data = playgroundData({ base: '/courses/docker', root,
  dataset: readDataset(join(root, 'content/data/base-images.yaml')) });

describe('playground page data', () => {
  it('titles every rule, and ends the base with a slash', () => {
    expect(data.base).toBe('/courses/docker/');
    for (const rule of allRules) expect(data.titles[rule.id], rule.id).toMatch(/\S/);
  });

  it('ships the starter with the check the worker would make', () => {
    expect(data.starterCheck).toEqual(checkDockerfile(data.starter));
    expect(data.starterCheck.findings.map((f) => f.rule)).toContain('DL3007');
  });

  it('builds against the example app, with dataset sizes', () => {
    expect(data.build?.files.map((f) => f.path)).toEqual(expect.arrayContaining(['app.py',
      'requirements.txt', '.dockerignore']));
    expect(new Map(data.build?.baseImages).get('python:3.13-slim')?.bytes).toBeGreaterThan(0);
  });

  it('has no simulated build where the site has no example app', () => {
    expect(playgroundData({ base: '/', root: import.meta.dirname, dataset: [] }).build)
      .toBeUndefined();
  });

  it('is JSON that no `</script>` in it can end', () => {
    const json = playgroundDataJson({ ...data, starter: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).starter).toBe('</script><script>alert(1)</script>');
  });
});
