/**
 * Course stage: one lesson page — where it sits in the course, its objectives and prerequisites,
 * its own introduction, then each source pulled from the rendered page it lives on (so the
 * write-up stays the single source), with a line saying where it comes from.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from '../shared/visit.ts';
import { extractSection, rankOf } from './extract-section.ts';
import { tidySection } from './tidy-section.ts';
import { isOldAnchor } from './old-anchors.ts';
import { idsOf, parseFragment } from './html-fragment.ts';
import { localizeIds } from './localize-ids.ts';
import { shiftHeadings } from './shift-headings.ts';
import { takeAssets, type Assets } from './hoist-assets.ts';
import { formatMinutes } from './format-minutes.ts';
import { prerequisiteLink } from './prerequisite-link.ts';
import { lessonId, lessonPdfUrl, pageUrl, SYLLABUS_ID } from './course-urls.ts';
import { sourceAnchor, sourcePageId } from './check-references.ts';
import type { Lesson, LessonSource, Syllabus } from './syllabus-schema.ts';
import { rulePath } from '../dockerfile/rule-url.ts';
import { withBase } from '../shared/base-path.ts';
import { inlineCodeToHast } from '../shared/inline-code.ts';

/** A rendered page a lesson can draw on. */
export interface SourcePage {
  id: string;
  title: string;
  /** The page's rendered content without its assets; never changed (sections are copied out). */
  tree: Root;
  /** The page's scripts and stylesheets, wherever they sat in it (taken out once). */
  assets: Assets;
}

/** A rendered page, read once for every lesson that draws on it. */
export function sourcePage(id: string, title: string, html: string): SourcePage {
  const tree = parseFragment(html);
  return { id, title, tree, assets: takeAssets(tree) };
}

export interface RuleSummary {
  title: string;
  description: string;
}

/** What a lesson shows of an example project. */
export interface ExampleSummary {
  title: string;
  shows: string;
}

export interface LessonPageInput {
  syllabus: Syllabus;
  /** Which lesson, 0-based. */
  index: number;
  /** The lesson's own introduction, rendered from Markdown. */
  intro: Root | undefined;
  pages: ReadonlyMap<string, SourcePage>;
  rules: ReadonlyMap<string, RuleSummary>;
  examples: ReadonlyMap<string, ExampleSummary>;
  /** The course's own texts (`content/lessons/<name>.md`), rendered, by name. */
  texts: ReadonlyMap<string, Root>;
  /** The lessons' exercise files (`content/exercises/<name>.md`), rendered, by name. */
  exercises: ReadonlyMap<string, Root>;
  base: string;
}

/** Ids Starlight's layout uses on every page. */
const LAYOUT_IDS = ['_top', 'starlight__sidebar', 'starlight__search', 'starlight__on-this-page'];

export interface LessonBody {
  /** The content, assets not included. */
  children: ElementContent[];
  /** Scripts and stylesheet links of the pages drawn on. */
  assets: Assets[];
}

function positionNav(input: LessonPageInput, lesson: Lesson): Element {
  const { syllabus, index, base } = input;
  return h('nav.lesson-position', { ariaLabel: 'Where this lesson sits in the course' }, [
    h('p.lesson-position-summary', [
      h('strong', `Lesson ${index + 1} of ${syllabus.lessons.length}`),
      ` · about ${formatMinutes(lesson.minutes)} · `,
      h('a', { href: pageUrl(SYLLABUS_ID, base) }, 'Syllabus'),
      ' · ',
      h('a', { href: lessonPdfUrl(lesson.slug, base), download: '' }, 'PDF of this lesson'),
    ]),
    h('ol.lesson-map', syllabus.lessons.map((other, i) => h('li', i === index
      ? [h('span', { ariaCurrent: 'step' }, other.title)]
      : [h('a', { href: pageUrl(lessonId(other.slug), base) }, other.title)]))),
  ]);
}

