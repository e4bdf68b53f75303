/**
 * Site tests (read dist/): every rule page marks the lines its bad example's findings name, as
 * lines (Expressive Code's line marker) rather than as text to find (a bare `3` used to mark
 * every "3" in the code); a rule that reads `.dockerignore` shows the one its examples sit
 * beside; InvalidBaseImagePlatform's shows the target platform and the published platforms its
 * examples are linted with; the BuildKit checks added for issue 13 have pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';
import { ruleSlug } from '../../src/dockerfile/rule-url.ts';
import { describedRules } from '../../src/dockerfile/rules/texts.ts';

const dist = join(import.meta.dirname, '../../dist');
let pages: SitePage[] = [];
const page = (url: string): SitePage => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url} in dist/`);
  return found;
};

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build`');
  }
  pages = readSite(dist);
});

describe('rule pages', () => {
  it("mark the bad example's lines, and never text inside them", () => {
    for (const rule of describedRules) {
      const { tree } = page(`/rules/${ruleSlug(rule.id)}/`);
      const bad = selectAll('.expressive-code', tree)
        .find((block) => toString(block).includes(rule.examples.bad.split('\n')[0] ?? ''));
      expect(bad, rule.id).toBeTruthy();
      expect(selectAll('.ec-line.mark', bad!).length, rule.id).toBeGreaterThan(0);
      expect(selectAll('mark', bad!), rule.id).toEqual([]);
    }
  });

  it('show the .dockerignore that CopyIgnoredFile reads, and mark the ignored COPY', () => {
    const { tree } = page('/rules/copy-ignored-file/');
    const titles = selectAll('.expressive-code .title', tree).map((t) => toString(t));
    expect(titles).toContain('.dockerignore');
    const marked = selectAll('.ec-line.mark', tree).map((l) => toString(l).trim());
    expect(marked).toEqual(['COPY README.md app.py ./']);
    expect(toString(select('.findings-list', tree)!)).toMatch(/"README\.md" that is excluded/);
  });

  it('show InvalidBaseImagePlatform\'s --platform and published platforms, no empty YAML', () => {
    const { tree } = page('/rules/invalid-base-image-platform/');
    const titles = selectAll('.expressive-code .title', tree).map((t) => toString(t));
    expect(titles).toContain('published platforms');
    expect(titles).not.toContain('.hadolint.yaml');
    expect(toString(tree)).toContain('shipshape lint --platform linux/s390x Dockerfile');
    expect(toString(tree)).toContain('gcr.io/distroless/python3-debian12: linux/amd64, ' +
      'linux/arm64');
    expect(toString(select('.findings-list', tree)!)).toMatch(
      /published for "linux\/amd64", "linux\/arm64", not for "linux\/s390x"/);
    // DL3026's examples still show their .hadolint.yaml.
    expect(selectAll('.expressive-code .title', page('/rules/dl3026/').tree)
      .map((t) => toString(t))).toContain('.hadolint.yaml');
  });

  it('exist for the BuildKit checks added in issue 13', () => {
    for (const slug of ['copy-ignored-file', 'expose-proto-casing', 'expose-invalid-format',
      'invalid-default-arg-in-from', 'no-empty-continuation', 'redundant-target-platform',
      'reserved-stage-name', 'from-platform-flag-const-disallowed',
      'invalid-definition-description']) {
      expect(select('h1', page(`/rules/${slug}/`).tree), slug).toBeTruthy();
    }
  });
});
