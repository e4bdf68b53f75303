/**
 * Outputs stage, PDF: joins the separately rendered PDFs of one guide (`build-pdfs.ts`) into one
 * with pdf-lib: the body parts in order, then the front (cover and contents) put before them, and
 * a page-footer sheet laid over every page. What each part's PDF holds for itself is carried
 * over and joined: its named destinations (in-document links name them, so a link into
 * another part works once the names are joined), its outline (nested under the groups an
 * earlier part opened, by the heading levels of the titles it prints) and its structure tree
 * (the PDF stays tagged; each part's keys into the parent tree are moved past the previous
 * parts').
 */
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject,
  PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFString,
} from 'pdf-lib';
import { headingDestinations, type PrintedHeading } from './heading-pages.ts';
import { READ_AT_ONCE } from './pdf-destinations.ts';
import { writePdf } from './write-pdf.ts';

interface OutlineNode {
  title: PDFObject;
  dest: PDFObject | undefined;
  children: OutlineNode[];
  /** Heading level; for entries below a part's top, one more than their parent's. */
  level: number;
}

export class MergeError extends Error {
  override name = 'MergeError';
}

const name = PDFName.of;

/**
 * Objects per compressed object stream. pdf-lib's `save()` puts 50 in each and starts a new
 * deflate state for every stream: at 200 write-ups (1,769 pages, about 400,000 objects)
 * saving took 37–40 s, most of it allocating deflate states and collecting them; with 1,000
 * per stream 5–10 s, and the file is 6 % smaller (docs/benchmarks.md, pdf15c).
 */
const OBJECTS_PER_STREAM = 1000;

/** The destinations of a catalog: `/Dests` or the `/Names` tree, read both. */
function namedDestinations(document: PDFDocument): Array<[string, PDFObject]> {
  const out: Array<[string, PDFObject]> = [];
  const dests = document.catalog.lookup(name('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) out.push([key.decodeText(), value]);
  }
  const names = document.catalog.lookup(name('Names'));
  const visit = (node: unknown): void => {
    if (!(node instanceof PDFDict)) return;
    const leaves = node.lookup(name('Names'));
    if (leaves instanceof PDFArray) {
      for (let i = 0; i + 1 < leaves.size(); i += 2) {
        const key = leaves.lookup(i);
        const value = leaves.get(i + 1);
        if ((key instanceof PDFString || key instanceof PDFHexString) && value) {
          out.push([key.decodeText(), value]);
        }
      }
    }
    const kids = node.lookup(name('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) visit(kids.lookup(i));
  };
  visit(names instanceof PDFDict ? names.lookup(name('Dests')) : undefined);
  return out;
}

function readOutline(first: unknown, copy: (object: PDFObject) => PDFObject): OutlineNode[] {
  const items: OutlineNode[] = [];
  for (let item = first; item instanceof PDFDict; item = item.lookup(name('Next'))) {
    const title = item.get(name('Title'));
    const dest = item.get(name('Dest'));
    items.push({
      title: title ? copy(title) : PDFString.of(''),
      dest: dest ? copy(dest) : undefined,
      children: readOutline(item.lookup(name('First')), copy),
      level: 0,
    });
  }
  return items;
}

function setLevels(node: OutlineNode, level: number): void {
  node.level = level;
  for (const child of node.children) setLevels(child, level + 1);
}

/**
 * Each entry's title from its heading's text (`heading-pages.ts`: Chromium's title repeats the
 * text of a heading it also painted, clipped, on the sheet before). Entries and headings are
 * matched by position, depth first; an outline that does not match them one for one keeps
 * Chromium's titles.
 */
function titleFromHeadings(items: OutlineNode[], headings: readonly PrintedHeading[]): void {
  const entries: OutlineNode[] = [];
  const visit = (nodes: OutlineNode[]): void => {
    for (const node of nodes) {
      entries.push(node);
      visit(node.children);
    }
  };
  visit(items);
  if (entries.length !== headings.length) return;
  entries.forEach((entry, at) => {
    const text = headings[at]?.text;
    if (text) entry.title = PDFHexString.fromText(text);
  });
}

/** Pairs from a parent tree (`/Nums`, possibly below `/Kids`). */
function parentTreeEntries(node: unknown, out: Array<[number, PDFObject]>): void {
  if (!(node instanceof PDFDict)) return;
  const nums = node.lookup(name('Nums'));
  if (nums instanceof PDFArray) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const key = nums.lookup(i);
      const value = nums.get(i + 1);
      if (key instanceof PDFNumber && value) out.push([key.asNumber(), value]);
    }
  }
  const kids = node.lookup(name('Kids'));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) parentTreeEntries(kids.lookup(i), out);
  }
}

