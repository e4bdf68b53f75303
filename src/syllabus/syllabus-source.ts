/**
 * Course stage, the syllabus read once. When Astro loads its config, the plugin reads the
 * syllabus file (`content/syllabus.yaml` unless its `syllabus` option names another) and hands
 * the text on: to the sidebar's "Course" group (sidebar-items.ts) and, through
 * `virtual:shipshape/options`, to the course loader (src/loaders/load-course.ts), which parses
 * it with line numbers; neither reads the file. In `astro dev` an edit to the file restarts
 * the server (the plugin's `addWatchFile`): the config is loaded again, which reads it again,
 * and hands the new text to the loaders with Astro's `refreshContent` (plugin/integration.ts),
 * as `refreshContextData.syllabus`. Node only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';

export const syllabusSourceSchema = z.object({
  /** The file from the project root, as messages name it. */
  file: z.string(),
  /** Its text. */
  text: z.string(),
});

/** The syllabus as read. */
export type SyllabusSource = z.output<typeof syllabusSourceSchema>;

const refreshSchema = z.object({ syllabus: syllabusSourceSchema.nullable() });

/**
 * The syllabus a content refresh hands the loaders (`refreshContextData`), when it hands one:
 * null when the guide no longer has one, undefined when the refresh is not about it.
 */
export function refreshedSyllabus(context: unknown): SyllabusSource | null | undefined {
  const parsed = refreshSchema.safeParse(context);
  return parsed.success ? parsed.data.syllabus : undefined;
}

/** The syllabus `file` (from `root`), or undefined when the guide has none. */
export function readSyllabusSource(root: string, file: string): SyllabusSource | undefined {
  try {
    return { file, text: readFileSync(resolve(root, file), 'utf8') };
  } catch {
    return undefined;
  }
}
