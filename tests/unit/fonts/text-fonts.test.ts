/**
 * The text fonts (Inter, JetBrains Mono) cut to the guide's characters: small enough for every
 * page's critical path, holding what they claim, and without the ligatures the guide turns off.
 */
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { readTables } from '../../../src/fonts/sfnt.ts';
import { textFaces, textPoints } from '../../../src/fonts/text-fonts.ts';
import { codePoints, cssEscapes } from '../../../src/fonts/used-characters.ts';

const USED = [...'Déjà vu — “quoted” → ⇒ 🐳'].map((char) => char.codePointAt(0) ?? 0);

describe('text fonts cut to the guide', async () => {
  const faces = await textFaces(USED);

  it('cuts Inter 400/600/700 and JetBrains Mono to about a third of the whole files', () => {
    expect(faces.map((face) => `${face.family} ${face.weight}`)).toEqual(['Inter 400',
      'Inter 600', 'Inter 700', 'JetBrains Mono 400']);
    // Whole: 23.7, 24.5, 24.4 and 21.2 KB (the files of @fontsource's Latin subset).
    for (const face of faces) expect(face.font.length).toBeLessThan(10 * 1024);
  });

  it('claims printable ASCII and the used characters its family draws, nothing else', () => {
    expect(textPoints(USED)).toContain(0x7e);
    const [inter] = faces;
    expect(inter?.points).toEqual(expect.arrayContaining([0x20, 0xe9, 0xe0, 0x2014, 0x201c]));
    // → and ⇒ are not in the Latin files (the symbol faces draw them), nor is the whale.
    for (const point of [0x2192, 0x21d2, 0x1f433]) expect(inter?.points).not.toContain(point);
  });

  it('counts a character written as a numeric reference as used', () => {
    expect([...codePoints('a&#x2014;b&#8230;&#x22;')]).toEqual([0x2014, 0x2026]);
    // Starlight's CSS writes its no-break space as an escape.
    expect([...cssEscapes(".x::after{content:'\\a0'}.y{content:'\\2192 '}")])
      .toEqual([0xa0, 0x2192]);
  });

  it('keeps kerning and tabular figures, drops the ligatures', async () => {
    // One at a time: the WOFF2 decoder's WebAssembly memory is shared.
    const inter = await tablesOf(faces[0]?.font);
    const mono = await tablesOf(faces[3]?.font);
    expect(features(inter, 'GPOS')).toContain('kern');
    expect(features(inter, 'GSUB')).toContain('tnum');
    // JetBrains Mono's `=>` ligature is most of its file; the guide turns it off in code.
    for (const tables of [inter, mono]) {
      expect(features(tables, 'GSUB')).not.toContain('calt');
      expect(features(tables, 'GSUB')).not.toContain('liga');
    }
  });
});

type Bytes = Uint8Array<ArrayBufferLike>;

async function tablesOf(woff2: Bytes = new Uint8Array()): Promise<Map<string, Uint8Array>> {
  return readTables(new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'truetype')));
}

/** The feature tags of a font's GSUB or GPOS FeatureList. */
function features(tables: Map<string, Uint8Array> | undefined, name: 'GSUB' | 'GPOS')
  : string[] {
  const table = tables?.get(name);
  if (!table) return [];
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const list = view.getUint16(6);
  const tags: string[] = [];
  for (let index = 0; index < view.getUint16(list); index++) {
    const at = list + 2 + index * 6;
    tags.push(String.fromCharCode(...table.subarray(at, at + 4)));
  }
  return tags;
}
