/**
 * Site stage, fonts: cuts the colour tables of a COLRv1 font (Noto Color Emoji) down to a few
 * base glyphs. HarfBuzz's WebAssembly subsetter (harfbuzzjs, behind `subset-font`) is built
 * without colour support and drops COLR and CPAL (measured: the subset emoji painted blank), so
 * the glyph outlines are subset by HarfBuzz with their glyph ids kept (see subset-emoji.ts) and
 * the COLR and CPAL tables are rebuilt here for the same ids.
 *
 * The new COLR holds only the paint graphs of the chosen base glyphs (and of the layers and
 * base glyphs they reach), with palette indices renumbered into a CPAL of only the colours they
 * use. Variation data (Var* paints) is refused: Noto Color Emoji has none. Clip boxes are left
 * out (they are optional; the renderer then bounds the glyph itself).
 */

/** Byte size of each fixed-size paint format, and where its offsets and palette indices are. */
interface PaintLayout {
  size: number;
  /** Positions of Offset24 fields to child paints. */
  paints?: number[];
  /** Position of the Offset24 field to a ColorLine. */
  colorLine?: number;
  /** Position of the Offset24 field to an Affine2x3 (24 bytes). */
  affine?: number;
  /** Position of a uint16 palette index. */
  palette?: number;
  /** Position of a uint16 glyph id drawn as an outline (PaintGlyph). */
  glyph?: number;
}

const LAYOUTS: Record<number, PaintLayout> = {
  2: { size: 5, palette: 1 },
  4: { size: 16, colorLine: 1 },
  6: { size: 16, colorLine: 1 },
  8: { size: 12, colorLine: 1 },
  10: { size: 6, paints: [1], glyph: 4 },
  12: { size: 7, paints: [1], affine: 4 },
  14: { size: 8, paints: [1] },
  16: { size: 8, paints: [1] },
  18: { size: 12, paints: [1] },
  20: { size: 6, paints: [1] },
  22: { size: 10, paints: [1] },
  24: { size: 6, paints: [1] },
  26: { size: 10, paints: [1] },
  28: { size: 8, paints: [1] },
  30: { size: 12, paints: [1] },
  32: { size: 8, paints: [1, 5] },
};
const PAINT_COLR_LAYERS = 1;
const PAINT_COLR_GLYPH = 11;
const HEADER_SIZE = 34;

export class ColrSubsetError extends Error {
  override name = 'ColrSubsetError';
}

export interface ColrSubset {
  colr: Uint8Array;
  cpal: Uint8Array;
  /** Every glyph id the new COLR draws or names: keep these in the outline subset. */
  glyphs: Set<number>;
}

function u24(view: DataView, at: number): number {
  return (view.getUint8(at) << 16) | view.getUint16(at + 1);
}

/** A growing byte buffer with big-endian writes. */
class Writer {
  bytes = new Uint8Array(1024);
  length = 0;

