/**
 * The emoji font is opened once a build, with Node's zlib (src/fonts/woff.ts): a WOFF opened
 * there has the tables `fontverter` gives and cuts to the same bytes, and the fonts step, cutting
 * two emoji files (the common emoji and the others), inflates the 7 MB source once and never
 * through `fontverter` (each cut did, in JavaScript: 1 s of CPU each, docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ woffConversions: 0, opened: 0 }));

vi.mock('fontverter', async (importOriginal) => {
  const real = (await importOriginal<typeof import('fontverter')>()).default;
  const convert: typeof real.convert = async (buffer, format) => {
    if (buffer.toString('ascii', 0, 4) === 'wOFF') calls.woffConversions += 1;
    return real.convert(buffer, format);
  };
  return { default: { ...real, convert } };
});

vi.mock('../../../src/fonts/woff.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/fonts/woff.ts')>();
  return { ...real, woffToSfnt: (woff: Uint8Array) => {
    calls.opened += 1;
    return real.woffToSfnt(woff);
  } };
});

const fontverter = (await import('fontverter')).default;
const { readTables } = await import('../../../src/fonts/sfnt.ts');
const { subsetColorEmoji } = await import('../../../src/fonts/subset-emoji.ts');
const { subsetFaces } = await import('../../../src/fonts/subset-fonts-integration.ts');
const { WoffError, woffToSfnt } = await import('../../../src/fonts/woff.ts');

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve(
  '@fontsource/noto-color-emoji/files/noto-color-emoji-7-400-normal.woff'));
const WHALE = 0x1f433;
const SNAKE = 0x1f40d;

function hex(tables: Map<string, Uint8Array>): Map<string, string> {
  return new Map([...tables].map(([tag, data]) => [tag, Buffer.from(data).toString('hex')]));
}

describe('woffToSfnt', () => {
  it('gives the tables fontverter gives, and the same cut emoji', async () => {
    const ours = woffToSfnt(SOURCE);
    const theirs = new Uint8Array(await fontverter.convert(SOURCE, 'truetype'));
    expect(readTables(ours).size).toBeGreaterThan(5);
    expect(hex(readTables(ours))).toEqual(hex(readTables(theirs)));
    const cut = await subsetColorEmoji(ours, [WHALE, SNAKE]);
    expect(Buffer.from(cut.font).equals(Buffer.from(
      (await subsetColorEmoji(SOURCE, [WHALE, SNAKE])).font))).toBe(true);
  });

  it('refuses a file that is not a WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(WoffError);
  });
});

describe('the fonts step opens the emoji font once', () => {
  it('inflates the source once for two emoji files, not once per file', async () => {
    calls.woffConversions = 0;
    calls.opened = 0;
    const faces = await subsetFaces(new Set([0x41, WHALE, SNAKE]), (point) => point === WHALE);
    expect(faces.filter((face) => face.family === 'Noto Color Emoji').map((face) => face.name))
      .toEqual(['emoji-common', 'emoji']);
    expect(calls.opened).toBe(1);
    expect(calls.woffConversions).toBe(0);
  });
});
