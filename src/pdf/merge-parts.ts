/**
 * Outputs stage, PDF: joins the separately rendered PDFs of one guide (`build-pdfs.ts`) into one
 * file, in page order: the front (cover and contents), then the body parts, each with its
 * "page n of N" footers laid over its pages first. What each part's PDF holds for itself is
 * carried over and joined: its named destinations (in-document links name them, so a link into
 * another part works once the names are joined), its outline (nested under the groups an
 * earlier part opened, by the heading levels of the titles it prints) and its structure tree
 * (the PDF stays tagged; each part's keys into the parent tree are moved past the previous
 * parts').
 *
 * Memory is bounded by one part (issue 15): a part is copied into a pdf-lib context of its own,
 * written to the file at once (`pdf-file-writer.ts`) and dropped. What the end needs is kept
 * small: page numbers for the page tree, the named destinations and outline entries as PDF
 * syntax, the structure tree's top elements and parent-tree entries as object numbers. The
 * catalog, the page tree's root and the structure tree's root are numbered before the first
 * part, so that a part's pages and top structure elements can point at them.
 */
import {
  PDFArray, PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject,
  PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFString,
} from 'pdf-lib';
import { headingDestinations, type PrintedHeading } from './heading-pages.ts';
import { READ_AT_ONCE } from './pdf-destinations.ts';
import { PdfFileWriter, pdfSyntax, type RefNumber } from './pdf-file-writer.ts';

/**
 * An outline entry: its title and destination copied into a part's context, then in PDF syntax
 * with refs numbered in the file (`inSyntax`), so that nothing holds the part's context.
 */
