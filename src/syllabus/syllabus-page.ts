/**
 * Course stage: the `/syllabus/` page — the course's introduction, then every lesson in order
 * with its time, prerequisites and objectives, and links to it and to its PDF. When lessons
 * have exercises, the page carries their ids for the exercises' script
 * (`exercises/client/exercises.ts`), which shows "N of 7 exercises done", a reset, and each
 * lesson's "Exercise done" from the reader's browser; without JavaScript a sentence says
 * progress needs it, and paper shows none of it (exercises.css).
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

/**
 * "0 of 7 exercises done" and "Reset progress" (its confirm step hidden until asked): written
 * as a reader with no progress sees it, so the script only changes a digit and nothing on the
 * page moves; without JavaScript (CSS `scripting: none`) a sentence says what it needs instead.
 */
function courseProgress(ids: readonly string[]): ElementContent[] {
  if (ids.length === 0) return [];
  return [
    h('p.course-progress-needs-js',
      'Your progress on the exercises is kept in your browser and needs JavaScript.'),
    h('div.course-progress', { dataCourseProgress: '', dataExerciseIds: JSON.stringify(ids) }, [
      h('p', [h('strong', { dataProgressCount: '', role: 'status' },
        `0 of ${ids.length} exercise${ids.length === 1 ? '' : 's'} done`), ' ',
      h('span.course-progress-where', '(kept in this browser only)')]),
      h('button', { type: 'button', dataAction: 'reset-progress' }, 'Reset progress'),
      h('p.course-progress-confirm', { hidden: true, dataProgressConfirm: '' }, [
        'Forget every exercise’s Dockerfile, hints and solutions looked at? ',
        h('button', { type: 'button', dataAction: 'confirm-reset' }, 'Yes, reset progress'),
        ' ',
        h('button', { type: 'button', dataAction: 'cancel-reset' }, 'Cancel'),
      ]),
    ]),
  ];
}

/**
 * The syllabus page's content; `intro` is the syllabus's own introduction, rendered;
 * `exercises` the ids of each lesson's exercises, by lesson slug.
 */
export function composeSyllabus(syllabus: Syllabus, intro: Root, base: string,
  exercises: ReadonlyMap<string, readonly string[]> = new Map()): ElementContent[] {
  const total = syllabus.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const allIds = syllabus.lessons.flatMap((lesson) => exercises.get(lesson.slug) ?? []);
  return [
    ...(structuredClone(intro).children as ElementContent[]),
    h('p.course-summary', [
      `${syllabus.lessons.length} lessons, about ${formatMinutes(total)} in all. `,
      h('a', { href: guidePdfUrl(base), download: '' }, 'Download the whole guide as a PDF'),
      ' to read offline.',
    ]),
    ...courseProgress(allIds),
    h('ol.syllabus-lessons', syllabus.lessons.map((lesson) => h('li', [
      h('h2', { id: lesson.slug }, [
        h('a', { href: pageUrl(lessonId(lesson.slug), base) }, lesson.title),
      ]),
      h('p.lesson-time', [
        `About ${formatMinutes(lesson.minutes)} · `,
        h('a', { href: lessonPdfUrl(lesson.slug, base), download: '' }, 'PDF'),
        // On the same line as the time, so showing it moves nothing below.
        ...(exercises.get(lesson.slug) ?? []).length === 0 ? [] : [
          h('span.lesson-exercise-done', { hidden: true,
            dataLessonExercises: JSON.stringify(exercises.get(lesson.slug)) },
          ' · ✓ Exercise done'),
        ],
      ]),
      ...prerequisites(syllabus, lesson, base),
      h('ul.lesson-objectives', lesson.objectives.map((objective) => h('li', objective))),
    ]))),
  ];
}
