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
