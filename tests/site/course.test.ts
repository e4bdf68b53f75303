/**
 * The course on the built site: `/syllabus/` lists the lessons in the syllabus's order, each
 * lesson pulls its sections from the rendered write-ups (same text as on the write-up's page),
 * and a syllabus reference to a heading that does not exist stops the build at its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';
import { parseSyllabus, SYLLABUS_FILE } from '../../src/syllabus/read-syllabus.ts';
import { extractSection, rankOf } from '../../src/syllabus/extract-section.ts';
import { tidySection } from '../../src/syllabus/tidy-section.ts';
import { takeAssets } from '../../src/syllabus/hoist-assets.ts';
import { buildFixture, removeFixture } from './build-fixture.ts';

const root = join(import.meta.dirname, '../..');
const text = readFileSync(join(root, SYLLABUS_FILE), 'utf8');
const { syllabus } = parseSyllabus(text, SYLLABUS_FILE);
let pages: SitePage[] = [];
const tree = (url: string): Root => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url} in dist/`);
  return found.tree;
};
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  pages = readSite(join(root, 'dist'));
});

describe('the course on the built site', () => {
  it('lists every lesson on /syllabus/ in the syllabus\'s order, with its time', () => {
    const items = selectAll('ol.syllabus-lessons > li', tree('/syllabus/'));
    expect(items.map((li) => toString(select('h2', li) ?? li).trim()))
      .toEqual(syllabus.lessons.map((lesson) => lesson.title));
    expect(items.map((li) => select('h2 a', li)?.properties['href']))
      .toEqual(syllabus.lessons.map((lesson) => `/lessons/${lesson.slug}/`));
    expect(toString(items[0] ?? tree('/syllabus/')))
      .toContain(`About ${syllabus.lessons[0]?.minutes} min`);
  });

  it('pulls each write-up section in with the text it has on the write-up\'s page', () => {
    let checked = 0;
    for (const lesson of syllabus.lessons) {
      const lessonText = words(toString(select('main', tree(`/lessons/${lesson.slug}/`))!));
      for (const source of lesson.sources) {
        if (!('writeup' in source) || source.section === undefined) continue;
        const page = select('.sl-markdown-content', tree(`/writeups/${source.writeup}/`))!;
        const section = extractSection({ type: 'root', children: [page] }, source.section);
        expect(section, `${source.writeup}#${source.section}`).toBeDefined();
        // What a lesson keeps of it (tidy-section.ts, tested on its own in the unit tests).
        // Scripts move to the end of the lesson (once each), so they are left out here.
        takeAssets(section ?? []);
        const kept = tidySection(section ?? [], {
          pageId: `writeups/${source.writeup}`, seen: new Set(), keepWalkthroughs: false });
        // The heading is followed by our "From the write-up …" line; compare what comes after.
        const rest = kept.slice(kept.findIndex((node) => rankOf(node) !== undefined) + 1);
        const text = words(toString({ type: 'root', children: rest }));
        expect(text.length).toBeGreaterThan(10);
        expect(lessonText, `${lesson.slug} ← ${source.writeup}#${source.section}`)
          .toContain(text);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('shows each lesson\'s place in the course and links it to its neighbours', () => {
    syllabus.lessons.forEach((lesson, index) => {
      const page = tree(`/lessons/${lesson.slug}/`);
      expect(toString(select('.lesson-position', page)!))
        .toContain(`Lesson ${index + 1} of ${syllabus.lessons.length}`);
      const next = select('.pagination-links a[rel="next"]', page)?.properties['href'];
      const after = syllabus.lessons[index + 1];
      expect(next).toBe(after ? `/lessons/${after.slug}/` : '/syllabus/');
    });
  });
});

describe('a syllabus that names a heading that does not exist', () => {
  it('fails the build at the syllabus line, with the nearest anchors and no stack trace', () => {
    const build = buildFixture({
      'content/pages/index.md': '---\ntitle: Home\n---\n\nHello.\n',
      'content/writeups/demo.md': '# Demo\n\n## Install the requirements\n\nText.\n\n'
        + '## Run it\n\nMore.\n',
      'content/syllabus.yaml': 'title: Course\nintro: A course.\nlessons:\n  - slug: one\n'
        + '    title: One\n    minutes: 10\n    objectives: [Install]\n    sources:\n'
        + '      - writeup: demo\n        section: install-requirements\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/syllabus.yaml:10: lesson `one`: found anchor '
      + '`#install-requirements`, but write-up `writeups/demo` has no heading with that anchor; '
      + 'expected one of its anchors (nearest: `#install-the-requirements`');
    expect(build.output).not.toMatch(/\n\s+at .*\.(?:ts|js|mjs):\d+/);
    removeFixture(build);
  });
});