export class PdfMerger {
  private readonly merged: PDFDocument;
  private readonly dests = new Map<string, PDFObject>();
  private readonly outline: OutlineNode[] = [];
  /** The last entry of each level the outline holds so far, top first. */
  private readonly open: OutlineNode[] = [];
  private readonly structKids: PDFRef[] = [];
  private readonly parentTree: Array<[number, PDFObject]> = [];
  private readonly structRoot: PDFRef;
  private nextKey = 0;

  private constructor(merged: PDFDocument) {
    this.merged = merged;
    this.structRoot = merged.context.nextRef();
  }

  static async create(): Promise<PdfMerger> {
    return new PdfMerger(await PDFDocument.create({ updateMetadata: false }));
  }

  get pageCount(): number {
    return this.merged.getPageCount();
  }

  /**
   * Adds a rendered PDF's pages at `at` (the end when not given). `titleLevels` are the
   * heading levels of the group and page titles it prints (`ComposedPart`); `label` names it.
   * `headings`, its printed headings in order (`heading-pages.ts`), send a link to a heading
   * where the heading prints and give each bookmark its heading's text.
   */
  async add(pdf: Uint8Array, label: string, titleLevels: number[], at?: number,
    headings: readonly PrintedHeading[] = []): Promise<void> {
    const source = await PDFDocument.load(pdf, READ_AT_ONCE);
    const printedAt = headingDestinations(source, headings.map((heading) => heading.id));
    const copier = PDFObjectCopier.for(source.context, this.merged.context);
    const copy = (object: PDFObject): PDFObject => copier.copy(object);
    const keyOffset = this.nextKey;
    // Struct elements point at their parent: the part's root is replaced by the merged one.
    const root = source.catalog.lookup(name('StructTreeRoot'));
    const kids = root instanceof PDFDict ? root.get(name('K')) : undefined;
    const topElements = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    for (const element of topElements) {
      const dict = source.context.lookup(element);
      if (dict instanceof PDFDict) dict.delete(name('P'));
    }
    // Pages are copied through their refs, so that every other ref to them (destinations,
    // struct elements) maps to the same copy.
    let index = at ?? this.merged.getPageCount();
    for (const page of source.getPages()) {
      const ref = copy(page.ref) as PDFRef;
      const leaf = this.merged.context.lookup(ref);
      if (!(leaf instanceof PDFPageLeaf)) throw new MergeError(`${label}: a page did not copy`);
      this.shiftKeys(leaf, keyOffset);
      this.merged.insertPage(index++, PDFPage.of(leaf, ref, this.merged));
    }
    for (const [destName, value] of namedDestinations(source)) {
      if (!this.dests.has(destName)) {
        this.dests.set(destName, copy(printedAt.get(destName) ?? value));
      }
    }
    for (const element of topElements) {
      const copied = copy(element);
      if (copied instanceof PDFRef) {
        this.merged.context.lookup(copied, PDFDict).set(name('P'), this.structRoot);
        this.structKids.push(copied);
      }
    }
    const entries: Array<[number, PDFObject]> = [];
    parentTreeEntries(root instanceof PDFDict ? root.lookup(name('ParentTree')) : undefined,
      entries);
    for (const [key, value] of entries) {
      this.parentTree.push([key + keyOffset, copy(value)]);
      this.nextKey = Math.max(this.nextKey, key + keyOffset + 1);
    }
    const next = root instanceof PDFDict ? root.lookup(name('ParentTreeNextKey')) : undefined;
    if (next instanceof PDFNumber) {
      this.nextKey = Math.max(this.nextKey, next.asNumber() + keyOffset);
    }
    const outlines = source.catalog.lookup(name('Outlines'));
    const items = outlines instanceof PDFDict
      ? readOutline(outlines.lookup(name('First')), copy)
      : [];
    titleFromHeadings(items, headings);
    this.nestOutline(items, titleLevels, label);
  }

