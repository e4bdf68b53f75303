/**
 * Examples: a byte-for-byte reproducible `.zip` of an example's folder. The same files give the
 * same bytes on every machine and every day, so a download's checksum is stable and the build's
 * output does not change when nothing did: entries sorted by path, one fixed timestamp (the DOS
 * epoch, 1980-01-01 00:00), fixed Unix permissions (0644 files, 0755 directories), no extra
 * fields, no comment, and deflate at a fixed level. Deflate's output depends on the zlib that
 * runs it: the project's pinned Node (and its bundled zlib) is what keeps the bytes the same
 * from machine to machine. Small files that deflate does not shrink are stored. Directory entries
 * are written for every parent folder, which some unzip tools need to restore empty folders and
 * modes. Node only (node:zlib).
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.ts';

export interface ZipEntry {
  /** `/`-separated path inside the archive (no leading `/`, no `..`). */
  path: string;
  data: Uint8Array;
}

/** 1980-01-01 00:00:00 in MS-DOS time and date format. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** "Made by" Unix (3), spec version 2.0; version needed 2.0 (deflate, directories). */
const MADE_BY = (3 << 8) | 20;
const NEEDED = 20;
/** Bit 11: names are UTF-8. */
const FLAGS = 0x0800;
const FILE_MODE = 0o100644;
const DIR_MODE = 0o040755;
const LEVEL = 9;

/** The archive. Throws on an unsafe or duplicate path (a bug in the caller, not content). */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const all = withDirectories(entries);
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of all) {
    const name = encoder.encode(entry.path);
    const isDir = entry.path.endsWith('/');
    const crc = isDir ? 0 : crc32(entry.data);
    const deflated = isDir
      ? entry.data
      : new Uint8Array(deflateRawSync(entry.data, { level: LEVEL }));
    const store = isDir || deflated.length >= entry.data.length;
    const body = store ? entry.data : deflated;
    const method = store ? 0 : 8;
    const local = header(30 + name.length, (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, NEEDED, true);
      view.setUint16(6, FLAGS, true);
      view.setUint16(8, method, true);
      view.setUint16(10, DOS_TIME, true);
      view.setUint16(12, DOS_DATE, true);
      view.setUint32(14, crc, true);
      view.setUint32(18, body.length, true);
      view.setUint32(22, entry.data.length, true);
      view.setUint16(26, name.length, true);
      view.setUint16(28, 0, true);
    });
    local.set(name, 30);
    const central = header(46 + name.length, (view) => {
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, MADE_BY, true);
      view.setUint16(6, NEEDED, true);
      view.setUint16(8, FLAGS, true);
      view.setUint16(10, method, true);
      view.setUint16(12, DOS_TIME, true);
      view.setUint16(14, DOS_DATE, true);
      view.setUint32(16, crc, true);
      view.setUint32(20, body.length, true);
      view.setUint32(24, entry.data.length, true);
      view.setUint16(28, name.length, true);
      // Extra field, comment, disk number, internal attributes: all zero.
      view.setUint32(38, ((isDir ? DIR_MODE : FILE_MODE) << 16) | (isDir ? 0x10 : 0), true);
      view.setUint32(42, offset, true);
    });
    central.set(name, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  if (offset + centralSize > 0xffffffff || all.length > 0xffff) {
    throw new Error('writeZip: the archive needs ZIP64, which this writer does not produce');
  }
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, all.length, true);
    view.setUint16(10, all.length, true);
    view.setUint32(12, centralSize, true);
    view.setUint32(16, offset, true);
  });
  return concat([...locals, ...centrals, end]);
}

function header(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

/** Files sorted by path, with an entry (`dir/`) for each folder before its contents. */
function withDirectories(entries: readonly ZipEntry[]): ZipEntry[] {
  const byPath = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const path = entry.path;
    if (path === '' || path.startsWith('/') || path.endsWith('/') || path.includes('\\')
      || path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
      throw new Error(`writeZip: unsafe entry path \`${path}\``);
    }
    if (byPath.has(path)) throw new Error(`writeZip: duplicate entry \`${path}\``);
    byPath.set(path, entry);
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i += 1) {
      const dir = `${segments.slice(0, i).join('/')}/`;
      if (!byPath.has(dir)) byPath.set(dir, { path: dir, data: new Uint8Array(0) });
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