function overview(input: LessonPageInput, lesson: Lesson): ElementContent[] {
  const { syllabus, base } = input;
  const nodes: ElementContent[] = [
    h('h2', { id: 'objectives' }, 'What you will learn'),
    h('ul.lesson-objectives', lesson.objectives.map((objective) => h('li', objective))),
  ];
  if (lesson.prerequisites.length === 0) return nodes;
  return [
    ...nodes,
    h('h2', { id: 'before-you-start' }, 'Before you start'),
    h('ul.lesson-prerequisites', lesson.prerequisites.map((item) => {
      if (typeof item === 'string') return h('li', item);
      return h('li', [prerequisiteLink(syllabus, item.lesson, base)]);
    })),
  ];
}

function rulesSource(input: LessonPageInput, ids: readonly string[]): ElementContent[] {
  return [
    h('p.lesson-source-from', 'Rules that check this in every Dockerfile of the guide:'),
    h('ul.lesson-rules', ids.map((id) => {
      const rule = input.rules.get(id);
      return h('li', [
        h('a', { href: withBase(rulePath(id), input.base) },
          [h('code', id), ' ', ...inlineCodeToHast(rule?.title ?? '')]),
        ...(rule ? [' — ', ...inlineCodeToHast(rule.description)] : []),
      ]);
    })),
  ];
}

function exampleSource(input: LessonPageInput, slug: string): ElementContent[] {
  const example = input.examples.get(slug);
  return [
    h('p.lesson-source-from', 'Try it: a complete project to download, build and run'),
    h('p.lesson-example', [
      h('a', { href: withBase(`/examples/${slug}/`, input.base) }, example?.title ?? slug),
      example ? ` — ${example.shows.trim()} ` : ' ',
      h('a', { href: withBase(`/examples/${slug}.zip`, input.base), download: '' },
        'Download .zip'),
    ]),
  ];
}

interface Pulled {
  used: Set<string>;
  /** Sections already on the lesson, as `pageId#id` (see drop-repeated-sections.ts). */
  seen: Set<string>;
}

function pulledSource(
  input: LessonPageInput,
  source: LessonSource,
  { used, seen }: Pulled,
): ElementContent[] {
  const pageId = sourcePageId(source);
  const page = pageId === undefined ? undefined : input.pages.get(pageId);
  if (!page) return [];
  const anchor = sourceAnchor(source);
  const sourceUrl = pageUrl(page.id, input.base);
  const nodes = tidySection(anchor === undefined
    ? (structuredClone(page.tree).children as ElementContent[])
    : (extractSection(page.tree, anchor) ?? []), {
    pageId: page.id, seen, keepWalkthroughs: 'walkthrough' in source });
  if (!nodes.some((node) => node.type === 'element' && !isOldAnchor(node))) return [];
  const first = nodes.find((node) => node.type === 'element' && !isOldAnchor(node));
  const opensWithHeading = first !== undefined && rankOf(first) !== undefined;
  shiftHeadings(nodes, opensWithHeading ? 2 : 3);
  localizeIds(nodes, { used, sourceUrl });
  const link = `${sourceUrl}${anchor === undefined ? '' : `#${anchor}`}`;
  const kind = 'writeup' in source ? 'the write-up'
    : 'walkthrough' in source ? 'the walkthrough' : 'the base-image comparison';
  const from = h('p.lesson-source-from', [`From ${kind} `, h('a', { href: link }, page.title)]);
  if (opensWithHeading && first) return [first, from, ...nodes.slice(nodes.indexOf(first) + 1)];
  const heading = h('h2', { id: uniqueId(`from-${page.id.replace(/\//g, '-')}`, used) },
    page.title);
  return [heading, from, ...nodes];
}

/** A text written for the course (content/lessons/), under a heading of the lesson's rank. */
function ownText(
  input: LessonPageInput,
  name: string,
  used: Set<string>,
  assets: Assets[],
): ElementContent[] {
  const tree = input.texts.get(name);
  if (!tree) return [];
  const nodes = structuredClone(tree).children as ElementContent[];
  assets.push(takeAssets(nodes));
  const first = nodes.find((node) => node.type === 'element');
  const opensWithHeading = first !== undefined && rankOf(first) !== undefined;
  shiftHeadings(nodes, 2);
  localizeIds(nodes, { used, sourceUrl: '' });
  const from = h('p.lesson-source-from', 'Written for this course');
  if (opensWithHeading && first) return [first, from, ...nodes.slice(nodes.indexOf(first) + 1)];
  return [from, ...nodes];
}

