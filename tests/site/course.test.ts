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

describe('each lesson reads as one course', () => {
  const lessonMain = (slug: string) => select('main', tree(`/lessons/${slug}/`))!;
  const headings = (slug: string) => selectAll('h2, h3, h4, h5, h6', lessonMain(slug))
    .map((h) => toString(h).trim());

  it('has no heading that starts with an author\'s section number', () => {
    for (const lesson of syllabus.lessons) {
      for (const text of headings(lesson.slug)) {
        expect(text, `${lesson.slug}: ${text}`).not.toMatch(/^\d+(?:\.\d+)*\.?\s/);
      }
    }
    expect(headings('layer-caching')).toEqual(expect.arrayContaining([
      'Layer Caching Optimization', 'What Would Break with Different Layer Order',
      '.dockerignore File', 'How .dockerignore Improves Build']));
  });

  it('keeps the old numbered addresses landing on their section', () => {
    const page = tree('/lessons/layer-caching/');
    const marker = select('[id="1-3-layer-caching-optimization"]', page);
    expect(marker?.tagName).toBe('span');
    const heading = select('h2:has([id="1-3-layer-caching-optimization"])', page);
    expect(heading?.properties['id']).toBe('layer-caching-optimization');
  });

  it('has no file-name heading and no "Image not available" placeholder', () => {
    for (const lesson of syllabus.lessons) {
      for (const text of headings(lesson.slug)) {
        expect(text, `${lesson.slug}: ${text}`).not.toMatch(/^\W*[\w.-]+\.(?:md|txt|ya?ml)$/);
      }
      expect(toString(lessonMain(lesson.slug))).not.toContain('Image not available');
      expect(select('.shipshape-missing-image', lessonMain(lesson.slug))).toBeUndefined();
    }
  });

  it('lists each section once in its table of contents', () => {
    for (const lesson of syllabus.lessons) {
      const page = tree(`/lessons/${lesson.slug}/`);
      const toc = select('starlight-toc nav', page);
      if (toc === undefined) {
        // A lesson with a whole walkthrough gives the contents column's width to it.
        expect(select('[data-walkthrough]', page), lesson.slug).toBeDefined();
      } else {
        const entries = selectAll('a', toc).map((a) => toString(a).trim());
        expect(entries.length, lesson.slug).toBeGreaterThan(3);
        expect(entries, lesson.slug).toEqual([...new Set(entries)]);
      }
      expect(headings(lesson.slug), lesson.slug).toEqual([...new Set(headings(lesson.slug))]);
    }
    expect(headings('health-and-signals').filter((h) => h.includes('Entrypoint vs CMD')))
      .toHaveLength(1);
  });

  it('says "Step N" only beside a walkthrough that is on the page', () => {
    for (const lesson of syllabus.lessons) {
      const main = lessonMain(lesson.slug);
      const walkthroughs = selectAll('.walkthrough', main);
      const inside = new Set(walkthroughs.flatMap((w) => selectAll('.wt-step-lines', w)));
      for (const label of selectAll('.wt-step-lines', main)) {
        if (inside.has(label)) continue;
        expect(toString(label), lesson.slug).not.toMatch(/\bStep \d/i);
      }
      const text = toString(main).replace(/\s+/g, ' ');
      if (walkthroughs.length === 0) expect(text, lesson.slug).not.toMatch(/\bStep \d+ ·/);
    }
    const label = select('.wt-step-lines', lessonMain('layer-caching'));
    expect(toString(label!)).toBe('Lines 16–17 of the Dockerfile explained in the write-up’s '
      + 'walkthrough');
  });

  it('delivers lesson 7\'s promise: tag, push and pull, under one name', () => {
    const main = lessonMain('tagging-and-publishing');
    const commands = selectAll('pre', main).map((pre) => toString(pre));
    expect(commands.some((c) => /docker tag \S+ \S+/.test(c))).toBe(true);
    expect(commands.some((c) => /docker push \S+/.test(c))).toBe(true);
    expect(commands.some((c) => /docker pull \S+/.test(c))).toBe(true);
    const ours = select('section[data-source="course"]', main)!;
    expect(toString(ours)).toContain('Written for this course');
    // Our own text's facts link to their sources.
    expect(selectAll('a[href^="https://docs.docker.com/"]', ours).length)
      .toBeGreaterThanOrEqual(4);
    // The write-up's mismatched names are pointed out where they are shown.
    expect(selectAll('aside.command-finding', main).map((n) => toString(n)).join(' '))
      .toContain('the names differ');
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
