/**
 * Site tests (read dist/): every rule page marks the lines its bad example's findings name, as
 * lines (Expressive Code's line marker) rather than as text to find (a bare `3` used to mark
 * every "3" in the code); a rule that reads `.dockerignore` shows the one its examples sit
 * beside; the BuildKit checks added for issue 13 have pages.
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

  it('exist for the BuildKit checks added in issue 13', () => {
    for (const slug of ['copy-ignored-file', 'expose-proto-casing', 'expose-invalid-format',
      'invalid-default-arg-in-from', 'no-empty-continuation', 'redundant-target-platform',
      'reserved-stage-name', 'from-platform-flag-const-disallowed',
      'invalid-definition-description']) {
      expect(select('h1', page(`/rules/${slug}/`).tree), slug).toBeTruthy();
    }
  });
});
