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

describe('splitParts', () => {
  it('counts a page’s elements, its content element included', () => {
    expect(elementCount(page('a', 5))).toBe(5);
  });

  it('closes a part at its page budget', () => {
    expect(splitParts([2, 2, 2, 2, 2], { maxPages: 2, maxElements: 100 })).toEqual([2, 2, 1]);
  });

  it('closes a part before its element budget, a huge page alone in its part', () => {
    expect(splitParts([40, 40, 500, 10], { maxPages: 10, maxElements: 100 }))
      .toEqual([2, 1, 1]);
  });

  it('makes no part of no pages', () => {
    expect(splitParts([])).toEqual([]);
  });
});
