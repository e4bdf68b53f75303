/**
 * The write-ups' HTML kept in files during `astro build` (src/shared/html-outside-store.ts):
 * moved out and back, read by the page when asked for, pruned when no entry names it.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bringHtmlIn, htmlFileOf, moveHtmlOut, pruneHtmlFiles, readHtmlFromFiles, renderedHtml,
  withHtmlRead,
} from '../../../src/shared/html-outside-store.ts';

let folder: string;
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'html-out-')), 'shipshape-html');
});
afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

const rendering = (html: string) => ({ html, metadata: { headings: [{ depth: 2, slug: 'a' }] } });

describe('moveHtmlOut and bringHtmlIn', () => {
  it('moves the HTML to a file named by its content, and back', () => {
    const out = moveHtmlOut(rendering('<p>One</p>'), folder);
    expect(out.html).toBe('');
    expect(out.metadata.headings).toEqual([{ depth: 2, slug: 'a' }]);
    const file = htmlFileOf(out);
    expect(file).toMatch(/shipshape-html\/[0-9a-f]{64}\.html$/);
    expect(renderedHtml(out)).toBe('<p>One</p>');
    // The same HTML is the same file; moving twice changes nothing.
    expect(htmlFileOf(moveHtmlOut(rendering('<p>One</p>'), folder))).toBe(file);
    expect(moveHtmlOut(out, folder)).toBe(out);
    expect(htmlFileOf(moveHtmlOut(rendering('<p>Two</p>'), folder))).not.toBe(file);
    const back = bringHtmlIn(out);
    expect(back).toEqual(rendering('<p>One</p>'));
  });

  it('brings nothing in when the file is gone, so the page is rendered again', () => {
    const out = moveHtmlOut(rendering('<p>One</p>'), folder);
    rmSync(folder, { recursive: true });
    expect(bringHtmlIn(out)).toBeUndefined();
  });

  it('leaves a rendering kept in the store as it is', () => {
    const inline = rendering('<p>In</p>');
    expect(bringHtmlIn(inline)).toBe(inline);
    expect(renderedHtml(inline)).toBe('<p>In</p>');
    expect(renderedHtml(undefined)).toBeUndefined();
  });
});

describe('withHtmlRead and readHtmlFromFiles', () => {
  it('give a page the HTML from the file each time it asks, the stored entry unchanged', () => {
    const stored = { id: 'writeups/a', rendered: moveHtmlOut(rendering('<p>A</p>'), folder) };
    const read = withHtmlRead(stored);
    expect(read.rendered?.html).toBe('<p>A</p>');
    expect(stored.rendered.html).toBe('');
    // Read when asked, not kept: a page never holds every write-up's HTML at once.
    writeFileSync(htmlFileOf(stored.rendered)!, '<p>A, rewritten</p>');
    expect(read.rendered?.html).toBe('<p>A, rewritten</p>');
    const inline = { id: 'index', rendered: rendering('<p>Home</p>') };
    expect(withHtmlRead(inline)).toBe(inline);
  });

  it("replace the routes' entries in place", () => {
    const routes = [{ entry: { rendered: moveHtmlOut(rendering('<p>B</p>'), folder) } },
      { entry: { rendered: rendering('<p>Page</p>') } }];
    readHtmlFromFiles(routes);
    expect(routes.map((route) => route.entry.rendered.html)).toEqual(['<p>B</p>', '<p>Page</p>']);
  });
});

describe('pruneHtmlFiles', () => {
  it('removes the files no entry names, and keeps the others', () => {
    const kept = htmlFileOf(moveHtmlOut(rendering('<p>Kept</p>'), folder))!;
    const gone = htmlFileOf(moveHtmlOut(rendering('<p>Edited away</p>'), folder))!;
    pruneHtmlFiles(folder, new Set([kept]));
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(gone)).toBe(false);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('does nothing when the folder does not exist', () => {
    expect(() => pruneHtmlFiles(join(folder, 'none'), new Set())).not.toThrow();
  });
});
