/**
 * Course stage: the syllabus file (`content/syllabus.yaml`) — lessons in order, each drawing on
 * write-up sections, walkthroughs, comparisons and rule pages by reference, never by copy.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'lowercase letters, digits and single hyphens, e.g. `base-images`',
});

/** A heading anchor, written with or without the leading `#`. */
const anchor = z.string().min(1).transform((value) => value.replace(/^#/, ''));

/** A section of a write-up (or the whole write-up when `section` is left out). */
const writeupSource = z.object({
  /** The write-up's file name without `.md`, e.g. `lab-02-docker-containerization`. */
  writeup: slug,
  /** The anchor of a heading in it (the part after `#` in its address). */
  section: anchor.optional(),
}).strict();

/** An authored walkthrough page under `content/pages/walkthroughs/`, by file name. */
const walkthroughSource = z.object({ walkthrough: slug }).strict();

/** A section of the base-image comparison page (`/compare/`), by heading anchor. */
const comparisonSource = z.object({ comparison: anchor }).strict();

/** A complete example project (`content/examples/<slug>/`), by folder name. */
const exampleSource = z.object({ example: z.string().min(1) }).strict();

/**
 * A text written for the course, where no write-up has what a lesson promises: a Markdown file
 * in `content/lessons/`, by file name without `.md`. Its facts carry their sources, as links.
 */
const textSource = z.object({ text: slug }).strict();

/** Rule pages, by rule id (`DL3042`, `JSONArgsRecommended`, `SS001`). */
const rulesSource = z.object({ rules: z.array(z.string().min(1)).min(1) }).strict();

export const lessonSourceSchema = z.union([
  writeupSource,
  walkthroughSource,
  comparisonSource,
  exampleSource,
  rulesSource,
  textSource,
]);
export type LessonSource = z.output<typeof lessonSourceSchema>;

/** Something to know before the lesson: an earlier lesson (by slug) or a sentence. */
const prerequisiteSchema = z.union([z.object({ lesson: slug }).strict(), z.string().min(1)]);
export type Prerequisite = z.output<typeof prerequisiteSchema>;

export const lessonSchema = z.object({
  /** The lesson's address: `/lessons/<slug>/`. Keep it once courses link to it. */
  slug,
  /** The lesson's title, as on its page and in the sidebar. */
  title: z.string().min(1),
  /** What a student can do after the lesson, one sentence each. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Estimated time in minutes, reading and trying things out. */
  minutes: z.number().int().positive(),
  /** What to know or have done first. */
  prerequisites: z.array(prerequisiteSchema).default([]),
  /** A short introduction of the lesson's own, in Markdown. */
  intro: z.string().optional(),
  /** What the lesson pulls in, in reading order. */
  sources: z.array(lessonSourceSchema).min(1),
  /**
   * The lesson's exercises, at its end: a Markdown file in `content/exercises/`, by file name
   * without `.md`, holding one or more `::::exercise` directives (README "Authoring exercises").
   */
  exercises: slug.optional(),
}).strict();
export type Lesson = z.output<typeof lessonSchema>;

export const syllabusSchema = z.object({
  /** The course's title, on `/syllabus/`. */
  title: z.string().min(1),
  /** One or two sentences on what the course is for, in Markdown. */
  intro: z.string().min(1),
  /** The lessons, in the order they are taught. */
  lessons: z.array(lessonSchema).min(1),
}).strict().superRefine((syllabus, ctx) => {
  const seen = new Map<string, number>();
  syllabus.lessons.forEach((lesson, index) => {
    const first = seen.get(lesson.slug);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['lessons', index, 'slug'],
        input: lesson.slug,
        message: `a slug not used by another lesson (lesson ${first + 1} already has it)`,
      });
    }
    seen.set(lesson.slug, index);
    lesson.prerequisites.forEach((item, j) => {
      if (typeof item === 'string') return;
      const at = seen.get(item.lesson);
      if (at !== undefined && at < index) return;
      ctx.addIssue({
        code: 'custom',
        path: ['lessons', index, 'prerequisites', j, 'lesson'],
        input: item.lesson,
        message: 'the slug of an earlier lesson',
      });
    });
  });
});
export type Syllabus = z.output<typeof syllabusSchema>;
