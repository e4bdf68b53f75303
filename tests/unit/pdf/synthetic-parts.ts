/**
 * PDF tests: small PDFs made with pdf-lib that hold what Chromium's parts hold for the merge —
 * pages with text, named destinations, an outline, a tagged structure tree with a parent tree —
 * and a sheet of "page n of N" footers, so the merge can be tested without a browser.
 */
import {
  PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, StandardFonts,
} from 'pdf-lib';

export interface PartSpec {
  /** Prefix of its text and destination names. */
  id: string;
  pages: number;
  /** Structure elements per page (the bulk of a tagged guide's objects). */
  elementsPerPage?: number;
  /** Top outline entries, each with one child per page (`<title> · page n`). */
  outline?: string[];
}

/** A part: page `n` reads `<id> page <n>`, destination `<id>-p<n>` points at it. */
export async function syntheticPart(spec: PartSpec): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const { context } = document;
  const structRoot = context.nextRef();
  const top = context.nextRef();
  const nums: Array<PDFNumber | PDFRef> = [];
  const topKids: PDFRef[] = [];
  const dests = context.obj({});
  const pageRefs: PDFRef[] = [];
  for (let n = 1; n <= spec.pages; n++) {
    const page = document.addPage([300, 400]);
    page.drawText(`${spec.id} page ${n}`, { x: 30, y: 300, size: 14, font });
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(n - 1));
    pageRefs.push(page.ref);
    const elements: PDFRef[] = [];
    for (let e = 0; e < (spec.elementsPerPage ?? 3); e++) {
      elements.push(context.register(context.obj({
        Type: 'StructElem', S: 'P', P: top, Pg: page.ref, K: e,
      })));
    }
    topKids.push(...elements);
    nums.push(PDFNumber.of(n - 1), context.register(context.obj(elements)));
    dests.set(PDFName.of(`${spec.id}-p${n}`),
      context.obj([page.ref, 'XYZ', 0, 400, PDFNull]));
  }
  context.assign(top, context.obj({ Type: 'StructElem', S: 'Document', P: structRoot,
    K: context.obj(topKids) }));
  context.assign(structRoot, context.obj({
    Type: 'StructTreeRoot', K: context.obj([top]),
    ParentTree: context.obj({ Nums: context.obj(nums) }),
    ParentTreeNextKey: spec.pages,
  }));
  document.catalog.set(PDFName.of('StructTreeRoot'), structRoot);
  document.catalog.set(PDFName.of('Dests'), context.register(dests));
  const titles = spec.outline ?? [];
  if (titles.length > 0) {
    const outlines = context.nextRef();
    const items = titles.map(() => context.nextRef());
    titles.forEach((title, at) => {
      const children = pageRefs.map(() => context.nextRef());
      children.forEach((child, n) => {
        context.assign(child, context.obj({
          Title: PDFHexString.fromText(`${title} · page ${n + 1}`),
          Parent: items[at] as PDFRef,
          Dest: context.obj([pageRefs[n] as PDFRef, 'XYZ', 0, 400, PDFNull]),
          ...(children[n - 1] ? { Prev: children[n - 1] } : {}),
          ...(children[n + 1] ? { Next: children[n + 1] } : {}),
        }));
      });
      context.assign(items[at] as PDFRef, context.obj({
        Title: PDFHexString.fromText(title), Parent: outlines,
        Dest: context.obj([pageRefs[0] as PDFRef, 'XYZ', 0, 400, PDFNull]),
        First: children[0] as PDFRef, Last: children.at(-1) as PDFRef, Count: children.length,
        ...(items[at - 1] ? { Prev: items[at - 1] } : {}),
        ...(items[at + 1] ? { Next: items[at + 1] } : {}),
      }));
    });
    context.assign(outlines, context.obj({ Type: 'Outlines', First: items[0] as PDFRef,
      Last: items.at(-1) as PDFRef, Count: items.length }));
    document.catalog.set(PDFName.of('Outlines'), outlines);
  }
  return document.save();
}

/** A sheet of footers for pages `first` … `first + count - 1` of `total`. */
export async function syntheticFooters(first: number, count: number, total: number):
  Promise<PDFDocument> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let n = first; n < first + count; n++) {
    document.addPage([300, 400]).drawText(`page ${n} of ${total}`,
      { x: 100, y: 20, size: 10, font });
  }
  return PDFDocument.load(await document.save(), { updateMetadata: false });
}
