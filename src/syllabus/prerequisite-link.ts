/** Course stage: a prerequisite that names an earlier lesson, as a link "Lesson 2: Title". */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { lessonId, pageUrl } from './course-urls.ts';
import type { Syllabus } from './syllabus-schema.ts';

export function prerequisiteLink(syllabus: Syllabus, slug: string, base: string): Element {
  const at = syllabus.lessons.findIndex((lesson) => lesson.slug === slug);
  const title = syllabus.lessons[at]?.title ?? slug;
  return h('a', { href: pageUrl(lessonId(slug), base) }, `Lesson ${at + 1}: ${title}`);
}
