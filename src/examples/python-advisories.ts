/**
 * Examples, analyse stage: the published advisories of the Python packages the examples pin
 * (`content/data/python-advisories.yaml`, each with the changelog that names its fix) and the
 * check that no `==` pin falls in an affected range, so that no example — least of all a
 * "hardened" one — pins a release with a known advisory. Also the fixes Debian backported into
 * the builds "Run it here" loads, which the page names. Reading is Node only; the checks are pure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYaml, YamlProblem } from '../shared/read-yaml.ts';
import {
  MANIFEST_FILE, manifestMatches, PACKAGES_DIR, type PackagesManifest,
} from './python-packages.ts';

export const ADVISORIES_FILE = 'content/data/python-advisories.yaml';

const version = z.string().regex(/^\d+(?:\.\d+)*$/, { message: 'a release number like `2.2.5`' });
const https = z.string().regex(/^https:\/\/\S+$/, { message: 'an https:// URL' });

const advisorySchema = z.strictObject({
  /** The distribution's name on PyPI. */
  package: z.string().min(1),
  /** The GitHub advisory id the changelog names (`GHSA-…`), or `unknown`. */
  id: z.string().regex(/^(?:GHSA(?:-[0-9a-z]{4}){3}|unknown)$/),
  /** CVE numbers, or `unknown`. */
  cve: z.string().regex(/^(?:CVE-\d{4}-\d+(?:, CVE-\d{4}-\d+)*|unknown)$/),
  summary: z.string().min(1),
  /** Affected releases: `from` (inclusive, `0` for all earlier) up to `below` (exclusive). */
  affected: z.array(z.strictObject({ from: version, below: version })).min(1),
  /** The changelog that names the fix. */
  source: https,
  note: z.string().optional(),
  /** Why the in-page runtime (Pyodide) cannot reach the flaw; the page prints it beside an
   * advisory its builds still carry. */
  notReached: z.string().min(1).optional(),
});

const debianBuildSchema = z.strictObject({
  package: z.string().min(1),
  /** Debian's binary package and version (`python3-flask 2.2.2-3`). */
  build: z.string().regex(/^\S+ \S+$/),
  /** CVE numbers the build's changelog lists as fixed. */
  fixes: z.array(z.string().regex(/^CVE-\d{4}-\d+$/)).min(1),
  source: https,
});

export const advisoriesSchema = z.strictObject({
  advisories: z.array(advisorySchema).min(1),
  debianBuilds: z.array(debianBuildSchema),
});

export type Advisories = z.output<typeof advisoriesSchema>;
export type Advisory = Advisories['advisories'][number];

export class AdvisoriesError extends Error {
  override name = 'AdvisoriesError';
}

/**
 * The advisories file (`path` from `root`, the plugin's `advisories` option); a bad file throws
 * with `file:line` or the field.
 */
export function readAdvisories(root: string, path = ADVISORIES_FILE): Advisories {
  const file = join(root, path);
  let data: unknown;
  try {
    data = readYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YamlProblem) throw new AdvisoriesError(`${file}:${error.message}`);
    throw error;
  }
  const parsed = advisoriesSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AdvisoriesError(`${file}: field \`${issue?.path.join('.') ?? ''}\`: `
      + `${issue?.message ?? 'invalid'}; the fields are described at the top of the file`);
  }
  return parsed.data;
}

/** Compares release numbers part by part (`2.2.10` > `2.2.9`); missing parts are 0. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** The advisories that affect `name==version` (name compared case-insensitively). */
export function advisoriesFor(name: string, pinned: string, list: readonly Advisory[]):
  Advisory[] {
  return list.filter((advisory) => advisory.package.toLowerCase() === name.toLowerCase()
    && advisory.affected.some((range) => compareVersions(pinned, range.from) >= 0
      && compareVersions(pinned, range.below) < 0));
}

