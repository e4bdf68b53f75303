/**
 * Course stage: the syllabus page and one page per lesson, ready to be stored as entries of the
 * docs collection (so Starlight gives them its layout, search, sidebar and prev/next links).
 */
import type { ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { serialize } from './html-fragment.ts';
import {
  composeLesson,
  type ExampleSummary,
  type RuleSummary,
  type SourcePage,
} from './lesson-page.ts';
import { composeSyllabus } from './syllabus-page.ts';
import { mergeAssets, takeAssets } from './hoist-assets.ts';
import { tocHeadings, type TocHeading } from './toc-headings.ts';
import { lessonId, pageUrl, SYLLABUS_ID } from './course-urls.ts';
import type { Syllabus } from './syllabus-schema.ts';

/** A prev/next link as Starlight's front matter takes it (the base already in `link`). */
interface PagerLink {
  link: string;
  label: string;
}

export interface CourseEntry {
  id: string;
  data: {
    title: string;
    description: string;
    prev?: PagerLink;
    next?: PagerLink;
    /** Lessons are numbered in the sidebar, so the order shows there too. */
    sidebar?: { label: string };
  };
  html: string;
  headings: TocHeading[];
}

export interface CourseInput {
  syllabus: Syllabus;
  /** The syllabus's introduction, rendered. */
  intro: Root;
  /** Each lesson's own introduction, rendered, by slug. */
  lessonIntros: ReadonlyMap<string, Root>;
  pages: ReadonlyMap<string, SourcePage>;
  rules: ReadonlyMap<string, RuleSummary>;
  examples: ReadonlyMap<string, ExampleSummary>;
  /** The course's own texts, rendered, by name (`text:` sources). */
  texts: ReadonlyMap<string, Root>;
  /** The lessons' exercise files, rendered, by name (`exercises:`). */
  exercises: ReadonlyMap<string, Root>;
  base: string;
}

function toHtml(children: ElementContent[], extra: ReturnType<typeof takeAssets>[]): string {
  const assets = mergeAssets(extra);
  // A feature's script comes along only when its element did (`data-needs`, see
  // shared/rehype-inline-script.ts): a lesson without a walkthrough ships no walkthrough code.
  const content: Root = { type: 'root', children };
  const scripts = assets.scripts.filter((script) => {
    const needs = script.properties['dataNeeds'];
    return typeof needs !== 'string' || select(needs, content) !== undefined;
  });
  return serialize([...assets.links, ...children, ...scripts]);
}

export function buildCourse(input: CourseInput): CourseEntry[] {
  const { syllabus, base } = input;
  // Each lesson's exercise ids, for the syllabus's "N of 7 exercises done".
  const exerciseIds = new Map(syllabus.lessons.map((lesson) => [lesson.slug,
    selectAll('section.exercise', { type: 'root', children: [...input.exercises.get(
      lesson.exercises ?? '')?.children ?? []] })
      .map((node) => String(node.properties['dataExerciseId'] ?? ''))
      .filter((id) => id !== '')]));
  const syllabusBody = composeSyllabus(syllabus, input.intro, base, exerciseIds);
  const syllabusAssets = takeAssets(syllabusBody);
  const syllabusLink = { link: pageUrl(SYLLABUS_ID, base), label: 'Syllabus' };
  const entries: CourseEntry[] = [{
    id: SYLLABUS_ID,
    data: { title: syllabus.title, description: `The lessons of ${syllabus.title}, in order.` },
    html: toHtml(syllabusBody, [syllabusAssets]),
    headings: tocHeadings(syllabusBody),
  }];
  syllabus.lessons.forEach((lesson, index) => {
    const body = composeLesson({ ...input, index, intro: input.lessonIntros.get(lesson.slug) });
    const before = syllabus.lessons[index - 1];
    const after = syllabus.lessons[index + 1];
    entries.push({
      id: lessonId(lesson.slug),
      data: {
        title: lesson.title,
        description: lesson.objectives.join(' '),
        sidebar: { label: `${index + 1}. ${lesson.title}` },
        prev: before
          ? { link: pageUrl(lessonId(before.slug), base), label: before.title }
          : syllabusLink,
        next: after
          ? { link: pageUrl(lessonId(after.slug), base), label: after.title }
          : { ...syllabusLink, label: 'Back to the syllabus' },
      },
      html: toHtml(body.children, body.assets),
      headings: tocHeadings(body.children),
    });
  });
  return entries;
}
