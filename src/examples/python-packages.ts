/**
 * Examples: the Python packages the in-page runtime needs (Flask and its dependencies, pure
 * Python), Debian 13's builds, which carry Debian's backported security fixes
 * (`content/data/python-advisories.yaml`); `_app/requirements.txt` pins releases with no
 * known advisory, and Run says which pins it does not honour and which advisories its own
 * builds still carry.
 * `scripts/setup-python-packages.ts` fetches them into `PACKAGES_DIR` (never committed) and
 * packs them into one archive that `pyodide-runtime.ts` unpacks into site-packages.
 * Browser-safe (constants and pure helpers only).
 */

export interface PythonPackage {
  /** The distribution's name on PyPI and in `requirements.txt`. */
  name: string;
  version: string;
  /** `DEBIAN_RELEASE`'s binary package with the same code. */
  debian: string;
}

/** The Debian release whose builds the runtime loads: its suites are fetched by
 * `scripts/setup-python-packages.ts` and the page names it. Debian 12 (bookworm) had Flask and
 * Werkzeug 2.2.2; 13 has 3.1.x, the releases the examples pin (or the fixes backported). */
export const DEBIAN_RELEASE = { name: 'Debian 13', codename: 'trixie' } as const;

export const PYTHON_PACKAGES: readonly PythonPackage[] = [
  { name: 'Flask', version: '3.1.1', debian: 'python3-flask' },
  { name: 'Werkzeug', version: '3.1.3', debian: 'python3-werkzeug' },
  { name: 'Jinja2', version: '3.1.6', debian: 'python3-jinja2' },
  { name: 'MarkupSafe', version: '2.1.5', debian: 'python3-markupsafe' },
  { name: 'itsdangerous', version: '2.2.0', debian: 'python3-itsdangerous' },
  { name: 'click', version: '8.1.8', debian: 'python3-click' },
  { name: 'blinker', version: '1.9.0', debian: 'python3-blinker' },
];

/** The cache folder, relative to the project root (in .gitignore). */
export const PACKAGES_DIR = '.cache/python-packages';
/** The archive (a zip of site-packages' contents), inside `PACKAGES_DIR`. */
export const ARCHIVE_FILE = 'site-packages.zip';
/** What was fetched, from where, and the archive's checksum, inside `PACKAGES_DIR`. */
export const MANIFEST_FILE = 'manifest.json';
/** Written instead of the archive when no registry could be reached. */
export const UNAVAILABLE_FILE = 'unavailable.txt';

export interface PackagesManifest {
  /** Where the files came from: `pypi` (wheels) or `debian` (`DEBIAN_RELEASE`'s .debs). */
  source: 'pypi' | 'debian';
  packages: Array<{ name: string; version: string; from: string }>;
  archiveBytes: number;
  archiveSha256: string;
  /** Files of native extensions left out: Pyodide cannot load them (MarkupSafe's pure-Python
   * fallback is used instead). */
  skipped: string[];
}

/** Whether a manifest describes exactly the wanted packages. */
export function manifestMatches(manifest: unknown): manifest is PackagesManifest {
  if (typeof manifest !== 'object' || manifest === null) return false;
  const packages = (manifest as { packages?: unknown }).packages;
  if (!Array.isArray(packages) || packages.length !== PYTHON_PACKAGES.length) return false;
  return PYTHON_PACKAGES.every((wanted) => packages.some((got: unknown) =>
    typeof got === 'object' && got !== null
    && (got as { name?: unknown }).name === wanted.name
    && (got as { version?: unknown }).version === wanted.version));
}

/** Files an archive leaves out: native extensions Pyodide cannot load, and bytecode caches. */
export function isSkippedPackageFile(path: string): boolean {
  return /\.(?:so|pyd|dylib)$|(?:^|\/)__pycache__\/|\.py[co]$/.test(path);
}

/** `Flask==3.1.3` lines of a requirements file: name → version (names lower-cased). */
export function readPins(requirements: string): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of requirements.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s#;]+)/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      pins.set(match[1].toLowerCase(), match[2]);
    }
  }
  return pins;
}