/** Each pin (name → version) with a known advisory: `Flask==2.2.2: GHSA-m2qf-… (CVE-…)`. */
export function advisedPins(pins: ReadonlyMap<string, string>, list: readonly Advisory[]):
  string[] {
  return [...pins].flatMap(([name, pinned]) => advisoriesFor(name, pinned, list).map(
    (advisory) => `${name}==${pinned}: ${advisory.id === 'unknown' ? advisory.cve
      : advisory.id}${advisory.id !== 'unknown' && advisory.cve !== 'unknown'
      ? ` (${advisory.cve})` : ''}`));
}

export interface RuntimeAdvisories {
  /** Debian's builds the runtime loads, with the fixes their changelogs list. */
  builds: Advisories['debianBuilds'];
  /** Advisories of the runtime's upstream releases that no Debian fix listed covers. */
  open: Advisory[];
}

/**
 * Where the runtime's packages came from, as `npm run setup:python` recorded it: Debian's builds
 * (with the fixes of `debianBuilds`) or, when apt could not reach Debian, PyPI's releases of the
 * same numbers (without them). Undefined without a manifest (the runtime is unavailable then).
 */
export function packagesSource(root: string): PackagesManifest['source'] | undefined {
  const file = join(root, PACKAGES_DIR, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return manifestMatches(manifest) ? manifest.source : undefined;
  } catch {
    return undefined;
  }
}

/** What the in-page runtime's packages (upstream name and version) carry and lack; PyPI's
 * releases (`source` `pypi`) carry none of Debian's backports. */
export function runtimeAdvisories(packages: ReadonlyArray<{ name: string; version: string }>,
  data: Advisories, source: PackagesManifest['source'] = 'debian'): RuntimeAdvisories {
  const builds = source !== 'debian' ? [] : data.debianBuilds.filter((build) =>
    packages.some((p) => p.name === build.package));
  const fixed = new Set(builds.flatMap((build) => build.fixes));
  const open = packages.flatMap((p) => advisoriesFor(p.name, p.version, data.advisories))
    .filter((advisory) => advisory.cve === 'unknown'
      || !advisory.cve.split(', ').every((cve) => fixed.has(cve)));
  return { builds, open };
}

const label = (advisory: Advisory): string =>
  advisory.id === 'unknown' ? advisory.cve : advisory.id;

const count = (n: number): string => (n === 1 ? 'one advisory' : `${n} advisories`);

/** `a`, `a and b`, `a, b and c`. */
const series = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The sentence naming the advisories the runtime's builds still carry (`open`), by package,
 * with why the runtime cannot reach them when the data says so (advisories that share a package
 * and a reason are named together); empty when none.
 */
export function openAdvisoriesSentence(open: readonly Advisory[]): string {
  if (open.length === 0) return '';
  const groups = new Map<string, Advisory[]>();
  for (const advisory of open) {
    const key = `${advisory.package}\n${advisory.notReached ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), advisory]);
  }
  const named = (advisories: Advisory[]): string => {
    const [first] = advisories;
    const ids = series(advisories.map(label));
    return first?.notReached === undefined ? `${first?.package}'s ${ids}`
      : `${first.package}'s ${ids} (${first.notReached})`;
  };
  const all = [...groups.values()];
  const notReached = all.filter((group) => group[0]?.notReached !== undefined);
  const reached = all.filter((group) => group[0]?.notReached === undefined);
  const parts: string[] = [];
  if (notReached.length > 0) {
    parts.push(`These builds still carry ${count(notReached.flat().length)} of the guide's list `
      + `that Run cannot reach: ${series(notReached.map(named))}.`);
  }
  if (reached.length > 0) {
    parts.push(`${notReached.length > 0 ? 'They also carry' : 'These builds still carry'} `
      + `${count(reached.flat().length)} of the guide's list that may apply here: `
      + `${series(reached.map(named))}.`);
  }
  return parts.join(' ');
}
