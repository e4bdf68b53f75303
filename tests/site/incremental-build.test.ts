/**
 * Issue 15, the warm rebuild with Astro's incremental build: a page Astro copies from the last
 * build instead of rendering must be the page a clean build makes. A small guide (two write-ups
 * as files, one as a folder with its Dockerfile) is built, edited, rebuilt warm, and its `dist/`
 * compared file by file with a clean build (`astro build --force`) of the edited guide; that
 * clean build is the next round's last build. Rounds, each alone, since a change to what every
 * page shows re-renders every page and would hide the rest:
 *
 * 1. one write-up's body and another's Dockerfile (a new finding: its rule's page lists it);
 * 2. one write-up's title (every sidebar and a neighbour's previous/next link show it);
 * 3. one write-up deleted and one added.
 *
 * Each warm build must also have copied pages (else the test proves nothing) and rendered
 * the ones whose data changed.
 */
import {
  cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, prepareFixture, type FixtureBuild } from './build-fixture.ts';

const dockerfile = (from: string) =>
  `FROM ${from}\nWORKDIR /app\nCOPY app.py .\nUSER 1000\nCMD ["python", "app.py"]\n`;

const FILES: Record<string, string> = {
  'content/pages/index.md': '---\ntitle: Course\n---\n\nThe write-ups.\n',
  'content/pages/404.md': '---\ntitle: Lost\ntemplate: splash\npagefind: false\n---\n\n' +
    'No page has this address.\n',
  'content/writeups/alpha.md': '# Alpha app\n\nThe first write-up.\n\n```dockerfile\n' +
    `${dockerfile('python:3.12-slim')}\`\`\`\n`,
  'content/writeups/beta.md': '# Beta app\n\nThe second write-up.\n',
  'content/writeups/gamma/DOCKER.md': '# Gamma app\n\nThe files are in this folder.\n',
  'content/writeups/gamma/Dockerfile': dockerfile('python:3.12-slim'),
  'content/writeups/gamma/app.py': 'print("gamma")\n',
};

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The files that differ between two builds' `dist/`, or that only one has. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((f) => !left.includes(f) || !right.includes(f) ||
    !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** The pages a build copied from its cache, and those it rendered. */
function generated(output: string): { copied: string[]; rendered: string[] } {
  const lines = output.split('\n').filter((l) => l.includes('├─ /') && l.includes('.html'));
  const page = (l: string) => l.replace(/^.*├─ (\S+).*$/, '$1');
  const isCopied = (l: string) => /\((restored|cached)\)/.test(l);
  return { copied: lines.filter(isCopied).map(page), rendered: lines.filter((l) => !isCopied(l))
    .map(page) };
}

