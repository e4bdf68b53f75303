/**
 * `::write-up-claims` lists the claims the guide loader read from the collection and handed to the
 * page (src/compare/listed-claims.ts), judged against the dataset; it reads no write-up itself. A
 * page that repeats a comparison directive shows it once, with a warning for each repeat.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCompare } from '../../../src/compare/rehype-compare.ts';
import type { ListedClaims } from '../../../src/compare/listed-claims.ts';
import { ALL_CLAIMS_PATH, CLAIMS_LISTED_MAX, GROUPS_SHOWN }
  from '../../../src/compare/claims-summary.ts';

const placeholder = (): Element => ({ type: 'element', tagName: 'div',
  properties: { dataShipshape: 'write-up-claims' }, children: [],
  position: { start: { line: 3, column: 1 }, end: { line: 3, column: 20 } } });

/** Two write-ups' stored claims, as the loader hands them over; neither has a file on disk. */
const listed: ListedClaims = [
  { page: 'writeups/first/', claims: { claims: [{ file: 'content/writeups/first.md', line: 7,
    image: 'python:3.13-alpine', subject: 'base-image', property: 'size', value: '~50MB',
    size: { bytes: 50e6, approx: true, unit: 'MB', raw: '~50MB' }, context: 'Alpine ~50MB',
    source: 'sentence' }], unparsed: [] } },
  { page: 'writeups/second/', claims: { claims: [], unparsed: [{
    file: 'content/writeups/second.md', line: 4, text: 'It is 70MB',
    reason: '`70MB`: no image' }] } },
];

function pageFile(claims: ListedClaims | undefined): VFile {
  return new VFile({ path: 'content/pages/compare.md', data: { astro: { frontmatter: {
    shipshape: { kind: 'page', lineOffset: 1, ...(claims ? { writeupClaims: claims } : {}) },
  } } } });
}

describe('::write-up-claims', { timeout: 30_000 }, () => {
  it('lists the claims handed over from the collection, judged, with their pages', async () => {
    const tree: Root = { type: 'root', children: [placeholder()] };
    await unified().use(rehypeCompare).run(tree, pageFile(listed));
    const html = toHtml(tree);
    expect(html).toContain('href="/writeups/first/"');
    expect(html).toMatch(/first\.md<\/a>:7/);
    expect(html).toMatch(/data-verdict="(agrees|disagrees|unchecked)"/);
    expect(html).toContain('content/writeups/second.md:4');
  });

  it('becomes a note, with a warning at its line, where the loader handed no claims', async () => {
    const tree: Root = { type: 'root', children: [placeholder()] };
    const file = pageFile(undefined);
    await unified().use(rehypeCompare).run(tree, file);
    expect(file.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual(['3: `::write-up-claims` ' +
      'lists the write-ups\' claims, which only the guide\'s pages receive; it is left out here ' +
      '(remove it, or move it to a page under content/pages/)']);
    expect(toHtml(tree)).toBe('<p class="shipshape-repeat-note">(`::write-up-claims` is shown ' +
      'on the guide\'s pages.)</p>');
  });

  it('is drawn once per page; 300 repeats become notes with warnings', async () => {
    const tree: Root = { type: 'root', children: Array.from({ length: 300 }, placeholder) };
    const file = pageFile(listed);
    await unified().use(rehypeCompare).run(tree, file);
    const warnings = file.messages.filter((m) => m.ruleId === 'compare-repeat');
    expect(warnings).toHaveLength(299);
    expect(warnings[0]?.reason).toBe('`::write-up-claims` is repeated on this page; it is shown ' +
      'once, where it first appears (remove the repeat)');
    expect(warnings[0]?.line).toBe(3);
    const notes = tree.children.filter((node) => node.type === 'element' && node.tagName === 'p');
    expect(notes).toHaveLength(299);
    expect(tree.children.length - notes.length).toBe(1);
  });
});

describe('::write-up-claims for a large class', { timeout: 30_000 }, () => {
  /** `n` write-ups, write-up `i` claiming a size of image `images[i % images.length]`. */
  const classOf = (n: number, images: readonly string[]): ListedClaims =>
    Array.from({ length: n }, (_, i) => ({ page: `writeups/w${i}/`, claims: {
      claims: [{ file: `content/writeups/w${i}.md`, line: 3, image: images[i % images.length],
        subject: 'base-image' as const, property: 'size' as const, value: `${40 + i % 3}MB`,
        size: { bytes: (40 + i % 3) * 1e6, approx: false, unit: 'MB', raw: `${40 + i % 3}MB` },
        context: 'size', source: 'sentence' as const }],
      unparsed: i === 0 ? [{ file: 'content/writeups/w0.md', line: 9, text: 'It is 70MB',
        reason: '`70MB`: no image' }] : [] } }));
  const drawn = async (claims: ListedClaims) => {
    const tree: Root = { type: 'root', children: [placeholder()] };
    await unified().use(rehypeCompare).run(tree, pageFile(claims));
    return toHtml(tree);
  };

  it(`lists up to ${CLAIMS_LISTED_MAX} claims one by one`, async () => {
    const html = await drawn(classOf(CLAIMS_LISTED_MAX, ['python:3.13-alpine']));
    expect(html.match(/<tr data-verdict=/g)).toHaveLength(CLAIMS_LISTED_MAX);
    expect(html).not.toContain(ALL_CLAIMS_PATH);
  });

  it('past that, groups them by image and property and links the page of all claims',
    async () => {
      const html = await drawn(classOf(CLAIMS_LISTED_MAX + 1, ['python:3.13-alpine',
        'python:3.13-slim']));
      expect(html).not.toContain('data-verdict=');
      expect(html).toContain(`The write-ups make ${CLAIMS_LISTED_MAX + 1} claims`);
      expect(html).toContain(`href="/${ALL_CLAIMS_PATH}"`);
      const row = new RegExp('<tr><td data-label="Image"><code>([^<]+)</code></td>.*?' +
        '<td data-label="Claims">(\\d+)</td>', 'g');
      const rows = [...html.matchAll(row)].map((m) => [m[1], Number(m[2])]);
      expect(rows).toEqual([['python:3.13-alpine', 31], ['python:3.13-slim', 30]]);
      // The sizes that could not be attributed are counted, and listed on that page.
      expect(html).toContain('1 size could not be attributed');
    });

  it('shows a bounded summary however large the class is (issue 15)', async () => {
    const images = Array.from({ length: 60 }, (_, i) => `python:3.${i}-slim`);
    const small = await drawn(classOf(200, images));
    const large = await drawn(classOf(5000, images));
    // The header, the groups shown, and one line for the rest.
    expect(large.match(/<tr>/g)?.length).toBe(GROUPS_SHOWN + 1);
    expect(large.match(/<tr class="claims-summary-rest">/g)).toHaveLength(1);
    expect(large).toContain(`${60 - GROUPS_SHOWN} other groups of image and property`);
    expect(large.length).toBeLessThan(small.length * 1.1);
  });
});
