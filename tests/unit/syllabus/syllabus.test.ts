/**
 * The course stage's pure parts: reading the syllabus (errors with `file:line`), checking its
 * references (nearest anchors), and pulling sections out of a rendered page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSyllabus, SyllabusError } from '../../../src/syllabus/read-syllabus.ts';
import { checkReferences } from '../../../src/syllabus/check-references.ts';
import { extractSection } from '../../../src/syllabus/extract-section.ts';
import { idsOf, parseFragment, serialize } from '../../../src/syllabus/html-fragment.ts';
import { localizeIds } from '../../../src/syllabus/localize-ids.ts';
import { shiftHeadings } from '../../../src/syllabus/shift-headings.ts';
import { nearestNames } from '../../../src/syllabus/nearest-names.ts';
import { formatMinutes } from '../../../src/syllabus/format-minutes.ts';
import { buildCourse } from '../../../src/syllabus/build-course.ts';
import { sourcePage } from '../../../src/syllabus/lesson-page.ts';
import { courseSidebarItems } from '../../../src/syllabus/sidebar-items.ts';
import { readSyllabusSource } from '../../../src/syllabus/syllabus-source.ts';

const FILE = 'content/syllabus.yaml';
const page = readFileSync(new URL('../../fixtures/syllabus/page.html', import.meta.url), 'utf8');

const valid = `title: A course
intro: Learn things.
lessons:
  - slug: first
    title: First
    minutes: 20
    objectives: [Know the base image]
    sources:
      - writeup: demo
        section: base-image
  - slug: second
    title: Second
    minutes: 45
    objectives:
      - Run as a user
    prerequisites:
      - lesson: first
      - A terminal.
    intro: |
      Our own words.
    sources:
      - writeup: demo
        section: '#users'
      - rules: [DL3002]
      - example: 01-first
      - text: tag-and-push
    exercises: second
`;

function errorOf(text: string): SyllabusError {
  try {
    parseSyllabus(text, FILE);
  } catch (error) {
    if (error instanceof SyllabusError) return error;
    throw error;
  }
  throw new Error('expected a SyllabusError');
}

describe('reading the syllabus', () => {
  it('reads lessons in order, anchors with or without #', () => {
    const { syllabus } = parseSyllabus(valid, FILE);
    expect(syllabus.lessons.map((l) => l.slug)).toEqual(['first', 'second']);
    expect(syllabus.lessons[1]?.sources[0]).toEqual({ writeup: 'demo', section: 'users' });
    expect(syllabus.lessons[0]?.prerequisites).toEqual([]);
  });

  it('names the line, the field, what was found and what was expected', () => {
    const error = errorOf(valid.replace('minutes: 45', 'minutes: soon'));
    expect(error.message).toBe(`${FILE}:13: field \`lessons[1].minutes\`: found \`"soon"\`, `
      + 'expected a number.');
    expect(error.stack).toBe('');
  });

  it('reports a missing field, an unknown field and a bad slug, each on its line', () => {
    const text = valid
      .replace('    title: First\n', '')
      .replace('    minutes: 45', '    minutes: 45\n    duration: 1h')
      .replace('slug: second', 'slug: Second Lesson');
    const lines = errorOf(text).message.split('\n');
    expect(lines).toContain(`${FILE}:4: field \`lessons[0].title\`: found nothing (the field is `
      + 'missing), expected text.');
    expect(lines.some((l) => l.startsWith(`${FILE}:13: field \`lessons[1].duration\``)))
      .toBe(true);
    expect(lines.some((l) => l.startsWith(`${FILE}:10: field \`lessons[1].slug\`: found `
      + '`"Second Lesson"`, expected lowercase letters'))).toBe(true);
  });

  it('wants prerequisites to name an earlier lesson, and slugs to be unique', () => {
    const later = errorOf(valid.replace('lesson: first', 'lesson: second'));
    expect(later.message).toContain(`${FILE}:17: field \`lessons[1].prerequisites[0].lesson\`: `
      + 'found `"second"`, expected the slug of an earlier lesson.');
    const twice = errorOf(valid.replace('slug: second', 'slug: first'));
    expect(twice.message).toContain('expected a slug not used by another lesson (lesson 1');
  });

  it('reports YAML that does not parse at its line', () => {
    const error = errorOf(valid.replace('title: Second', 'title: [Second'));
    expect(error.message)
      .toMatch(/^content\/syllabus\.yaml:1[1-3]: found YAML that does not parse/);
  });
});

describe('checking references', () => {
  const targets = {
    pages: new Map([['writeups/demo', idsOf(parseFragment(page))], ['compare', ['sizes']]]),
    ruleIds: ['DL3002', 'DL3006'],
    examples: ['01-first'],
    texts: ['tag-and-push'],
    exercises: ['second'],
  };
  const check = (text: string) => {
    const { syllabus, lineOf } = parseSyllabus(text, FILE);
    return checkReferences(syllabus, lineOf, FILE, targets);
  };

  it('accepts references that exist', () => {
    expect(check(valid)).toEqual([]);
  });

  it('fails a missing heading at the syllabus line, with the nearest anchors', () => {
    expect(check(valid.replace('section: base-image', 'section: base-images'))).toEqual([
      `${FILE}:10: lesson \`first\`: found anchor \`#base-images\`, but write-up `
        + '`writeups/demo` has no heading with that anchor; expected one of its anchors '
        + '(nearest: `#base-image`, `#users`, `#pinning`). Anchors are the part after `#` in a '
        + 'heading\'s address; url-manifest.json lists them all.',
    ]);
  });

  it('fails an unknown exercises file at its line, with the nearest names', () => {
    expect(check(valid.replace('exercises: second', 'exercises: secnd'))).toEqual([
      `${FILE}:27: lesson \`second\`: found exercises \`secnd\`, which content/exercises/ does `
        + 'not have; expected a file name without `.md` (nearest: `second`).',
    ]);
  });

  it('fails an unknown write-up and an unknown rule, with suggestions', () => {
    const problems = check(valid.replace('writeup: demo\n        section: base-image',
      'writeup: demos\n        section: base-image').replace('[DL3002]', '[DL3020]'));
    expect(problems[0]).toMatch(
      /^content\/syllabus\.yaml:9: lesson `first`: found write-up `demos`.*nearest: `demo`/);
    expect(problems[1]).toMatch(
      /^content\/syllabus\.yaml:24: lesson `second`: found rule `DL3020`.*nearest: `DL3002`/);
  });

  it('fails an unknown example with the nearest folder names', () => {
    expect(check(valid.replace('example: 01-first', 'example: 01-frist'))).toEqual([
      `${FILE}:25: lesson \`second\`: found example \`01-frist\`, which content/examples/ does `
        + 'not have; expected a folder name (nearest: `01-first`).',
    ]);
  });

  it('fails an unknown text of our own with the nearest file names', () => {
    expect(check(valid.replace('text: tag-and-push', 'text: tag-and-pull'))).toEqual([
      `${FILE}:26: lesson \`second\`: found text \`tag-and-pull\`, which content/lessons/ does `
        + 'not have; expected a file name without `.md` (nearest: `tag-and-push`).',
    ]);
  });
});

describe('pulling a section out of a rendered page', () => {
  const tree = parseFragment(page);

  it('takes a heading (in its Starlight wrapper) up to the next heading of its rank', () => {
    const html = serialize(extractSection(tree, 'base-image') ?? []);
    expect(html).toContain('Pick a');
    expect(html).toContain('Pin the version.');
    expect(html).not.toContain('Users');
    expect(html).not.toContain('Before the first section');
  });

  it('takes any other element whole, and nothing for an unknown id', () => {
    expect(serialize(extractSection(tree, 'dockerfile-2') ?? [])).toContain('No findings');
    expect(extractSection(tree, 'nope')).toBeUndefined();
  });

  it('never changes the page it reads', () => {
    const before = serialize(tree);
    const nodes = extractSection(tree, 'base-image') ?? [];
    shiftHeadings(nodes, 2);
    localizeIds(nodes, { used: new Set(['pinning']), sourceUrl: '/writeups/demo/' });
    expect(serialize(tree)).toBe(before);
  });

  it('renames ids the lesson already has, with the references that name them', () => {
    const nodes = extractSection(tree, 'base-image') ?? [];
    localizeIds(nodes, { used: new Set(['pinning']), sourceUrl: '/writeups/demo/' });
    const html = serialize(nodes);
    expect(html).toContain('<h3 id="pinning-2">');
    expect(html).toContain('href="#pinning-2">pinned</a>');
    expect(html).toContain('data-copy-link="pinning-2" aria-labelledby="pinning-2"');
  });

  it('points links to anchors left behind back at the source page', () => {
    const nodes = extractSection(tree, 'users') ?? [];
    nodes.push(...(parseFragment('<a href="#base-image">up</a>').children as typeof nodes));
    localizeIds(nodes, { used: new Set(), sourceUrl: '/courses/docker/writeups/demo/' });
    expect(serialize(nodes)).toContain('href="/courses/docker/writeups/demo/#base-image"');
  });

  it('moves headings (and Starlight\'s level classes) to where the lesson needs them', () => {
    const nodes = extractSection(tree, 'pinning') ?? [];
    shiftHeadings(nodes, 2);
    expect(serialize(nodes))
      .toContain('<div class="sl-heading-wrapper level-h2"><h2 id="pinning">');
  });
});

describe('composing the course', () => {
  const { syllabus } = parseSyllabus(valid, FILE);
  const entries = buildCourse({
    syllabus,
    intro: parseFragment('<p>Course intro.</p>'),
    lessonIntros: new Map([['second', parseFragment('<p>Our own words.</p>')]]),
    pages: new Map([
      ['writeups/demo', sourcePage('writeups/demo', 'Demo', page)],
    ]),
    rules: new Map([['DL3002', { title: 'Last USER should not be root', description: 'Switch.' }]]),
    examples: new Map([['01-first', { title: 'First', shows: 'The first try.' }]]),
    texts: new Map([['tag-and-push', parseFragment('<div class="sl-heading-wrapper level-h3">'
      + '<h3 id="users">Tag and push</h3></div><p>Run <code>docker push</code>.</p>')]]),
    exercises: new Map([['second', parseFragment('<section class="exercise" '
      + 'data-exercise-id="be-a-user"><div class="sl-heading-wrapper level-h2">'
      + '<h2 id="exercise-be-a-user">Exercise: Be a user</h2></div><p>Add a user.</p>'
      + '<details class="exercise-solution"><summary>Show the model solution</summary>'
      + '<pre id="solution-code">USER app</pre></details></section>')]]),
    base: '/courses/docker/',
  });
  const [syllabusPage, first, second] = entries;

  it('makes the syllabus page and one page per lesson, in order, with prev/next', () => {
    expect(entries.map((e) => e.id)).toEqual(['syllabus', 'lessons/first', 'lessons/second']);
    expect(first?.data.prev).toEqual({ link: '/courses/docker/syllabus/', label: 'Syllabus' });
    expect(first?.data.next).toEqual({ link: '/courses/docker/lessons/second/', label: 'Second' });
    expect(second?.data.next?.label).toBe('Back to the syllabus');
    expect(second?.data.sidebar?.label).toBe('2. Second');
  });

  it('lists every lesson on the syllabus with its time and PDF', () => {
    const html = syllabusPage?.html ?? '';
    expect(html).toContain('2 lessons, about 1 h 5 min in all.');
    expect(html.indexOf('>First</a>')).toBeLessThan(html.indexOf('>Second</a>'));
    expect(html).toContain('href="/courses/docker/pdf/lessons/second.pdf"');
    expect(html).toContain('href="/courses/docker/pdf/shipshape-guide.pdf"');
  });

  it('says where a lesson sits, and pulls in its sections, rules and assets once', () => {
    const html = second?.html ?? '';
    expect(html).toContain('<strong>Lesson 2 of 2</strong>');
    expect(html).toContain('<span aria-current="step">Second</span>');
    expect(html).toContain('Our own words.');
    expect(html).toContain('Run as <code>appuser</code>.');
    expect(html).toContain(
      'From the write-up <a href="/courses/docker/writeups/demo/#users">Demo</a>');
    expect(html).toContain('href="/courses/docker/rules/dl3002/"');
    expect(html)
      .toContain('<a href="/courses/docker/examples/01-first/">First</a> — The first try.');
    expect(html).toContain('href="/courses/docker/lessons/first/">Lesson 1: First</a>');
    // Our own text comes last, its heading made the lesson's h2 and its id made unique.
    expect(html).toContain('<section class="lesson-source" data-source="course">'
      + '<div class="sl-heading-wrapper level-h2"><h2 id="users-2">Tag and push</h2></div>'
      + '<p class="lesson-source-from">Written for this course</p>'
      + '<p>Run <code>docker push</code>.</p></section>');
    expect(second?.headings.map((h) => h.slug)).toEqual(
      ['objectives', 'before-you-start', 'users', 'users-2', 'exercise-be-a-user']);
  });

  it('ends a lesson with its exercises, and their solutions in an appendix for print', () => {
    const html = second?.html ?? '';
    const exercise = html.indexOf('<section class="lesson-source lesson-exercises" '
      + 'data-source="exercises"><section class="exercise" data-exercise-id="be-a-user">');
    expect(exercise).toBeGreaterThan(html.indexOf('Tag and push'));
    expect(html.slice(exercise)).toContain('<details class="exercise-solution"><summary>');
    // The appendix holds a copy without ids, after everything else, out of "On this page".
    expect(html).toMatch(/<section class="exercise-appendix" data-pagefind-ignore="">/);
    expect(html.slice(html.indexOf('exercise-appendix"'))).toContain(
      '<h2>Appendix: model solutions</h2><section class="exercise-appendix-item" '
      + 'data-exercise-id="be-a-user"><h3>Solution: Be a user</h3><pre>USER app</pre>'
      + '</section></section>');
    expect(html.match(/id="solution-code"/g)).toHaveLength(1);
    expect(first?.html).not.toContain('exercise');
    // The first lesson's section holds the page's stylesheet and script: each comes once, up top
    // (links) and at the end (scripts).
    // Scripts come along only with the element they need: the copy-link script with the
    // first lesson's copy-link button, the walkthrough script with no lesson (none has one).
    expect(first?.html).toContain("console.log('copy links')");
    expect(second?.html).not.toContain("console.log('copy links')");
    for (const entry of entries) expect(entry.html).not.toContain("console.log('walkthrough')");
    const firstHtml = first?.html ?? '';
    expect(firstHtml.match(/ec\.css/g)).toHaveLength(1);
    expect(firstHtml.startsWith('<link rel="stylesheet" href="/_astro/ec.css">')).toBe(true);
  });
});

describe('small helpers', () => {
  it('formats minutes for readers', () => {
    expect([5, 60, 190].map(formatMinutes)).toEqual(['5 min', '1 h', '3 h 10 min']);
  });

  it('finds the nearest names', () => {
    expect(nearestNames('1-3-layer-cache', ['1-3-layer-caching-optimization', 'overview', 'x']))
      .toEqual(['1-3-layer-caching-optimization', 'overview', 'x']);
  });

  it('gives the sidebar the syllabus, then the lessons in course order', () => {
    const root = new URL('../../..', import.meta.url).pathname;
    const items = courseSidebarItems(readSyllabusSource(root, 'content/syllabus.yaml'));
    expect(items[0]).toEqual({ label: 'Syllabus', link: '/syllabus/' });
    expect(items[1]).toEqual({ slug: 'lessons/first-dockerfile' });
    expect(readSyllabusSource('/nonexistent', 'content/syllabus.yaml')).toBeUndefined();
    expect(courseSidebarItems(undefined)).toEqual([]);
  });
});
