/**
 * Site stage, fonts: HarfBuzz's subsetter (the WebAssembly build in `harfbuzzjs`, the one
 * `subset-font` drives) called with glyph ids kept in place (`--retain-gids`) and an explicit
 * glyph set. `subset-font` takes only text; the colour emoji need both (their layer outlines
 * have no code point, and the COLR table rebuilt in colr-subset.ts names the original ids).
 * Input and output are uncompressed SFNT.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The exports of harfbuzz-subset.wasm this module calls. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number)
    : number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;

let harfbuzz: Promise<HarfBuzz> | undefined;

function loadHarfBuzz(): Promise<HarfBuzz> {
  harfbuzz ??= (async () => {
    const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const exports = instance.exports as unknown as HarfBuzz;
    exports._initialize();
    return exports;
  })();
  return harfbuzz;
}

export interface GlyphSubsetRequest {
  codePoints: Iterable<number>;
  glyphs: Iterable<number>;
}

/** `font` cut to the given code points and glyph ids, every kept glyph at its old id. */
export async function subsetRetainingGlyphIds(font: Uint8Array, request: GlyphSubsetRequest)
  : Promise<Uint8Array> {
  const hb = await loadHarfBuzz();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    // Every layout feature, as `subset-font` does by default.
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    hb.hb_subset_input_set_flags(input,
      hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_RETAIN_GIDS);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const point of request.codePoints) hb.hb_set_add(unicodes, point);
    const glyphs = hb.hb_subset_input_glyph_set(input);
    for (const glyph of request.glyphs) hb.hb_set_add(glyphs, glyph);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('harfbuzz: hb_subset_or_fail failed (a corrupt font?)');
    const result = hb.hb_face_reference_blob(subset);
    const start = hb.hb_blob_get_data(result, 0);
    const length = hb.hb_blob_get_length(result);
    const out = new Uint8Array(hb.memory.buffer).slice(start, start + length);
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (out.length === 0) throw new Error('harfbuzz: the subset font is empty');
    return out;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
