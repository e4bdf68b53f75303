/**
 * PDF, the merge of a guide's parts (`merge-parts.ts`) on parts made with pdf-lib
 * (`synthetic-parts.ts`): pages in order with their footers, named destinations on the pages
 * they point at, the outline nested across parts, the structure tree joined with each part's
 * parent-tree keys moved past the earlier parts'; and its memory bounded by one part.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MergeError, PdfMerger } from '../../../src/pdf/merge-parts.ts';
import { syntheticFooters, syntheticPart } from './synthetic-parts.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-merge-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

interface Outline {
  title: string;
  page: number | undefined;
  children: Outline[];
}

function outline(document: PDFDocument): Outline[] {
  const pageOf = new Map(document.getPages().map((page, at) => [page.ref, at + 1]));
  const read = (first: unknown): Outline[] => {
    const items: Outline[] = [];
    for (let item = first; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookup(PDFName.of('Dest'));
      items.push({
        title: title instanceof PDFHexString || title instanceof PDFString
          ? title.decodeText() : '',
        page: dest instanceof PDFArray ? pageOf.get(dest.get(0) as PDFRef) : undefined,
        children: read(item.lookup(PDFName.of('First'))),
      });
    }
    return items;
  };
  const root = document.catalog.lookup(PDFName.of('Outlines'));
  return root instanceof PDFDict ? read(root.lookup(PDFName.of('First'))) : [];
}

describe('PdfMerger', () => {
  const file = join(dir, 'guide.pdf');
  let merged: PDFDocument;

  beforeAll(async () => {
    // A front of 1 page, then parts of 3, 2 and 2: 8 pages. Part b's page title nests below
    // the group part a opened; part c opens a group of its own.
    const documents = [
      { pdf: await syntheticPart({ id: 'front', pages: 1 }), levels: [] as number[] },
      { pdf: await syntheticPart({ id: 'a', pages: 3, outline: ['Group A'] }), levels: [1, 2] },
      { pdf: await syntheticPart({ id: 'b', pages: 2, outline: ['Page B'] }), levels: [2, 3] },
      { pdf: await syntheticPart({ id: 'c', pages: 2, outline: ['Group C'] }), levels: [1] },
    ];
    // Footers on two sheets, of pages 1–3 and 4–8: part a takes its footers from both.
    const footers = [...(await syntheticFooters(1, 3, 8)).getPages(),
      ...(await syntheticFooters(4, 5, 8)).getPages()];
    const merger = new PdfMerger(file);
    let page = 0;
    for (const [at, document] of documents.entries()) {
      const count = (await PDFDocument.load(document.pdf)).getPageCount();
      await merger.add(document.pdf, `document ${at}`, document.levels, [],
        { footers: { pages: footers.slice(page, page + count), from: page + 1 } });
      page += count;
    }
    merger.finish('Merged', 'en');
    merged = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  });

  it('has every page in order, each with its footer', async () => {
    expect(merged.getPageCount()).toBe(8);
    expect(merged.getTitle()).toBe('Merged');
    if (!hasPoppler) return;
    const expected = ['front page 1', 'a page 1', 'a page 2', 'a page 3', 'b page 1', 'b page 2',
      'c page 1', 'c page 2'];
    expected.forEach((text, at) => {
      const page = execFileSync('pdftotext', ['-f', `${at + 1}`, '-l', `${at + 1}`, file, '-'],
        { encoding: 'utf8' });
      expect(page).toContain(text);
      expect(page).toContain(`page ${at + 1} of 8`);
    });
  });

  it('points each named destination at its page', () => {
    const dests = merged.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const pageOf = new Map(merged.getPages().map((page, at) => [page.ref, at + 1]));
    const at = (name: string): number | undefined => {
      const dest = dests.lookup(PDFName.of(name));
      return dest instanceof PDFArray ? pageOf.get(dest.get(0) as PDFRef) : undefined;
    };
    expect([at('front-p1'), at('a-p1'), at('a-p3'), at('b-p2'), at('c-p1'), at('c-p2')])
      .toEqual([1, 2, 4, 6, 7, 8]);
    if (!hasPoppler) return;
    const listed = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
    expect(listed).toMatch(/^\s*6 \[ XYZ\s.*"b-p2"$/m);
  });

  it('nests the outline across parts, each entry on its page', () => {
    const entries = (title: string, first: number, count: number): Outline[] =>
      Array.from({ length: count }, (_, n) => ({ title: `${title} · page ${n + 1}`,
        page: first + n, children: [] }));
    expect(outline(merged)).toEqual([
      { title: 'Group A', page: 2, children: [
        ...entries('Group A', 2, 3),
        { title: 'Page B', page: 5, children: entries('Page B', 5, 2) },
      ] },
      { title: 'Group C', page: 7, children: entries('Group C', 7, 2) },
    ]);
  });

  it('joins the structure trees: one root, keys moved past the earlier parts', () => {
    const root = merged.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const rootRef = merged.catalog.get(PDFName.of('StructTreeRoot'));
    const kids = root.lookup(PDFName.of('K'), PDFArray);
    expect(kids.size()).toBe(4);
    for (let i = 0; i < kids.size(); i++) {
      expect(kids.lookup(i, PDFDict).get(PDFName.of('P'))).toBe(rootRef);
    }
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'),
      PDFArray);
    const tree = new Map<number, PDFArray>();
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      tree.set(nums.lookup(i, PDFNumber).asNumber(), nums.lookup(i + 1, PDFArray));
    }
    expect([...tree.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(root.lookup(PDFName.of('ParentTreeNextKey'))).toEqual(PDFNumber.of(8));
    // Each page's key leads to the elements marked on that page.
    for (const page of merged.getPages()) {
      const key = page.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber();
      const elements = tree.get(key) as PDFArray;
      expect(elements.size()).toBe(3);
      expect(elements.lookup(0, PDFDict).get(PDFName.of('Pg'))).toBe(page.ref);
    }
    expect(merged.catalog.lookup(PDFName.of('MarkInfo'), PDFDict)
      .get(PDFName.of('Marked'))?.toString()).toBe('true');
  });

  it('keeps a destination where the first PDF puts it, unless that one gives way', async () => {
    // Two PDFs that both name `b-p1`: their first page.
    const first = await syntheticPart({ id: 'b', pages: 1 });
    const second = await syntheticPart({ id: 'b', pages: 2 });
    const pageOf = async (destsGiveWay: boolean): Promise<number | undefined> => {
      const out = join(dir, `give-way-${destsGiveWay}.pdf`);
      const merger = new PdfMerger(out);
      await merger.add(first, 'front', [], [], { destsGiveWay });
      await merger.add(second, 'part 1', []);
      merger.finish('Dests', 'en');
      const read = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
      const dest = read.catalog.lookup(PDFName.of('Dests'), PDFDict)
        .lookup(PDFName.of('b-p1'), PDFArray);
      return read.getPages().findIndex((page) => page.ref === dest.get(0)) + 1;
    };
    expect(await pageOf(false)).toBe(1);
    expect(await pageOf(true)).toBe(2);
  });

  it('says which footers do not fit a part', async () => {
    const merger = new PdfMerger(join(dir, 'short.pdf'));
    const footers = await syntheticFooters(5, 2, 9);
    await expect(merger.add(await syntheticPart({ id: 'x', pages: 3 }), 'part 2', [],
      [], { footers: { pages: footers.getPages(), from: 5 } }))
      .rejects.toThrow(new MergeError('part 2: the page footers from page 5 have 2 pages, ' +
        'expected 3'));
    merger.abort();
  });
});

describe('PdfMerger memory', () => {
  it('merges parts in a heap that holds a few of them', () => {
    // 12 parts of 9,600 objects in 48 MB of heap: main's merger, which held the merged
    // document, ran out of memory at 6 (measured); this one merged 40 (960 pages).
    const script = fileURLToPath(new URL('./merge-many-parts.ts', import.meta.url));
    const out = join(dir, 'many.pdf');
    const run = spawnSync(process.execPath, ['--max-old-space-size=48', script, '12', out],
      { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('288');
  });
});
