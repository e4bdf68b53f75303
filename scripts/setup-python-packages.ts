/**
 * Fetches the Python packages of the in-page runtime (Flask and its dependencies, at the
 * versions `src/examples/python-packages.ts` lists) and packs them into one archive,
 * `.cache/python-packages/site-packages.zip`, that `src/examples/pyodide-runtime.ts` unpacks
 * into Pyodide's site-packages. Nothing fetched here is committed.
 *
 * Sources, in order: Debian's archive, the release `DEBIAN_RELEASE` names (`apt-get download`
 * with apt's state kept in the cache folder, then `dpkg-deb -x`; its builds carry Debian's
 * security fixes), then PyPI (wheels, checked against PyPI's sha256; a short timeout, since some
 * machines cannot reach it). Native extension files are left out:
 * Pyodide cannot load them, and MarkupSafe falls back to its pure-Python code.
 *
 * Idempotent: when the manifest lists the wanted versions and the archive's checksum matches,
 * it only says so. Exit codes: 0 ready, 2 no registry reachable (one line says what failed and
 * what to do; `unavailable.txt` records it for callers), 1 anything else.
 *
 * Usage: npm run setup:python   (node scripts/setup-python-packages.ts [--force])
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import {
  ARCHIVE_FILE, DEBIAN_RELEASE, isSkippedPackageFile, MANIFEST_FILE, manifestMatches, PACKAGES_DIR,
  PYTHON_PACKAGES, UNAVAILABLE_FILE, type PackagesManifest,
} from '../src/examples/python-packages.ts';
import { writeZip, type ZipEntry } from '../src/examples/zip.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, PACKAGES_DIR);
const archivePath = join(dir, ARCHIVE_FILE);
const manifestPath = join(dir, MANIFEST_FILE);
const unavailablePath = join(dir, UNAVAILABLE_FILE);
const PYPI_TIMEOUT_MS = 4000;

class Unreachable extends Error {
  override name = 'Unreachable';
}

interface Fetched {
  files: ZipEntry[];
  skipped: string[];
  from: Map<string, string>;
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function isCached(): boolean {
  if (!existsSync(manifestPath) || !existsSync(archivePath)) return false;
  try {
    const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return manifestMatches(manifest)
      && manifest.archiveSha256 === sha256(readFileSync(archivePath));
  } catch {
    return false;
  }
}

// ---- PyPI ----------------------------------------------------------------------------------

interface PypiFile { filename: string; url: string; digests: { sha256: string } }

async function fetchWithTimeout(url: string): Promise<Response> {
  try {
    return await fetch(url, { signal: AbortSignal.timeout(PYPI_TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new Unreachable(`PyPI (${new URL(url).host}) unreachable: ${why}`);
  }
}

async function fromPypi(): Promise<Fetched> {
  const files: ZipEntry[] = [];
  const skipped: string[] = [];
  const from = new Map<string, string>();
  for (const pkg of PYTHON_PACKAGES) {
    const url = `https://pypi.org/pypi/${pkg.name}/${pkg.version}/json`;
    const response = await fetchWithTimeout(url);
    if (!response.ok) {
      throw new Error(`PyPI has no ${pkg.name} ${pkg.version} (HTTP ${response.status})`);
    }
    const info = await response.json() as { urls: PypiFile[] };
    const wheels = info.urls.filter((file) => file.filename.endsWith('.whl'));
    // A pure wheel if there is one; else any platform's wheel, whose native files are dropped.
    const wheel = wheels.find((file) => file.filename.endsWith('-py3-none-any.whl')) ?? wheels[0];
    if (wheel === undefined) throw new Error(`PyPI has no wheel for ${pkg.name} ${pkg.version}`);
    const download = await fetchWithTimeout(wheel.url);
    const data = new Uint8Array(await download.arrayBuffer());
    if (sha256(data) !== wheel.digests.sha256) {
      throw new Error(`${wheel.filename}: sha256 differs from PyPI's; try again`);
    }
    for (const entry of readZip(data)) {
      if (isSkippedPackageFile(entry.path)) skipped.push(entry.path);
      else files.push(entry);
    }
    from.set(pkg.name, wheel.filename);
  }
  return { files, skipped, from };
}

/** The files of a zip (a wheel): central directory, then each local header's data. */
function readZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = data.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const path = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + skip;
    if (path.endsWith('/')) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const body = data.subarray(start, start + compressed);
    entries.push({ path, data: method === 0 ? body : new Uint8Array(inflateRawSync(body)) });
  }
  return entries;
}

// ---- Debian --------------------------------------------------------------------------------

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Debian's archive key ring, as the `debian-archive-keyring` package installs it (Debian 12's
 * already holds the keys of Debian 13's archive). */
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** The suites of `DEBIAN_RELEASE`: the release, its point-release updates, its security fixes. */
function sourcesList(): string {
  const { codename } = DEBIAN_RELEASE;
  return [['debian', codename], ['debian', `${codename}-updates`],
    ['debian-security', `${codename}-security`]]
    .map(([archive, suite]) => `deb [signed-by=${KEYRING}] http://deb.debian.org/${archive} `
      + `${suite} main\n`).join('');
}

/**
 * `apt-get download` from `DEBIAN_RELEASE`, whatever release the machine runs: apt with its
 * own sources list, package lists and cache under `PACKAGES_DIR/apt` (the system's apt state is
 * never read or written, so no root is needed). apt checks the archive's signature with
 * `KEYRING` as it does for the system's lists.
 */
