/**
 * The emoji subset keeps colour: Noto Color Emoji cut to a few emoji still has COLR and CPAL,
 * names each kept emoji in its cmap and in a COLR base glyph record, draws only outlines the
 * subset holds, and is a small fraction of the source.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { ColrSubsetError, subsetColr } from '../../../src/fonts/colr-subset.ts';
import { readTables } from '../../../src/fonts/sfnt.ts';
import { glyphIds, subsetColorEmoji } from '../../../src/fonts/subset-emoji.ts';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve(
  '@fontsource/noto-color-emoji/files/noto-color-emoji-7-400-normal.woff'));
const WHALE = 0x1f433;
const SNAKE = 0x1f40d;

async function tablesOf(woff2: Uint8Array): Promise<Map<string, Uint8Array>> {
  return readTables(new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'truetype')));
}

function baseGlyphs(colr: Uint8Array): number[] {
  const view = new DataView(colr.buffer, colr.byteOffset, colr.byteLength);
  const list = view.getUint32(14);
  return Array.from({ length: view.getUint32(list) }, (_, i) => view.getUint16(list + 4 + i * 6));
}

describe('subsetColorEmoji', () => {
  it('keeps COLR and CPAL for the chosen emoji, at a fraction of the size', async () => {
    const subset = await subsetColorEmoji(SOURCE, [WHALE, SNAKE, 0x41]);
    expect(subset.points.sort()).toEqual([SNAKE, WHALE]);
    const tables = await tablesOf(subset.font);
    const colr = tables.get('COLR');
    const cpal = tables.get('CPAL');
    expect(colr).toBeDefined();
    expect(cpal).toBeDefined();
    const ids = glyphIds(tables.get('cmap') ?? new Uint8Array(), [WHALE, SNAKE]);
    expect([...ids.keys()].sort()).toEqual([SNAKE, WHALE]);
    expect(baseGlyphs(colr ?? new Uint8Array()).sort()).toEqual([...ids.values()].sort());
    expect(subset.font.length).toBeLessThan(8 * 1024);
    expect(subset.font.length * 50).toBeLessThan(SOURCE.length);
  });

  it('renumbers the palette to the colours the emoji use', async () => {
    const subset = await subsetColorEmoji(SOURCE, [WHALE]);
    const cpal = (await tablesOf(subset.font)).get('CPAL') ?? new Uint8Array();
    const entries = new DataView(cpal.buffer, cpal.byteOffset).getUint16(2);
    expect(entries).toBeGreaterThan(1);
    expect(entries).toBeLessThan(40);
  });

  it('refuses a COLR table that is not version 1', () => {
    const v0 = new Uint8Array(34);
    expect(() => subsetColr(v0, new Uint8Array(14), [1])).toThrow(ColrSubsetError);
  });
});