/** A copy without ids (a second copy of content already on the page), for the appendix. */
function withoutIds(nodes: ElementContent[]): ElementContent[] {
  const copy = structuredClone(nodes);
  visit({ type: 'root', children: copy }, 'element', (node) => {
    delete node.properties['id'];
  });
  return copy;
}

/**
 * The lesson's exercises (`exercises:`, rendered by remark-exercises.ts) at its end, and their
 * model solutions for the appendix that only print shows (exercises.css): on screen a solution
 * stays behind its `<details>`, on paper it moves to the end of the lesson.
 */
function exercisesPart(
  input: LessonPageInput,
  name: string,
  used: Set<string>,
  assets: Assets[],
): { body: Element; appendix: Element | undefined } {
  const nodes = structuredClone(input.exercises.get(name)?.children ?? []) as ElementContent[];
  assets.push(takeAssets(nodes));
  shiftHeadings(nodes, 2);
  localizeIds(nodes, { used, sourceUrl: '' });
  const body = h('section.lesson-source.lesson-exercises', { dataSource: 'exercises' }, nodes);
  const solutions = selectAll('section.exercise', body).flatMap((exercise) => {
    // A heading of its own: "On this page" and the PDF list each heading text once.
    const title = toString(select('h1, h2, h3, h4, h5, h6', exercise) ?? exercise)
      .replace(/^Exercise: /, '');
    const details = selectAll('details.exercise-solution', exercise)[0];
    if (!details) return [];
    const content = details.children.filter((child) =>
      child.type !== 'element' || child.tagName !== 'summary');
    return [h('section.exercise-appendix-item',
      { dataExerciseId: exercise.properties['dataExerciseId'] },
      [h('h3', `Solution: ${title}`), ...withoutIds(content)])];
  });
  // No id on its headings: the appendix is not on screen, so not in "On this page" either.
  const appendix = solutions.length === 0 ? undefined : h('section.exercise-appendix',
    { dataPagefindIgnore: '' },
    [h('h2', 'Appendix: model solutions'), ...solutions]);
  return { body, appendix };
}

function uniqueId(id: string, used: Set<string>): string {
  let fresh = id;
  for (let n = 2; used.has(fresh); n += 1) fresh = `${id}-${n}`;
  used.add(fresh);
  return fresh;
}

/** The lesson's content and the assets of every page it draws on. */
export function composeLesson(input: LessonPageInput): LessonBody {
  const lesson = input.syllabus.lessons[input.index];
  if (!lesson) throw new RangeError(`no lesson ${input.index}`);
  const intro = input.intro ? (structuredClone(input.intro).children as ElementContent[]) : [];
  const assets = [takeAssets(intro)];
  const head = [positionNav(input, lesson), ...overview(input, lesson), ...intro];
  const used = new Set([...LAYOUT_IDS, ...idsOf({ type: 'root', children: head })]);
  const pulled = { used, seen: new Set<string>() };
  const sources = lesson.sources.map((source) => {
    const nodes = 'rules' in source ? rulesSource(input, source.rules)
      : 'example' in source ? exampleSource(input, source.example)
        : 'text' in source ? ownText(input, source.text, used, assets)
          : pulledSource(input, source, pulled);
    // A page's scripts may sit outside the section (inline scripts come at the page's end).
    const page = input.pages.get(sourcePageId(source) ?? '');
    if (page) assets.push(page.assets);
    if ('text' in source) return h('section.lesson-source', { dataSource: 'course' }, nodes);
    const kind = 'rules' in source ? 'rules'
      : 'example' in source ? 'example' : sourcePageId(source)?.split('/')[0] ?? 'page';
    // The pulled text is indexed on its own page; search should lead there, not here.
    return h('section.lesson-source', { dataSource: kind, dataPagefindIgnore: '' }, nodes);
  });
  const exercises = lesson.exercises === undefined ? undefined
    : exercisesPart(input, lesson.exercises, used, assets);
  return {
    children: [...head, ...sources, ...exercises ? [exercises.body] : [],
      ...exercises?.appendix ? [exercises.appendix] : []],
    assets,
  };
}