function aptDownload(debs: string): void {
  const names = PYTHON_PACKAGES.map((pkg) => pkg.debian);
  if (!existsSync(KEYRING)) {
    throw new Unreachable(`Debian's archive: no ${KEYRING} (install debian-archive-keyring)`);
  }
  const apt = join(dir, 'apt');
  for (const sub of ['lists/partial', 'cache/archives/partial']) {
    mkdirSync(join(apt, sub), { recursive: true });
  }
  writeFileSync(join(apt, 'sources.list'), sourcesList());
  const options = [
    `Dir::Etc::SourceList=${join(apt, 'sources.list')}`, 'Dir::Etc::SourceParts=/nonexistent',
    `Dir::State::Lists=${join(apt, 'lists')}`, `Dir::Cache=${join(apt, 'cache')}`,
    `Dir::State::Status=${join(apt, 'status')}`, 'Debug::NoLocking=1',
    // Run as whoever runs this: apt's own `_apt` user may not write into this folder.
    'APT::Sandbox::User=',
  ].flatMap((option) => ['-o', option]);
  writeFileSync(join(apt, 'status'), '');
  try {
    run('apt-get', [...options, 'update', '-qq'], debs);
    run('apt-get', [...options, 'download', ...names], debs);
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? error);
    throw new Unreachable(`Debian's archive (apt-get update/download for `
      + `${DEBIAN_RELEASE.codename}): ${lastLine(text)}`);
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? text;
}

function fromDebian(): Fetched {
  const debs = join(dir, 'debs');
  const extracted = join(dir, 'extracted');
  const have = existsSync(debs) ? readdirSync(debs).filter((name) => name.endsWith('.deb')) : [];
  // A .deb of another version (an earlier release's) counts as missing.
  const missing = PYTHON_PACKAGES.filter((pkg) => !have.some((name) =>
    name.startsWith(`${pkg.debian}_`) && name.includes(pkg.version)));
  if (missing.length > 0) {
    rmSync(debs, { recursive: true, force: true });
    mkdirSync(debs, { recursive: true });
    aptDownload(debs);
  }
  rmSync(extracted, { recursive: true, force: true });
  mkdirSync(extracted, { recursive: true });
  const from = new Map<string, string>();
  for (const deb of readdirSync(debs).filter((name) => name.endsWith('.deb')).sort()) {
    run('dpkg-deb', ['-x', join(debs, deb), extracted], root);
    const pkg = PYTHON_PACKAGES.find((p) => deb.startsWith(`${p.debian}_`));
    if (pkg !== undefined) from.set(pkg.name, deb);
  }
  const site = join(extracted, 'usr/lib/python3/dist-packages');
  const files: ZipEntry[] = [];
  const skipped: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      const path = relative(site, full).split(sep).join('/');
      // Debian links some bundled files (werkzeug's jquery.js) to other packages: skip those.
      if (lstatSync(full).isSymbolicLink() && !existsSync(full)) {
        skipped.push(path);
        continue;
      }
      if (statSync(full).isDirectory()) walk(full);
      else if (isSkippedPackageFile(path)) skipped.push(path);
      else files.push({ path, data: new Uint8Array(readFileSync(full)) });
    }
  };
  walk(site);
  return { files, skipped, from };
}

/** The metadata folder of each package must name the wanted version. */
function checkVersions(files: readonly ZipEntry[]): void {
  const folders = new Set(files.map((file) => file.path.split('/')[0]?.toLowerCase()));
  for (const pkg of PYTHON_PACKAGES) {
    const stem = `${pkg.name}-${pkg.version}`.toLowerCase();
    if (![`${stem}.egg-info`, `${stem}.dist-info`].some((name) => folders.has(name))) {
      throw new Error(`the fetched files do not hold ${pkg.name} ${pkg.version} (no ${stem}`
        + '.egg-info or .dist-info); update PYTHON_PACKAGES and requirements.txt together');
    }
  }
}

// ---- main ----------------------------------------------------------------------------------

async function main(): Promise<number> {
  const force = process.argv.includes('--force');
  if (!force && isCached()) {
    console.log(`setup:python: cached (${relative(root, archivePath)})`);
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  // Debian first: its builds carry backported security fixes (python-advisories.yaml,
  // `debianBuilds`) that PyPI's releases of the same numbers lack, and the page says so.
  let source: PackagesManifest['source'] = 'debian';
  let fetched: Fetched;
  try {
    fetched = fromDebian();
  } catch (debianError) {
    if (!(debianError instanceof Unreachable)) throw debianError;
    source = 'pypi';
    try {
      fetched = await fromPypi();
    } catch (pypiError) {
      if (!(pypiError instanceof Unreachable)) throw pypiError;
      const line = `setup:python: no registry reachable: ${pypiError.message}; `
        + `${debianError.message}. The in-page Python runtime is unavailable until PyPI or `
        + 'deb.debian.org can be reached; then run `npm run setup:python` again.';
      writeFileSync(unavailablePath, `${line}\n`);
      console.error(line);
      return 2;
    }
  }
  checkVersions(fetched.files);
  const archive = writeZip(fetched.files);
  writeFileSync(archivePath, archive);
  const manifest: PackagesManifest = {
    source,
    packages: PYTHON_PACKAGES.map((pkg) => ({ name: pkg.name, version: pkg.version,
      from: fetched.from.get(pkg.name) ?? 'unknown' })),
    archiveBytes: archive.length,
    archiveSha256: sha256(archive),
    skipped: fetched.skipped,
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(unavailablePath, { force: true });
  rmSync(join(dir, 'extracted'), { recursive: true, force: true });
  console.log(`setup:python: ${fetched.files.length} files from ${source} → `
    + `${relative(root, archivePath)} (${archive.length} bytes) in `
    + `${Math.round(performance.now() - started)} ms`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  console.error(`setup:python: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
