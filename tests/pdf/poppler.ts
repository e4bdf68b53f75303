/**
 * PDF tests: poppler's command-line tools (`pdfinfo`, `pdftotext`, `pdffonts`, `pdftoppm`) and
 * an outline reader (pdf-lib), to read the PDFs the way a reader's viewer does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString,
} from 'pdf-lib';

const run = (tool: string, args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file]).split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1] ?? '', match[2] ?? '']] : [];
    }),
  );
}

/** Text of pages `first`–`last` (all when not given), optionally cropped to a box in points. */
export function pdfText(
  file: string,
  options: { first?: number; last?: number; layout?: boolean; crop?: number[] } = {},
): string {
  const args = [
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
    ...(options.layout ? ['-layout'] : []),
    ...(options.crop
      ? ['-r', '72', '-x', ...options.crop.slice(0, 1).map(String), '-y',
        String(options.crop[1]), '-W', String(options.crop[2]), '-H', String(options.crop[3])]
      : []),
    file,
    '-',
  ];
  return run('pdftotext', args);
}

export interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/;

/** Every word with its box, from `pdftotext -bbox`. */
export function pdfWords(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = WORD.exec(line);
    if (match) {
      words.push({
        page,
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
        text: match[5] ?? '',
      });
    }
  }
  return words;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string, page?: number): FontRow[] {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdffonts', [...pages, file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      const emb = rest.at(-5);
      const type = line.slice(37, 55).trim();
      return { name, type, embedded: emb === 'yes' };
    });
}

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

const titleOf = (item: PDFDict): string => {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
};

export async function pdfOutline(file: string): Promise<OutlineItem[]> {
  const document = await PDFDocument.load(readFileSync(file));
  const read = (first: unknown): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (let item = first; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      items.push({ title: titleOf(item), children: read(item.lookup(PDFName.of('First'))) });
    }
    return items;
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  return outlines instanceof PDFDict ? read(outlines.lookup(PDFName.of('First'))) : [];
}

export interface LinkAnnotation {
  page: number;
  /** Named destination of an in-document link. */
  dest?: string;
  /** URI of a link that leaves the document. */
  uri?: string;
}

export async function pdfLinks(
  file: string,
): Promise<{ links: LinkAnnotation[]; dests: Set<string> }> {
  const document = await PDFDocument.load(readFileSync(file));
  const links: LinkAnnotation[] = [];
  document.getPages().forEach((page, index) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict)) continue;
      const dest = annot.lookup(PDFName.of('Dest'));
      const action = annot.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
      links.push({
        page: index + 1,
        ...(dest instanceof PDFName ? { dest: dest.decodeText() } : {}),
        ...(dest instanceof PDFString || dest instanceof PDFHexString
          ? { dest: dest.decodeText() }
          : {}),
        ...(uri instanceof PDFString || uri instanceof PDFHexString
          ? { uri: uri.decodeText() }
          : {}),
      });
    }
  });
  const catalogDests = document.catalog.lookup(PDFName.of('Dests'));
  const dests = new Set(
    catalogDests instanceof PDFDict ? catalogDests.keys().map((key) => key.decodeText()) : [],
  );
  return { links, dests };
}

/** One page as painted: grey levels (0 black, 255 white), row by row. */
export interface PaintedPage {
  page: number;
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (`P5`, 8 bits) as pdftoppm writes it. */
function readPgm(data: Buffer, page: number): PaintedPage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error(`page ${page}: not an 8-bit PGM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { page, width, height, pixels: data.subarray(header[0].length) };
}

/** Every page painted by poppler (`pdftoppm -gray`) at `dpi`, as a viewer shows it. */
export function pdfPaint(file: string, dpi: number): PaintedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-paint-'));
  try {
    // Quiet: poppler warns about some gradients it paints anyway.
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    return readdirSync(dir).filter((name) => name.endsWith('.pgm')).sort()
      .map((name, at) => readPgm(readFileSync(join(dir, name)), at + 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The share of a page's box (in points from the top left) painted darker than light grey:
 * what a reader sees as ink there.
 */
export function inkShare(painted: PaintedPage, box: { x: number; y: number; width: number;
  height: number }): number {
  const scale = painted.width / 595.28;
  const [x0, y0] = [Math.floor(box.x * scale), Math.floor(box.y * scale)];
  const [x1, y1] = [Math.min(painted.width, Math.ceil((box.x + box.width) * scale)),
    Math.min(painted.height, Math.ceil((box.y + box.height) * scale))];
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if ((painted.pixels[y * painted.width + x] ?? 255) < 200) ink++;
  }
  return ink / Math.max(1, (x1 - x0) * (y1 - y0));
}
