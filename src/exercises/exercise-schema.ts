/**
 * Exercises: the zod schemas of an exercise — the attributes of `::::exercise{…}` and
 * `::goal{…}` as authors write them, and the data a page carries for the interactive part
 * (`data-exercise` on the exercise's section: starting file, goals, model solution). Browser-safe.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'lowercase letters, digits and single hyphens, e.g. `pin-the-base`',
});

/** `::::exercise{id=pin-the-base title="Pin the base image"}`. */
export const exerciseAttributesSchema = z.object({
  /** Unique on its page; the interactive part keeps the reader's progress under it. */
  id: slug,
  /** The exercise's heading, one short imperative ("Pin the base image"). */
  title: z.string().trim().min(1),
}).strict();

/**
 * `::goal{rule=DL3042}`, `::goal{practice=non-root}` or `::goal{instruction=HEALTHCHECK}`:
 * exactly one of the three. The label (`::goal[Say how to check it is alive]{…}`) replaces the
 * goal's default wording; what is checked is always shown after it.
 */
export const goalAttributesSchema = z.union([
  /** A rule that must not fire on the file (id as on its rule page, `DL3042`, `SS001`). */
  z.object({ rule: z.string().min(1) }).strict(),
  /** A practice of the practices matrix that must hold (`non-root`, `multi-stage`, …). */
  z.object({ practice: z.string().min(1) }).strict(),
  /** An instruction the file must have (`HEALTHCHECK`, `USER`), any case. */
  z.object({ instruction: z.string().min(1) }).strict(),
]);

/** One goal as the checker reads it. */
export const goalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), rule: z.string(), label: z.string() }),
  z.object({ kind: z.literal('practice'), practice: z.string(), label: z.string() }),
  z.object({ kind: z.literal('instruction'), instruction: z.string(), label: z.string() }),
]);
export type Goal = z.output<typeof goalSchema>;

/** What an exercise's section carries in `data-exercise` (JSON), for the interactive part. */
export const exerciseDataSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The starting Dockerfile. */
  start: z.string(),
  goals: z.array(goalSchema).min(1),
  /** The model solution's Dockerfile. */
  solution: z.string(),
  /**
   * The one-line title of each rule a goal names or the starting file or solution raises, by
   * id: the editor's hover says it beside the finding, as the playground's does.
   */
  titles: z.record(z.string(), z.string()).default({}),
});
export type ExerciseData = z.output<typeof exerciseDataSchema>;
