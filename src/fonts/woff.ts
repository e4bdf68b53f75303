/**
 * Site stage, fonts: a WOFF (1.0) file opened as an SFNT font, its tables inflated with Node's
 * own zlib. Noto Color Emoji comes as a 7.4 MB WOFF of 25 MB of tables: `fontverter`
 * (`woff2sfnt-sfnt2woff`) inflates them with pako, in JavaScript, 1.0 s of CPU for each cut;
 * `node:zlib` takes a tenth of that. The tables are the same bytes; the font is laid out by
 * sfnt.ts (directory sorted by tag).
 */
import { inflateSync } from 'node:zlib';
import { writeFont, type Tables } from './sfnt.ts';

/** A file that is not a WOFF 1.0 font, or one whose table directory does not add up. */
export class WoffError extends Error {
  override name = 'WoffError';
}

const HEADER = 44;
const ENTRY = 20;

/** The tables of a WOFF file, each inflated to its original length. */
export function woffTables(woff: Uint8Array): { flavor: number; tables: Tables } {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.length < HEADER || view.getUint32(0) !== 0x774f4646) {
    throw new WoffError('not a WOFF 1.0 font: expected the signature `wOFF`');
  }
  const tables: Tables = new Map();
  for (let index = 0; index < view.getUint16(12); index++) {
    const entry = HEADER + index * ENTRY;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const data = woff.subarray(offset, offset + compressed);
    // The format stores a table as is when compressing would not make it smaller.
    const table = compressed < length ? new Uint8Array(inflateSync(data)) : data;
    if (table.length !== length) {
      throw new WoffError(`WOFF table \`${tag}\`: ${table.length} bytes, expected ${length}`);
    }
    tables.set(tag, table);
  }
  return { flavor: view.getUint32(4), tables };
}

/** A WOFF file as an uncompressed SFNT font (TrueType or CFF, as its flavour says). */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const { flavor, tables } = woffTables(woff);
  return writeFont(tables, flavor);
}