  reserve(size: number): number {
    while (this.length + size > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    const at = this.length;
    this.length += size;
    return at;
  }

  copy(source: Uint8Array, from: number, size: number): number {
    const at = this.reserve(size);
    this.bytes.set(source.subarray(from, from + size), at);
    return at;
  }

  view(): DataView {
    return new DataView(this.bytes.buffer, 0, this.bytes.length);
  }

  u24(at: number, value: number): void {
    if (value < 0 || value > 0xffffff) throw new ColrSubsetError(`offset ${value} out of range`);
    this.view().setUint8(at, value >> 16);
    this.view().setUint16(at + 1, value & 0xffff);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads the source COLR and writes the pruned paint graphs into one heap. */
class PaintCopier {
  readonly heap = new Writer();
  readonly glyphs = new Set<number>();
  /** Source palette index → new index. */
  readonly palette = new Map<number, number>();
  /** Source layer index → new layer index, and the new LayerList's source paints in order. */
  readonly layers: number[] = [];
  /** Base glyphs reached through PaintColrGlyph, still to copy. */
  readonly pendingBases: number[] = [];
  readonly #source: Uint8Array;
  readonly #view: DataView;
  readonly #layerList: number;

  constructor(colr: Uint8Array, layerList: number) {
    this.#source = colr;
    this.#view = new DataView(colr.buffer, colr.byteOffset, colr.byteLength);
    this.#layerList = layerList;
  }

  #paletteIndex(index: number): number {
    if (index === 0xffff) return index;
    let mapped = this.palette.get(index);
    if (mapped === undefined) {
      mapped = this.palette.size;
      this.palette.set(index, mapped);
    }
    return mapped;
  }

  #copyColorLine(from: number): number {
    const stops = this.#view.getUint16(from + 1);
    const at = this.heap.copy(this.#source, from, 3 + stops * 6);
    for (let stop = 0; stop < stops; stop++) {
      const field = at + 3 + stop * 6 + 2;
      this.heap.view().setUint16(field, this.#paletteIndex(this.heap.view().getUint16(field)));
    }
    return at;
  }

  /** Copies the paint at `from` (an offset in the source COLR) and its children; returns
   * where it starts in the heap. */
  copyPaint(from: number): number {
    const format = this.#view.getUint8(from);
    if (format === PAINT_COLR_LAYERS) return this.#copyColrLayers(from);
    if (format === PAINT_COLR_GLYPH) {
      const at = this.heap.copy(this.#source, from, 3);
      const glyph = this.#view.getUint16(from + 1);
      this.glyphs.add(glyph);
      this.pendingBases.push(glyph);
      return at;
    }
    const layout = LAYOUTS[format];
    if (!layout) throw new ColrSubsetError(`unsupported COLRv1 paint format ${format}`);
    const at = this.heap.copy(this.#source, from, layout.size);
    if (layout.palette !== undefined) {
      const field = at + layout.palette;
      this.heap.view().setUint16(field, this.#paletteIndex(this.heap.view().getUint16(field)));
    }
    if (layout.glyph !== undefined) this.glyphs.add(this.#view.getUint16(from + layout.glyph));
    if (layout.colorLine !== undefined) {
      const child = this.#copyColorLine(from + u24(this.#view, from + layout.colorLine));
      this.heap.u24(at + layout.colorLine, child - at);
    }
    if (layout.affine !== undefined) {
      const child = this.heap.copy(this.#source, from + u24(this.#view, from + layout.affine), 24);
      this.heap.u24(at + layout.affine, child - at);
    }
    for (const field of layout.paints ?? []) {
      const child = this.copyPaint(from + u24(this.#view, from + field));
      this.heap.u24(at + field, child - at);
    }
    return at;
  }

  #copyColrLayers(from: number): number {
    const count = this.#view.getUint8(from + 1);
    const first = this.#view.getUint32(from + 2);
    const at = this.heap.copy(this.#source, from, 6);
    this.heap.view().setUint32(at + 2, this.layers.length);
    // Layers are copied when the LayerList is written; remember their source paints.
    for (let layer = first; layer < first + count; layer++) {
      this.layers.push(this.#layerList + this.#view.getUint32(this.#layerList + 4 + layer * 4));
    }
    return at;
  }
}

function baseGlyphPaints(view: DataView, list: number): Map<number, number> {
  const paints = new Map<number, number>();
  const count = view.getUint32(list);
  for (let record = 0; record < count; record++) {
    const at = list + 4 + record * 6;
    paints.set(view.getUint16(at), list + view.getUint32(at + 2));
  }
  return paints;
}

function pruneCpal(cpal: Uint8Array, palette: Map<number, number>): Uint8Array {
  const view = new DataView(cpal.buffer, cpal.byteOffset, cpal.byteLength);
  const records = view.getUint32(8);
  const firstIndex = view.getUint16(12);
  const out = new Uint8Array(14 + palette.size * 4);
  const outView = new DataView(out.buffer);
  outView.setUint16(0, 0);
  outView.setUint16(2, palette.size);
  outView.setUint16(4, 1);
  outView.setUint16(6, palette.size);
  outView.setUint32(8, 14);
  outView.setUint16(12, 0);
  for (const [source, target] of palette) {
    out.set(cpal.subarray(records + (firstIndex + source) * 4, records + (firstIndex + source + 1)
      * 4), 14 + target * 4);
  }
  return out;
}

/** The COLR and CPAL of `colr`/`cpal` (whole tables from a COLRv1 font) for `bases` only. */
export function subsetColr(colr: Uint8Array, cpal: Uint8Array, bases: Iterable<number>)
  : ColrSubset {
  const view = new DataView(colr.buffer, colr.byteOffset, colr.byteLength);
  if (view.getUint16(0) !== 1) throw new ColrSubsetError('not a COLR version 1 table');
  if (view.getUint32(30) !== 0 || view.getUint32(26) !== 0) {
    throw new ColrSubsetError('COLR variation data is not supported');
  }
  const paints = baseGlyphPaints(view, view.getUint32(14));
  const copier = new PaintCopier(colr, view.getUint32(18));
  const copied = new Map<number, number>();
  const queue = [...bases];
  let layersDone = 0;
  const layerPaints: number[] = [];
  while (queue.length > 0 || layersDone < copier.layers.length) {
    const base = queue.shift();
    if (base !== undefined) {
      const paint = paints.get(base);
      if (paint === undefined || copied.has(base)) continue;
      copier.glyphs.add(base);
      copied.set(base, copier.copyPaint(paint));
    } else {
      layerPaints.push(copier.copyPaint(copier.layers[layersDone++] ?? 0));
    }
    queue.push(...copier.pendingBases.splice(0));
  }
  const sortedBases = [...copied.keys()].sort((a, b) => a - b);
  const baseListSize = 4 + sortedBases.length * 6;
  const layerListSize = 4 + layerPaints.length * 4;
  const heapStart = HEADER_SIZE + baseListSize + layerListSize;
  const out = new Uint8Array(heapStart + copier.heap.length);
  const outView = new DataView(out.buffer);
  outView.setUint16(0, 1);
  outView.setUint32(14, HEADER_SIZE);
  outView.setUint32(18, layerPaints.length > 0 ? HEADER_SIZE + baseListSize : 0);
  outView.setUint32(HEADER_SIZE, sortedBases.length);
  sortedBases.forEach((base, index) => {
    const at = HEADER_SIZE + 4 + index * 6;
    outView.setUint16(at, base);
    outView.setUint32(at + 2, heapStart + (copied.get(base) ?? 0) - HEADER_SIZE);
  });
  const layerList = HEADER_SIZE + baseListSize;
  outView.setUint32(layerList, layerPaints.length);
  layerPaints.forEach((paint, index) => {
    outView.setUint32(layerList + 4 + index * 4, heapStart + paint - layerList);
  });
  out.set(copier.heap.result(), heapStart);
  return { colr: out, cpal: pruneCpal(cpal, copier.palette), glyphs: copier.glyphs };
}
