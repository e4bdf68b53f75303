/**
 * No example pins a Python release with a known advisory (content/data/python-advisories.yaml,
 * each with the changelog that names its fix), and the fixes the data says Debian backported
 * into the runtime's builds are the ones their changelogs list (read from the fetched .debs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  advisedPins, compareVersions, openAdvisoriesSentence, readAdvisories, runtimeAdvisories,
} from '../../../src/examples/python-advisories.ts';
import {
  MANIFEST_FILE, PACKAGES_DIR, PYTHON_PACKAGES, readPins,
} from '../../../src/examples/python-packages.ts';
import { listExamples, readExample } from '../../../src/examples/read-examples.ts';
import { skipUnlessCi } from '../../require-or-skip.ts';

const root = join(import.meta.dirname, '../../..');
const data = readAdvisories(root);

describe('the advisories check', () => {
  it('compares release numbers part by part', () => {
    expect(compareVersions('2.2.10', '2.2.9')).toBe(1);
    expect(compareVersions('2.2', '2.2.0')).toBe(0);
    expect(compareVersions('0', '2.2.5')).toBe(-1);
  });

  it('flags the releases the examples used to pin', () => {
    const old = readPins('Flask==2.2.2\nWerkzeug==2.2.2\nJinja2==3.1.2\n');
    const found = advisedPins(old, data.advisories);
    expect(found).toContain('flask==2.2.2: GHSA-m2qf-hxjv-5gpq (CVE-2023-30861)');
    expect(found).toContain('werkzeug==2.2.2: CVE-2023-25577, CVE-2023-23934');
    expect(found.some((line) => line.startsWith('jinja2==3.1.2: '))).toBe(true);
    // A range's upper end is the fixed release.
    expect(advisedPins(readPins('Flask==2.2.5\n'), data.advisories)
      .filter((line) => line.includes('m2qf'))).toEqual([]);
  });

  it('finds no advisory for any pin of any example', () => {
    const examples = listExamples(root);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const slug of examples) {
      const example = readExample(slug, root);
      const requirements = example.files.find((file) => file.path === 'requirements.txt');
      const pins = readPins(new TextDecoder().decode(requirements?.data));
      expect(pins.get('flask'), slug).toBeDefined();
      expect(advisedPins(pins, data.advisories), slug).toEqual([]);
    }
  });

  it('flags click before 8.3.3 (click.edit(), GHSA-47fr-3ffg-hgmw)', () => {
    expect(advisedPins(readPins('click==8.1.8\n'), data.advisories))
      .toEqual(['click==8.1.8: GHSA-47fr-3ffg-hgmw (CVE-2026-7246)']);
    expect(advisedPins(readPins('click==8.3.3\n'), data.advisories)).toEqual([]);
  });

  it('says which advisories the runtime\'s builds still carry, and why Run cannot reach them',
    () => {
      const { builds, open } = runtimeAdvisories(PYTHON_PACKAGES, data);
      expect(builds.map((build) => build.build))
        .toEqual(['python3-flask 3.1.1-1+deb13u1', 'python3-werkzeug 3.1.3-2']);
      const ids = open.map((advisory) => advisory.id === 'unknown' ? advisory.cve : advisory.id);
      // Flask 3.1.1 predates the fix of GHSA-68rp-wp8r-4726; Debian's build backports it.
      expect(advisedPins(readPins('Flask==3.1.1\n'), data.advisories).join())
        .toContain('GHSA-68rp-wp8r-4726');
      expect(ids).not.toContain('GHSA-68rp-wp8r-4726');
      expect(ids).toEqual(['GHSA-hgf8-39gv-g3f2', 'GHSA-87hc-h4r5-73f7', 'GHSA-29vq-49wr-vm6x',
        'GHSA-47fr-3ffg-hgmw']);
      const sentence = openAdvisoriesSentence(open);
      expect(sentence).toMatch(/^These builds still carry 4 advisories of the guide's list that /);
      expect(sentence).toContain('Werkzeug\'s GHSA-hgf8-39gv-g3f2, GHSA-87hc-h4r5-73f7 and '
        + 'GHSA-29vq-49wr-vm6x (device names (CON, AUX, …) are special only on Windows; ');
      expect(sentence).toContain('ordinary file names) and click\'s GHSA-47fr-3ffg-hgmw (only '
        + 'click.edit() starts');
      expect(sentence).toMatch(/processes\)\.$/);
      expect(sentence).not.toContain('may apply here');
    });

  it('counts no Debian fix when the packages came from PyPI', () => {
    const { builds, open } = runtimeAdvisories(PYTHON_PACKAGES, data, 'pypi');
    expect(builds).toEqual([]);
    const flask = open.find((advisory) => advisory.id === 'GHSA-68rp-wp8r-4726');
    expect(flask?.notReached).toBeUndefined();
    expect(openAdvisoriesSentence(open))
      .toContain('They also carry one advisory of the guide\'s list that may apply here: '
        + 'Flask\'s GHSA-68rp-wp8r-4726.');
  });

  it('names an open advisory without a reason as one that may apply', () => {
    const [first] = data.advisories;
    if (first === undefined) throw new Error('no advisories');
    const { notReached: _, ...bare } = first;
    expect(openAdvisoriesSentence([bare]))
      .toBe(`These builds still carry one advisory of the guide's list that may apply here: `
        + `${first.package}'s ${first.id}.`);
    expect(openAdvisoriesSentence([])).toBe('');
  });
});

const debs = join(root, PACKAGES_DIR, 'debs');

/**
 * Whether to skip reading Debian's changelogs. `npm run setup:python` keeps the .debs whenever
 * it took Debian's builds; a runtime made from PyPI's wheels (Debian unreachable) has none, and
 * then the check does not apply. Anything else missing fails under CI (it skipped unseen).
 */
function skipChangelogs(): boolean {
  const manifest = join(root, PACKAGES_DIR, MANIFEST_FILE);
  const source = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { source?: unknown }).source : undefined;
  if (source === 'pypi') {
    console.warn('Skipping: the runtime\'s packages came from PyPI; no Debian changelogs to read');
    return true;
  }
  const haveDebs = existsSync(debs) && readdirSync(debs).some((name) => name.endsWith('.deb'));
  return skipUnlessCi(haveDebs ? undefined
    : `no .deb files in ${debs}: run \`npm run setup:python\` (it fetches Debian's builds)`);
}

describe.skipIf(skipChangelogs())('Debian\'s changelogs', () => {
  it('list every fix the data says the builds carry', () => {
    for (const build of data.debianBuilds) {
      const [name, version] = build.build.split(' ');
      const file = readdirSync(debs).find((deb) =>
        deb.startsWith(`${name}_${(version ?? '').replace(/^\d+:/, '')}_`));
      expect(file, `${build.build} in ${debs}`).toBeDefined();
      const contents = execFileSync('dpkg-deb', ['--fsys-tarfile', join(debs, file ?? '')]);
      const changelog = execFileSync('tar', ['-xO', '--wildcards', '*/changelog.Debian.gz'],
        { input: contents, maxBuffer: 1 << 26 });
      const text = execFileSync('gzip', ['-dc'], { input: changelog }).toString('utf8');
      for (const cve of build.fixes) expect(text, `${build.build}`).toContain(cve);
    }
  });
});
