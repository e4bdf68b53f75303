/**
 * Course stage: the `/syllabus/` page — the course's introduction, then every lesson in order
 * with its time, prerequisites and objectives, and links to it and to its PDF.
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { formatMinutes } from './format-minutes.ts';
import { prerequisiteLink } from './prerequisite-link.ts';
import { guidePdfUrl, lessonId, lessonPdfUrl, pageUrl } from './course-urls.ts';
import type { Lesson, Syllabus } from './syllabus-schema.ts';

function prerequisites(syllabus: Syllabus, lesson: Lesson, base: string): ElementContent[] {
  if (lesson.prerequisites.length === 0) return [];
  const items = lesson.prerequisites.flatMap((item, i): Array<ElementContent | string> => {
    const separator = i === 0 ? [] : [' · '];
    if (typeof item === 'string') return [...separator, item];
    return [...separator, prerequisiteLink(syllabus, item.lesson, base)];
  });
  return [h('p.lesson-prerequisites', [h('strong', 'Before you start: '), ...items])];
}

/** The syllabus page's content; `intro` is the syllabus's own introduction, rendered. */
export function composeSyllabus(syllabus: Syllabus, intro: Root, base: string): ElementContent[] {
  const total = syllabus.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return [
    ...(structuredClone(intro).children as ElementContent[]),
    h('p.course-summary', [
      `${syllabus.lessons.length} lessons, about ${formatMinutes(total)} in all. `,
      h('a', { href: guidePdfUrl(base), download: '' }, 'Download the whole guide as a PDF'),
      ' to read offline.',
    ]),
    h('ol.syllabus-lessons', syllabus.lessons.map((lesson) => h('li', [
      h('h2', { id: lesson.slug }, [
        h('a', { href: pageUrl(lessonId(lesson.slug), base) }, lesson.title),
      ]),
      h('p.lesson-time', [
        `About ${formatMinutes(lesson.minutes)} · `,
        h('a', { href: lessonPdfUrl(lesson.slug, base), download: '' }, 'PDF'),
      ]),
      ...prerequisites(syllabus, lesson, base),
      h('ul.lesson-objectives', lesson.objectives.map((objective) => h('li', objective))),
    ]))),
  ];
}
