/**
 * shipshape as a Starlight plugin: a minimal Starlight site (tests/fixtures/plugin-site/) whose
 * only shipshape line in its Astro config is `plugins: [shipshape(…)]` builds, in a temporary
 * copy, into pages with the engine's findings, an inferred walkthrough, the rule pages those
 * findings link to, the practices matrix and the authors' report. A site on Astro's default
 * Markdown processor is told how to switch.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync }
  from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-fixture.ts';
import { shipshapeRoutes } from '../../src/plugin/routes.ts';
import { parseOptions } from '../../src/plugin/options.ts';
import { NO_SITE_MESSAGE } from '../../src/plugin/no-sitemap.ts';

const root = join(import.meta.dirname, '../..');
const FIXTURE = join(root, 'tests/fixtures/plugin-site');

/**
 * A copy of the fixture inside the project (in `.cache/`, ignored by git), so that
 * `import shipshape from 'shipshape'` resolves to this package by its own name and the copy
 * finds the project's `node_modules`, as an installed plugin would.
 */
function copyFixture(): string {
  mkdirSync(join(root, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache', 'plugin-site-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function astroBuild(dir: string): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'),
    'build'], { cwd: dir, encoding: 'utf8', timeout: 240_000, env: buildEnv() });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a Starlight site with the shipshape plugin', () => {
  let dir = '';
  let build: { code: number | null; output: string };
  const page = (url: string) =>
    fromHtml(readFileSync(join(dir, 'dist', url, 'index.html'), 'utf8'));

  beforeAll(() => {
    dir = copyFixture();
    build = astroBuild(dir);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds, with the plugin as its only shipshape line', () => {
    const config = readFileSync(join(FIXTURE, 'astro.config.mjs'), 'utf8');
    expect(config.split('\n').filter((line) => /shipshape/.test(line) && !/^\s*\/\//.test(line)))
      .toEqual([
        "import shipshape from 'shipshape';",
        "      plugins: [shipshape({ writeups: 'submissions', features: { examples: false,",
      ]);
    expect(build.code, build.output).toBe(0);
    // Starlight reads an i18n collection; without one Astro warned on every build.
    expect(build.output).not.toMatch(/collection "i18n" does not exist/);
  });

  it('builds its own 404 page, and no sitemap without a site, saying so once', () => {
    expect(build.code, build.output).toBe(0);
    expect(toString(select('main', fromHtml(readFileSync(join(dir, 'dist/404.html'), 'utf8')))!))
      .toContain("The plugin fixture's own page for an address it does not have.");
    expect(existsSync(join(dir, 'dist/404/index.html'))).toBe(false);
    // No address, no sitemap: one line of information, not @astrojs/sitemap's warning.
    expect(build.output).not.toMatch(/Sitemap integration requires/);
    expect(build.output).toContain(NO_SITE_MESSAGE);
    expect(existsSync(join(dir, 'dist/sitemap-index.xml'))).toBe(false);
  });

  it("shows the engine's findings under the Dockerfile blocks of a write-up in its folder", () => {
    // The write-up sits in `submissions/`, the folder the plugin was given.
    const tree = page('writeups/shipping-the-api');
    const rules = selectAll('.dockerfile-findings .finding-rule a', tree).map((a) => toString(a));
    expect(rules).toContain('SS001');
    // The rule pages the findings link to are there.
    expect(existsSync(join(dir, 'dist/rules/ss001/index.html'))).toBe(true);
  });

  it('infers a walkthrough from the explaining sections and the whole file', () => {
    const tree = page('writeups/shipping-the-api');
    const steps = selectAll('main section.walkthrough .wt-step', tree);
    expect(steps.length).toBe(4);
    expect(toString(steps[1]!)).toContain('keeps the install layer cached');
    const lines = selectAll('main .walkthrough .wt-code .ec-line', tree).map((l) => toString(l));
    expect(lines[0]).toContain('FROM node:22-alpine');
  });

  it('adds its pages, sidebar groups, styles and head to the site', () => {
    const tree = page('practices');
    expect(toString(select('.practices-matrix', tree)!)).toContain('Shipping the API');
    expect(existsSync(join(dir, 'dist/authors/report/index.html'))).toBe(true);
    const sidebar = selectAll('nav.sidebar details summary', tree).map((s) => toString(s).trim());
    expect(sidebar).toEqual(expect.arrayContaining(['Write-ups', 'Dockerfile checks']));
    expect(select('meta[http-equiv="Content-Security-Policy"]', tree)).toBeTruthy();
    // Switched off: no example pages.
    expect(existsSync(join(dir, 'dist/examples'))).toBe(false);
  });

  it('draws in Inter from its stylesheet when the fonts are not cut (subsetFonts off)', () => {
    const sheets = selectAll('link[rel="stylesheet"]', page('practices'))
      .map((link) => readFileSync(join(dir, 'dist', String(link.properties['href'])), 'utf8'))
      .join('\n');
    // The whole files' rules (src/style/fonts-whole.css): a build that cuts the fonts writes
    // them into each page instead.
    expect(sheets).toMatch(/@font-face\{font-family:Inter;[^}]*inter-latin-400-normal/);
    expect(sheets).toMatch(/@font-face\{font-family:JetBrains Mono;[^}]*jetbrains-mono-latin-400/);
  });

  it('adds the cohort overview, with the write-up and its findings, and links it', () => {
    const tree = page('cohort');
    const table = select('table.cohort-table', tree);
    expect(toString(table!)).toContain('Shipping the API');
    expect(selectAll('#starlight__sidebar a[href="/cohort/"]', tree)).toHaveLength(1);
  });

  it('builds every page the plugin routes', () => {
    const patterns = shipshapeRoutes(parseOptions({ features: { examples: false } }), dir)
      .map((route) => route.pattern).filter((pattern) => !pattern.includes('['));
    expect(patterns).toContain('/practices');
    for (const pattern of patterns) {
      expect(existsSync(join(dir, 'dist', pattern, 'index.html')), pattern).toBe(true);
    }
  });
});

describe('a Starlight site the plugin cannot work in', () => {
  it("says how to switch from Astro's default Markdown processor", () => {
    const dir = copyFixture();
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8')
      .replace("  markdown: { processor: unified() },\n", ''));
    const result = astroBuild(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("shipshape needs Astro's unified Markdown processor");
    expect(result.output).toContain('Set `markdown: { processor: unified() }`');
  });
});