  private shiftKeys(leaf: PDFPageLeaf, offset: number): void {
    if (offset === 0) return;
    const key = leaf.lookup(name('StructParents'));
    if (key instanceof PDFNumber) {
      leaf.set(name('StructParents'), PDFNumber.of(key.asNumber() + offset));
    }
    const annots = leaf.lookup(name('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      const parent = annot instanceof PDFDict ? annot.lookup(name('StructParent')) : undefined;
      if (annot instanceof PDFDict && parent instanceof PDFNumber) {
        annot.set(name('StructParent'), PDFNumber.of(parent.asNumber() + offset));
      }
    }
  }

  /**
   * A part's top entries are the titles no earlier title of the part contains (lower level);
   * each goes below the last entry of a lower level, which an earlier part may have opened.
   */
  private nestOutline(items: OutlineNode[], titleLevels: number[], label: string): void {
    const levels: number[] = [];
    let lowest = Number.POSITIVE_INFINITY;
    for (const level of titleLevels) {
      if (level <= lowest) levels.push(level);
      lowest = Math.min(lowest, level);
    }
    if (levels.length !== items.length) {
      throw new MergeError(`${label}: the PDF's outline has ${items.length} top entries, ` +
        `expected ${levels.length} (one per group or page title not inside another); ` +
        'is a title printed outside a heading element?');
    }
    items.forEach((item, at) => {
      const level = levels[at] ?? 1;
      while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
      (this.open.at(-1)?.children ?? this.outline).push(item);
      setLevels(item, level);
      for (let node: OutlineNode | undefined = item; node; node = node.children.at(-1)) {
        this.open.push(node);
      }
    });
  }

  /** Lays page `i` of `footers` over page `first + i` (0-based) of the merged PDF. */
  async overlay(footers: Uint8Array, first: number, count: number): Promise<void> {
    const source = await PDFDocument.load(footers, READ_AT_ONCE);
    if (source.getPageCount() !== count) {
      throw new MergeError(`the page footers from page ${first + 1} have ` +
        `${source.getPageCount()} pages, expected ${count}`);
    }
    const pages = this.merged.getPages().slice(first, first + count);
    const embedded = await this.merged.embedPages(source.getPages());
    pages.forEach((page, i) => {
      const sheet = embedded[i];
      if (sheet) page.drawPage(sheet);
    });
  }

  async save(title: string, lang: string): Promise<Uint8Array> {
    const { context, catalog } = this.merged;
    if (this.dests.size > 0) {
      const dests = context.obj({});
      for (const [key, value] of [...this.dests].sort(([a], [b]) => (a < b ? -1 : 1))) {
        dests.set(name(key), value);
      }
      catalog.set(name('Dests'), context.register(dests));
    }
    if (this.outline.length > 0) catalog.set(name('Outlines'), this.writeOutline());
    const nums = context.obj([]);
    for (const [key, value] of this.parentTree.sort(([a], [b]) => a - b)) {
      nums.push(PDFNumber.of(key));
      nums.push(value);
    }
    context.assign(this.structRoot, context.obj({
      Type: 'StructTreeRoot',
      K: context.obj(this.structKids),
      ParentTree: context.register(context.obj({ Nums: nums })),
      ParentTreeNextKey: this.nextKey,
    }));
    catalog.set(name('StructTreeRoot'), this.structRoot);
    catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
    catalog.set(name('Lang'), PDFString.of(lang));
    this.merged.setTitle(title, { showInWindowTitleBar: true });
    this.merged.setProducer('shipshape (Chromium parts merged with pdf-lib)');
    // What `save()` does for a document without forms, with larger object streams deflated by
    // zlib, written in one go (`write-pdf.ts`).
    await this.merged.flush();
    return writePdf(context, OBJECTS_PER_STREAM);
  }

  private writeOutline(): PDFRef {
    const { context } = this.merged;
    const rootRef = context.nextRef();
    const write = (nodes: OutlineNode[], parent: PDFRef): { refs: PDFRef[]; count: number } => {
      const refs = nodes.map(() => context.nextRef());
      let count = nodes.length;
      nodes.forEach((node, i) => {
        const ref = refs[i] as PDFRef;
        const dict = context.obj({}) as PDFDict;
        dict.set(name('Title'), node.title);
        dict.set(name('Parent'), parent);
        if (node.dest) dict.set(name('Dest'), node.dest);
        const prev = refs[i - 1];
        const next = refs[i + 1];
        if (prev) dict.set(name('Prev'), prev);
        if (next) dict.set(name('Next'), next);
        if (node.children.length > 0) {
          const children = write(node.children, ref);
          dict.set(name('First'), children.refs[0] as PDFRef);
          dict.set(name('Last'), children.refs.at(-1) as PDFRef);
          dict.set(name('Count'), PDFNumber.of(children.count));
          count += children.count;
        }
        context.assign(ref, dict);
      });
      return { refs, count };
    };
    const top = write(this.outline, rootRef);
    context.assign(rootRef, context.obj({
      Type: 'Outlines',
      First: top.refs[0] as PDFRef,
      Last: top.refs.at(-1) as PDFRef,
      Count: top.count,
    }));
    return rootRef;
  }
}
