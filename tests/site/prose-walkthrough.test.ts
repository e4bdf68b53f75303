/**
 * Issue 14, "walkthroughs from prose", on a built site: a write-up that shows its whole
 * Dockerfile in a block and explains it in prose, not snippets, gets a walkthrough whose steps
 * are its explaining sections over the lines that carry each practice; the claims its Dockerfile
 * does not bear out (a pinned base on `python:slim`, non-root with no USER) are shown on their
 * steps and listed on the authors' ingest report at the write-up's lines. Fixtures:
 * tests/fixtures/walkthrough/prose/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureBuild } from './build-fixture.ts';

const prose = join(import.meta.dirname, '../fixtures/walkthrough/prose');
const input = (name: string) => readFileSync(join(prose, name, 'input.md'), 'utf8');

describe('walkthroughs from prose on a built site', () => {
  let site: FixtureBuild;
  const html = (path: string): Root =>
    fromHtml(readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8'));
  const text = (node: Element | undefined) => toString(node ?? { type: 'root', children: [] })
    .replace(/\s+/g, ' ').trim();

  beforeAll(() => {
    site = buildFixture({
      'content/pages/index.md': '---\ntitle: Home\n---\n\nHello.\n',
      'content/writeups/shortener.md': input('block-contradicts'),
      'content/writeups/quotes-api.md': input('whole-file-in-a-block'),
      // A folder write-up whose list of practices sits under its title heading, which the page
      // lifts out as its title; its sidebar.order puts it first.
      'content/writeups/tally/DOCKER.md': `---\nsidebar:\n  order: 1\n---\n\n` +
        `# Packaging tally\n\n${input('list-before-any-heading')}`,
      'content/writeups/tally/Dockerfile': readFileSync(join(prose, 'list-before-any-heading',
        'Dockerfile'), 'utf8'),
      'content/writeups/tally/.dockerignore': readFileSync(join(prose, 'list-before-any-heading',
        '.dockerignore'), 'utf8'),
    });
  }, 300_000);
  afterAll(() => removeFixture(site));

  it('builds, and prints each disagreement at file:line', () => {
    expect(site.code, site.output).toBe(0);
    expect(site.output).toMatch(/content\/writeups\/shortener\.md:7\b.*base image is pinned/);
    expect(site.output).toMatch(/content\/writeups\/shortener\.md:16\b.*non-root user/);
    expect(site.output).not.toMatch(/quotes-api\.md:\d+.*does not bear/);
  });

  it('turns the prose into steps over the lines that carry each practice', () => {
    const page = html('writeups/shortener');
    const walkthrough = select('section.walkthrough[data-walkthrough="inferred"]', page);
    expect(walkthrough).toBeDefined();
    const steps = selectAll('li.wt-step', walkthrough!);
    expect(steps.map((s) => [text(select('.wt-step-link', s)), s.properties['dataLines']]))
      .toEqual([['Base image', '1'], ['Installing dependencies', '3,4'], ['Security', '1']]);
    // The whole file is shown in the walkthrough, highlighted as a Dockerfile, and nowhere else.
    const code = select('.wt-code pre[data-language="dockerfile"]', walkthrough!);
    expect(text(code as Element)).toContain('FROM python:slim');
    const inside = new Set(selectAll('pre', walkthrough!));
    expect(selectAll('pre[data-language="dockerfile"]', page).filter((pre) => !inside.has(pre)))
      .toEqual([]);
  });

  it('shows each disagreement on its step, as a caution', () => {
    const page = html('writeups/shortener');
    const asides = selectAll('li.wt-step .wt-disagreement[role="note"]', page);
    expect(asides.map((a) => (a.properties['className'] as string[]).includes(
      'starlight-aside--caution'))).toEqual([true, true]);
    const [base, security] = asides;
    expect(text(base)).toContain('`python:slim`'.replace(/`/g, ''));
    expect(select('code', base!)).toBeDefined();
    expect(text(security)).toMatch(/no USER instruction/);
    const stepOf = (aside: Element | undefined) => selectAll('li.wt-step', page)
      .find((li) => selectAll('.wt-disagreement', li).includes(aside!))?.properties['id'];
    expect([stepOf(base), stepOf(security)]).toEqual(['step-base-image', 'step-security']);
  });

  it('gives a write-up whose prose its file bears out a walkthrough with no caution', () => {
    const page = html('writeups/quotes-api');
    expect(selectAll('li.wt-step', page).map((s) => s.properties['id'])).toEqual([
      'step-base', 'step-caching-installs', 'step-running-unprivileged', 'step-startup',
    ]);
    expect(select('.wt-disagreement', page)).toBeUndefined();
  });

  it('reads the list under a lifted title heading: one step per item, the file beside', () => {
    const page = html('writeups/tally');
    expect(text(select('h1', page))).toBe('Packaging tally');
    const steps = selectAll('section.walkthrough li.wt-step', page);
    expect(steps.map((s) => [text(select('.wt-step-link', s)), s.properties['dataLines']]))
      .toEqual([['Pinned base image', '1'], ['Runs as a non-root user', '4,11'],
        ['Dependencies before code', '6,7'], ['.dockerignore', '9']]);
    expect(text(steps[1])).toContain('separate user tally');
    expect(text(select('pre[data-language="text"]', steps[3]!) as Element)).toContain('.env');
  });

  it('puts a write-up with a lower sidebar.order first in the sidebar', () => {
    const labels = selectAll('nav.sidebar a[href*="/writeups/"]', html('writeups/shortener'))
      .map((a) => text(a));
    expect(labels[0]).toBe('Packaging tally');
    expect(labels).toHaveLength(3);
  });

  it('lists the disagreements on the authors\' ingest report, at the write-up\'s lines', () => {
    const report = html('authors/report');
    const items = selectAll('li[data-rule="walkthrough-disagrees"]', report).map(text);
    expect(items).toHaveLength(2);
    expect(items[0])
      .toMatch(/^content\/writeups\/shortener\.md:7 warning The write-up says the base/);
    expect(items[1]).toMatch(/^content\/writeups\/shortener\.md:16 warning .*non-root user/);
  });
});
