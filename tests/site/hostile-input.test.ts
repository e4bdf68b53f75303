/**
 * Hostile write-ups (issue 11), the build half: builds the three fixture sites of
 * `tests/hostile/fixture-content.ts` at once and keeps them in `dist-hostile/`,
 * `dist-hostile-guarded/` and `dist-hostile-sidebar/` for `tests/browser/hostile.spec.ts`,
 * which opens every page.
 *
 * The body site must build. In the guarded sites (front matter, Mermaid, walkthroughs; the
 * sidebar's front matter apart, since it shows on every page) a write-up
 * may instead be refused, with one `content/writeups/x.md:LINE: …` line and no stack trace; the
 * refused files are taken out and the rest is built again, so that every other vector still
 * reaches the browser.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodySite, guardedSite, type HostilePage } from '../hostile/fixture-content.ts';
import { HOSTILE_SITES, MANIFEST } from '../browser/hostile-server.ts';
import { buildAsync, prepareFixture, removeFixture, type FixtureBuild } from './build-fixture.ts';

const STACK = /Stack trace|\n\s+at .*\.(?:ts|js|mjs):\d+/;
const [bodyDist, guardedDist, sidebarDist] = HOSTILE_SITES.map((site) => site.dist);

function keep(built: FixtureBuild, dist: string, manifest: object): void {
  rmSync(dist, { recursive: true, force: true });
  cpSync(join(built.dir, 'dist'), dist, { recursive: true });
  writeFileSync(join(dist, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The build's lines that are not its log of warnings and repairs (`12:00:00 [x] …`). */
function errorLines(output: string): string[] {
  return output.split('\n').filter((line) =>
    !/^\d\d:\d\d:\d\d (?:\[WARN\] )?\[[\w:@/.-]+\] /.test(line) || /\[ERROR\]/.test(line));
}

interface Refusal { slug: string; lines: string[] }

/** Builds the guarded site, taking out each write-up the build refuses, until the rest builds. */
interface GuardedBuild { last: FixtureBuild; refused: Refusal[]; unclean: string[];
  pages: HostilePage[] }

async function buildGuarded(sidebar: boolean): Promise<GuardedBuild> {
  const site = guardedSite(sidebar);
  const dir = prepareFixture(site.files);
  const refused: Refusal[] = [];
  const unclean: string[] = [];
  let last = await buildAsync(dir);
  for (let attempt = 0; last.code !== 0 && attempt < 8; attempt++) {
    if (STACK.test(last.output)) unclean.push(`a stack trace:\n${last.output.slice(-2000)}`);
    const errors = errorLines(last.output);
    const named = site.slugs.filter((slug) => !refused.some((r) => r.slug === slug) &&
      errors.some((line) => line.includes(`content/writeups/${slug}.md:`)));
    if (named.length === 0) {
      unclean.push(`a failed build that names no write-up:\n${last.output.slice(-2000)}`);
      break;
    }
    for (const slug of named) {
      const lines = errors.filter((line) => line.includes(`content/writeups/${slug}.md:`));
      refused.push({ slug, lines });
      rmSync(join(dir, `content/writeups/${slug}.md`));
    }
    last = await buildAsync(dir);
  }
  const pages = site.pages.filter((p) => !refused.some((r) => p.url === `writeups/${r.slug}/`));
  return { last, refused, unclean, pages };
}

let body: FixtureBuild;
let guarded: GuardedBuild[];

beforeAll(async () => {
  const site = bodySite();
  const bodyBuild = buildAsync(prepareFixture(site.files));
  [body, ...guarded] = await Promise.all([bodyBuild, buildGuarded(false), buildGuarded(true)]);
  // A site that did not build leaves no folder behind, so no stale pages are tested.
  for (const dist of [bodyDist!, guardedDist!, sidebarDist!]) {
    rmSync(dist, { recursive: true, force: true });
  }
  if (body.code === 0) keep(body, bodyDist!, { pages: site.pages });
  for (const [index, dist] of [guardedDist!, sidebarDist!].entries()) {
    const { last, pages, refused } = guarded[index]!;
    if (last.code === 0) keep(last, dist, { pages, refused });
  }
}, 600_000);

describe('hostile write-ups build safely', () => {
  it('build with a warning at the author\'s line for what was removed', () => {
    expect(body.code, body.output.slice(-4000)).toBe(0);
    expect(body.output).not.toMatch(STACK);
    expect(body.output).toMatch(/content\/writeups\/[\w-]+\.md:\d+: raw `<script>` element/);
    removeFixture(body);
  });

  it.each([['page', 0], ['sidebar', 1]])('either build inert or are refused in one line with '
    + 'file:line (front matter, Mermaid, walkthroughs: %s vectors)', (_, index) => {
    const { unclean, refused, last } = guarded[index as number]!;
    expect(unclean).toEqual([]);
    for (const { slug, lines } of refused) {
      expect(lines.length, `${slug} is refused without a message naming it`).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line, slug).toMatch(new RegExp(`content/writeups/${slug}\\.md:\\d+: \\S`));
      }
    }
    expect(last.code, last.output.slice(-4000)).toBe(0);
    removeFixture(last);
  });
});