interface OutlineNode {
  title: PDFObject | string;
  dest: PDFObject | string | undefined;
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

function inSyntax(nodes: OutlineNode[], syntax: (object: PDFObject) => string): void {
  for (const node of nodes) {
    if (typeof node.title !== 'string') node.title = syntax(node.title);
    if (node.dest && typeof node.dest !== 'string') node.dest = syntax(node.dest);
    inSyntax(node.children, syntax);
  }
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
    if (text) entry.title = PDFHexString.fromText(text).toString();
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

/** A part's footers: pages of rendered sheets of footers (one or two sheets), one per page. */
export interface PartFooters {
  pages: readonly PDFPage[];
  /** The sheet's first page number (1-based), for a message. */
  from: number;
}

export interface AddOptions {
  /** Laid over the PDF's pages, one footer page per page. */
  footers?: PartFooters;
  /**
   * Its named destinations give way to a later PDF's of the same name (the front: it is merged
   * first, and a destination of its own for an entry of the contents would be a stub's).
   */
  destsGiveWay?: boolean;
}

/** Object numbers of the file's roots, given out before the first part. */
interface Roots {
  catalog: number;
  pages: number;
  structTree: number;
}

/**
 * A part's pdf-lib context numbers its objects from 1: 1 and 2 stand for the file's page tree
 * root and structure tree root (never written with the part), the others follow the objects
 * written before.
 */
const LOCAL_PAGES = 1;
const LOCAL_STRUCT_TREE = 2;
const LOCAL_FIRST = 3;

export class PdfMerger {
  private readonly writer: PdfFileWriter;
  private readonly roots: Roots;
  /** Object numbers of the pages, in order (the page tree's `/Kids`). */
  private pages: number[] = [];
  /** Destination name → its value in PDF syntax. */
  private readonly dests = new Map<string, string>();
  /** Destinations that give way to a later PDF's (`AddOptions.destsGiveWay`). */
  private readonly weakDests = new Map<string, string>();
  private readonly outline: OutlineNode[] = [];
  /** The last entry of each level the outline holds so far, top first. */
  private readonly open: OutlineNode[] = [];
  /** Object numbers of the structure tree's top elements. */
  private readonly structKids: number[] = [];
  /** Parent-tree entries: key, then the object number of its value, in pairs. */
  private readonly parentTree: number[] = [];
  private nextKey = 0;
  private finished = false;

  /** Starts writing the merged PDF to `file`. */
  constructor(file: string) {
    this.writer = new PdfFileWriter(file, OBJECTS_PER_STREAM);
    this.roots = {
      catalog: this.writer.reserve(),
      pages: this.writer.reserve(),
      structTree: this.writer.reserve(),
    };
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /**
   * Adds a rendered PDF's pages after those added before, and writes them. `titleLevels` are
   * the heading levels of the group and page titles it prints (`ComposedPart`); `label` names
   * it. `headings`, its printed headings in order (`heading-pages.ts`), send a link to a
   * heading where the heading prints and give each bookmark its heading's text. A named
   * destination stays where the first PDF that names it puts it (`AddOptions.destsGiveWay`).
   */
  async add(pdf: Uint8Array, label: string, titleLevels: number[],
    headings: readonly PrintedHeading[] = [], options: AddOptions = {}): Promise<void> {
    const source = await PDFDocument.load(pdf, READ_AT_ONCE);
    if (options.footers) await overlay(source, options.footers, label);
    const printedAt = headingDestinations(source, headings.map((heading) => heading.id));
    const context = PDFContext.create();
    if (context.nextRef().objectNumber !== LOCAL_PAGES ||
      context.nextRef().objectNumber !== LOCAL_STRUCT_TREE) {
      throw new MergeError(`${label}: a new pdf-lib context did not number its objects from 1`);
    }
    const copier = PDFObjectCopier.for(source.context, context);
    const copied = (object: PDFObject): PDFObject => copier.copy(object);
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
    const pageRefs: PDFRef[] = [];
    for (const page of source.getPages()) {
      const ref = copied(page.ref) as PDFRef;
      const leaf = context.lookup(ref);
      if (!(leaf instanceof PDFPageLeaf)) throw new MergeError(`${label}: a page did not copy`);
      shiftKeys(leaf, keyOffset);
      leaf.set(name('Parent'), PDFRef.of(LOCAL_PAGES));
      pageRefs.push(ref);
    }
    const partDests = new Map<string, PDFObject>();
    for (const [destName, value] of namedDestinations(source)) {
      if (!this.dests.has(destName) && !partDests.has(destName)) {
        partDests.set(destName, copied(printedAt.get(destName) ?? value));
      }
    }
    const structKids: PDFRef[] = [];
    for (const element of topElements) {
      const copy = copied(element);
      if (copy instanceof PDFRef) {
        context.lookup(copy, PDFDict).set(name('P'), PDFRef.of(LOCAL_STRUCT_TREE));
        structKids.push(copy);
      }
    }
    const entries: Array<[number, PDFObject]> = [];
    parentTreeEntries(root instanceof PDFDict ? root.lookup(name('ParentTree')) : undefined,
      entries);
    // Each entry's value written with the part, as an object of its own: the end keeps its
    // number only.
    const parentValues = entries.map(([key, value]): [number, PDFRef] => {
      const copy = copied(value);
      return [key, copy instanceof PDFRef ? copy : context.register(copy)];
    });
    const next = root instanceof PDFDict ? root.lookup(name('ParentTreeNextKey')) : undefined;
    const outlines = source.catalog.lookup(name('Outlines'));
    const items = readOutline(
      outlines instanceof PDFDict ? outlines.lookup(name('First')) : undefined, copied);
    titleFromHeadings(items, headings);

    // Numbered in the file from here: the part's objects take the next numbers in turn.
    const base = this.writer.reserve(Math.max(0, context.largestObjectNumber - LOCAL_FIRST + 1));
    const number: RefNumber = (ref) => {
      const local = ref.objectNumber;
      if (local === LOCAL_PAGES) return this.roots.pages;
      if (local === LOCAL_STRUCT_TREE) return this.roots.structTree;
      return base + local - LOCAL_FIRST;
    };
    const syntax = (object: PDFObject): string => pdfSyntax(object, number);
    inSyntax(items, syntax);
    this.nestOutline(items, titleLevels, label);
    this.writer.writeObjects(context.enumerateIndirectObjects(), number);

    for (const ref of pageRefs) this.pages.push(number(ref));
    const dests = options.destsGiveWay ? this.weakDests : this.dests;
    for (const [destName, value] of partDests) {
      this.weakDests.delete(destName);
      dests.set(destName, syntax(value));
    }
    for (const ref of structKids) this.structKids.push(number(ref));
    for (const [key, ref] of parentValues) {
      this.parentTree.push(key + keyOffset, number(ref));
      this.nextKey = Math.max(this.nextKey, key + keyOffset + 1);
    }
    if (next instanceof PDFNumber) {
      this.nextKey = Math.max(this.nextKey, next.asNumber() + keyOffset);
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

  /**
   * Writes what joins the parts — catalog, page tree, named destinations, outline, structure
   * tree, document info — and the cross-reference stream; the file is complete.
   */
  finish(title: string, lang: string): { bytes: number } {
    if (this.finished) throw new MergeError('the merged PDF was finished already');
    this.finished = true;
    const objects: Array<[number, string]> = [];
    const add = (syntax: string, at = this.writer.reserve()): number => {
      objects.push([at, syntax]);
      return at;
    };
    const { roots } = this;
    add(`<< /Type /Pages /Kids [${this.pages.map((n) => `${n} 0 R`).join(' ')}] ` +
      `/Count ${this.pages.length} >>`, roots.pages);
    const nums: string[] = [];
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i + 1 < this.parentTree.length; i += 2) {
      pairs.push([this.parentTree[i] ?? 0, this.parentTree[i + 1] ?? 0]);
    }
    for (const [key, value] of pairs.sort(([a], [b]) => a - b)) nums.push(`${key} ${value} 0 R`);
    const parentTree = add(`<< /Nums [${nums.join(' ')}] >>`);
    add(`<< /Type /StructTreeRoot /K [${this.structKids.map((n) => `${n} 0 R`).join(' ')}] ` +
      `/ParentTree ${parentTree} 0 R /ParentTreeNextKey ${this.nextKey} >>`, roots.structTree);
    const catalog = [`/Type /Catalog /Pages ${roots.pages} 0 R`];
    for (const [key, value] of this.weakDests) this.dests.set(key, value);
    if (this.dests.size > 0) {
      const entries = [...this.dests].sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, value]) => `${name(key).toString()} ${value}`);
      catalog.push(`/Dests ${add(`<<\n${entries.join('\n')}\n>>`)} 0 R`);
    }
    if (this.outline.length > 0) catalog.push(`/Outlines ${this.writeOutline(add)} 0 R`);
    catalog.push(`/StructTreeRoot ${roots.structTree} 0 R`, '/MarkInfo << /Marked true >>',
      `/Lang ${PDFString.of(lang).toString()}`, '/ViewerPreferences << /DisplayDocTitle true >>');
    add(`<< ${catalog.join('\n')} >>`, roots.catalog);
    const info = add(`<< /Title ${PDFHexString.fromText(title).toString()} /Producer ` +
      `${PDFHexString.fromText('shipshape (Chromium parts merged with pdf-lib)').toString()} >>`);
    this.writer.writeSyntax(objects);
    this.writer.finish(roots.catalog, info);
    return { bytes: this.writer.size };
  }

  /** Stops writing (after a failure); the file is left incomplete. */
  abort(): void {
    if (this.finished) return;
    this.finished = true;
    this.writer.close();
  }

  private writeOutline(add: (syntax: string, at?: number) => number): number {
    const rootNumber = this.writer.reserve();
    const write = (nodes: OutlineNode[], parent: number): { refs: number[]; count: number } => {
      const refs = nodes.map(() => this.writer.reserve());
      let count = nodes.length;
      nodes.forEach((node, i) => {
        const entry = [`/Title ${node.title}`, `/Parent ${parent} 0 R`];
        if (node.dest) entry.push(`/Dest ${node.dest}`);
        const prev = refs[i - 1];
        const next = refs[i + 1];
        if (prev) entry.push(`/Prev ${prev} 0 R`);
        if (next) entry.push(`/Next ${next} 0 R`);
        if (node.children.length > 0) {
          const children = write(node.children, refs[i] ?? 0);
          entry.push(`/First ${children.refs[0] ?? 0} 0 R`,
            `/Last ${children.refs.at(-1) ?? 0} 0 R`, `/Count ${children.count}`);
          count += children.count;
        }
        add(`<< ${entry.join('\n')} >>`, refs[i]);
      });
      return { refs, count };
    };
    const top = write(this.outline, rootNumber);
    add(`<< /Type /Outlines /First ${top.refs[0] ?? 0} 0 R /Last ${top.refs.at(-1) ?? 0} 0 R ` +
      `/Count ${top.count} >>`, rootNumber);
    return rootNumber;
  }
}

/** Moves a page's keys into the parent tree (and its annotations') past earlier parts'. */
function shiftKeys(leaf: PDFPageLeaf, offset: number): void {
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

/** Lays page `i` of `footers` over page `i` of `document`, in `document`'s own objects. */
async function overlay(document: PDFDocument, footers: PartFooters, label: string):
  Promise<void> {
  const pages = document.getPages();
  if (footers.pages.length !== pages.length) {
    throw new MergeError(`${label}: the page footers from page ${footers.from} have ` +
      `${footers.pages.length} pages, expected ${pages.length}`);
  }
  // Pages of one sheet are embedded together (pdf-lib embeds pages of one document at a time);
  // a part's footers may come from two sheets.
  let at = 0;
  while (at < pages.length) {
    const source = footers.pages[at]?.node.context;
    let end = at;
    while (end < pages.length && footers.pages[end]?.node.context === source) end++;
    const embedded = await document.embedPages(footers.pages.slice(at, end));
    embedded.forEach((sheet, i) => pages[at + i]?.drawPage(sheet));
    at = end;
  }
  // The sheets' form XObjects are made here; they are copied with the pages.
  await document.flush();
}
