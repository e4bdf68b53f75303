/**
 * PDF, the body's parts: consecutive pages, in order, each part within its page and element
 * budget, a page larger than the budget alone in its part.
 */
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import type { PagePart } from '../../../src/pdf/compose-document.ts';
import { elementCount, splitParts } from '../../../src/pdf/split-parts.ts';

function page(path: string, elements: number): PagePart {
  const p = (): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [] });
  const content: Element = { type: 'element', tagName: 'div', properties: {},
    children: Array.from({ length: elements - 1 }, p) };
  return { kind: 'page', label: path, path, key: path,
    page: { title: path, content, stylesheets: [], styles: [] } };
}

const paths = (parts: PagePart[][]): string[][] => parts.map((part) => part.map((p) => p.path));

describe('splitParts', () => {
  it('counts a page’s elements, its content element included', () => {
    expect(elementCount(page('a', 5))).toBe(5);
  });

  it('closes a part at its page budget', () => {
    const pages = ['a', 'b', 'c', 'd', 'e'].map((path) => page(path, 2));
    expect(paths(splitParts(pages, { maxPages: 2, maxElements: 100 })))
      .toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('closes a part before its element budget, a huge page alone in its part', () => {
    const pages = [page('a', 40), page('b', 40), page('huge', 500), page('c', 10)];
    expect(paths(splitParts(pages, { maxPages: 10, maxElements: 100 })))
      .toEqual([['a', 'b'], ['huge'], ['c']]);
  });

  it('makes no part of no pages', () => {
    expect(splitParts([])).toEqual([]);
  });
});