describe('a warm rebuild gives the pages of a clean build', () => {
  let dir: string;
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  const edit = (path: string, from: string, to: string) => {
    const text = readFileSync(join(dir, path), 'utf8');
    expect(text).toContain(from);
    write(path, text.replace(from, to));
  };
  const ok = (result: FixtureBuild) => {
    if (result.code !== 0) throw new Error(`the build failed:\n${result.output}`);
    return result;
  };

  /** Rebuilds warm, keeps that `dist/`, builds clean, and returns both builds' findings. */
  function round() {
    const warm = ok(build(dir));
    rmSync(join(dir, 'dist-warm'), { recursive: true, force: true });
    renameSync(join(dir, 'dist'), join(dir, 'dist-warm'));
    ok(build(dir, {}, ['--force']));
    return { ...generated(warm.output), differ: differences(join(dir, 'dist-warm'),
      join(dir, 'dist')) };
  }

  let first: FixtureBuild;
  beforeAll(() => {
    dir = prepareFixture(FILES);
    first = ok(build(dir));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders its own 404 page once, from the 404 route, without a route conflict', () => {
    // The keyed docs route leaves the 404 entry to Starlight's 404 route; before, it returned
    // it too, and every build warned that it "could not render /404" (cache-keys.ts).
    expect(first.output).not.toMatch(/Could not render `\/404`/);
    expect(readFileSync(join(dir, 'dist/404.html'), 'utf8'))
      .toContain('No page has this address.');
    expect(existsSync(join(dir, 'dist/404/index.html'))).toBe(false);
  });

  it("keeps the write-ups' HTML in files, out of Astro's content store", () => {
    // src/shared/html-outside-store.ts: the store is one module every page loads.
    const store = readFileSync(join(dir, 'node_modules/.astro/data-store.json'), 'utf8');
    // The Markdown stays (`body`: the cohort page compares the write-ups' texts), not the HTML.
    expect(store).toContain('The second write-up.');
    // devalue, which writes the store, escapes `<` as `\u003C`.
    const paragraph = (text: string) => new RegExp(`${text}(<|\\\\u003C)/p>`);
    expect(store).not.toMatch(paragraph('The second write-up\\.'));
    expect(store).toContain('shipshape-html');
    const folder = join(dir, 'node_modules/.astro/shipshape-html');
    const kept = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
    expect(kept).toHaveLength(3);
    expect(kept.filter((html) => html.includes('<p>The second write-up.</p>'))).toHaveLength(1);
    expect(readFileSync(join(dir, 'dist/writeups/beta/index.html'), 'utf8'))
      .toContain('<p>The second write-up.</p>');
    // Authored pages stay in the store: Starlight's own 404 route reads its entry from there.
    expect(store).toMatch(paragraph('No page has this address\\.'));
  });

  it('after the HTML files are deleted, renders the write-ups again', () => {
    rmSync(join(dir, 'node_modules/.astro/shipshape-html'), { recursive: true });
    const { differ } = round();
    expect(differ).toEqual([]);
    expect(readFileSync(join(dir, 'dist-warm/writeups/beta/index.html'), 'utf8'))
      .toContain('<p>The second write-up.</p>');
  }, 600_000);

  it('after a body edit and a Dockerfile edit, renders only what shows them', () => {
    edit('content/writeups/alpha.md', 'The first write-up.', 'The first write-up, edited.');
    edit('content/writeups/gamma/Dockerfile', 'python:3.12-slim', 'python:latest');
    const { copied, rendered, differ } = round();
    expect(differ).toEqual([]);
    expect(rendered).toContain('/writeups/alpha/index.html');
    expect(rendered).toContain('/writeups/gamma/index.html');
    // The rule `latest` breaks lists gamma now (and the pin rules that fired on 3.12-slim
    // list it no more); the other rules' pages are copied.
    const rules = rendered.filter((p) => p.startsWith('/rules/') && p !== '/rules/index.html');
    expect(rules).toContain('/rules/dl3007/index.html');
    expect(rules.length).toBeLessThan(5);
    expect(copied).toContain('/writeups/beta/index.html');
    expect(copied).toContain('/index.html');
    expect(copied.filter((p) => p.startsWith('/rules/')).length).toBeGreaterThan(20);
  }, 600_000);

  it('after a title edit, renders every page that shows it', () => {
    edit('content/writeups/beta.md', '# Beta app', '# Beta service');
    const { rendered, differ } = round();
    expect(differ).toEqual([]);
    expect(rendered).toContain('/writeups/alpha/index.html');
    expect(readFileSync(join(dir, 'dist-warm/writeups/alpha/index.html'), 'utf8'))
      .toContain('Beta service');
  }, 600_000);

  it('after a write-up is deleted and another added, lists the guide as it is', () => {
    rmSync(join(dir, 'content/writeups/alpha.md'));
    cpSync(join(dir, 'content/writeups/gamma'), join(dir, 'content/writeups/delta'),
      { recursive: true });
    edit('content/writeups/delta/DOCKER.md', '# Gamma app', '# Delta app');
    const { differ } = round();
    expect(differ).toEqual([]);
    expect(files(join(dir, 'dist-warm')).filter((f) => f.startsWith('writeups/')).sort())
      .toEqual(['writeups/beta/index.html', 'writeups/delta/index.html',
        'writeups/gamma/index.html']);
    // The deleted write-up's HTML file went with it.
    const folder = join(dir, 'node_modules/.astro/shipshape-html');
    const kept = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((html) => html.includes('The first write-up'))).toEqual([]);
  }, 600_000);
});
