/**
 * Course stage, the syllabus read once. When Astro loads its config, the plugin reads the
 * syllabus file (`content/syllabus.yaml` unless its `syllabus` option names another) and hands
 * the text on: to the sidebar's "Course" group (sidebar-items.ts) and, through
 * `virtual:shipshape/options`, to the course loader (src/loaders/load-course.ts), which parses
 * it with line numbers; neither reads the file. In `astro dev` an edit to the file restarts
 * the server (the plugin's `addWatchFile`), which reads it again. Node only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The syllabus as read: its file (from the project root, as messages name it) and text. */
export interface SyllabusSource {
  file: string;
  text: string;
}

/** The syllabus `file` (from `root`), or undefined when the guide has none. */
export function readSyllabusSource(root: string, file: string): SyllabusSource | undefined {
  try {
    return { file, text: readFileSync(resolve(root, file), 'utf8') };
  } catch {
    return undefined;
  }
}
