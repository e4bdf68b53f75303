/**
 * PDF, the page of each heading: read from the outline in document order, depth first; it
 * replaces the heading's named destination, which Chromium may write on the sheet before; an
 * outline that does not match the printed headings one for one changes nothing.
 */
import { PDFDocument, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { headingDestinations, headingPages, outlinePages } from '../../../src/pdf/heading-pages.ts';

/** A PDF of `count` pages whose outline is `items` (title, page, children). */
type Item = [string, number, Item[]?];
async function pdfWithOutline(count: number, items: Item[]): Promise<PDFDocument> {
  const document = await PDFDocument.create();
  for (let at = 0; at < count; at++) document.addPage();
  const { context } = document;
  const pages = document.getPages();
  const chain = (list: Item[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => context.nextRef());
    list.forEach(([title, page, children = []], at) => {
      const kids = chain(children, refs[at] as PDFRef);
      context.assign(refs[at] as PDFRef, context.obj({
        Title: PDFString.of(title),
        Parent: parent,
        Dest: [pages[page - 1]?.ref, 'XYZ', 0, 800, 0],
        ...(at > 0 ? { Prev: refs[at - 1] } : {}),
        ...(at < list.length - 1 ? { Next: refs[at + 1] } : {}),
        ...(kids.length > 0 ? { First: kids[0], Last: kids.at(-1), Count: kids.length } : {}),
      }));
    });
    return refs;
  };
  const root = context.nextRef();
  const top = chain(items, root);
  context.assign(root, context.obj({ Type: 'Outlines', First: top[0], Last: top.at(-1) }));
  document.catalog.set(PDFName.of('Outlines'), root);
  return PDFDocument.load(await document.save());
}

describe('the page of each heading', () => {
  it('reads the outline depth first, in document order', async () => {
    const document = await pdfWithOutline(4, [
      ['Lesson', 3, [['Objectives', 3], ['Switching', 4, [['In short', 4]]]]],
      ['Appendix', 2],
    ]);
    expect(outlinePages(document)).toEqual([3, 3, 4, 4, 2]);
  });

  it('has no pages for a PDF without an outline', async () => {
    expect(outlinePages(await PDFDocument.create())).toEqual([]);
  });

  it('takes a heading’s page from its outline entry, not its named destination', () => {
    const destinations = new Map([['lesson', 3], ['switching', 3], ['other', 5]]);
    const pages = headingPages(destinations, ['lesson', '', 'switching'], [3, 3, 4]);
    expect([...pages]).toEqual([['lesson', 3], ['switching', 4], ['other', 5]]);
  });

  it('adds no heading that has no destination', () => {
    const pages = headingPages(new Map([['a', 2]]), ['a', 'b'], [2, 3]);
    expect([...pages]).toEqual([['a', 2]]);
  });

  it('keeps the destinations when the outline does not match the headings one for one', () => {
    const destinations = new Map([['a', 2], ['b', 2]]);
    expect([...headingPages(destinations, ['a', 'b'], [2, 3, 3])]).toEqual([...destinations]);
  });

  it('gives each heading its outline entry’s destination, for the links to it', async () => {
    const document = await pdfWithOutline(4, [['Lesson', 3, [['Switching', 4]]]]);
    const destinations = headingDestinations(document, ['lesson', 'switching']);
    expect([...destinations.keys()]).toEqual(['lesson', 'switching']);
    expect(destinations.get('switching')?.get(0)).toEqual(document.getPages()[3]?.ref);
    expect(headingDestinations(document, ['lesson']).size).toBe(0);
  });
});
