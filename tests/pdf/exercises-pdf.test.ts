/**
 * Exercises on paper: each lesson PDF prints its exercise — task, starting Dockerfile, goals
 * and every hint — without the model solution, which prints in the appendix at the lesson's
 * end, on a page of its own (run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { exerciseDataSchema } from '../../src/exercises/exercise-schema.ts';
import { lessonFile } from '../../src/pdf/build-pdfs.ts';
import { parseSyllabus, SYLLABUS_FILE } from '../../src/syllabus/read-syllabus.ts';
import { pdfInfo, pdfText } from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const { syllabus } = parseSyllabus(readFileSync(join(root, SYLLABUS_FILE), 'utf8'),
  SYLLABUS_FILE);
/** Text without spaces, and without hyphens: pdftotext drops one where a line breaks at it. */
const squash = (text: string): string => text.replace(/[\s\u00ad-]+/g, '');
const APPENDIX = 'Appendix: model solutions';

describe('exercises in the lesson PDFs', () => {
  it('print the exercise and its hints, and the solution only in the appendix', () => {
    for (const lesson of syllabus.lessons) {
      const file = join(dist, 'pdf', lessonFile(`lessons/${lesson.slug}/`));
      expect(existsSync(file), file).toBe(true);
      const html = readFileSync(join(dist, 'lessons', lesson.slug, 'index.html'), 'utf8');
      const section = select('section.exercise', fromHtml(html))!;
      const data = exerciseDataSchema.parse(
        JSON.parse(String(section.properties['dataExercise'])));
      const pages = Number(pdfInfo(file)['Pages']);
      const texts = Array.from({ length: pages }, (_, i) =>
        pdfText(file, { first: i + 1, last: i + 1 }));
      const all = texts.join('\n');
      const at = all.indexOf(APPENDIX);
      expect(at, `${lesson.slug}: appendix`).toBeGreaterThan(0);
      const [body, appendix] = [squash(all.slice(0, at)), squash(all.slice(at))];
      expect(body, lesson.slug).toContain(squash(`Exercise: ${data.title}`));
      expect(body).toContain(squash(data.start));
      for (const goal of data.goals) expect(body).toContain(squash(goal.label));
      // Every hint prints, open.
      for (const hint of selectAll('details.exercise-hint', section)) {
        expect(body, lesson.slug).toContain(squash(toString(hint)));
      }
      // The solution is not in the exercise (its fold does not print), but in the appendix.
      expect(body).not.toContain('Showthemodelsolution');
      expect(body).not.toContain(squash(data.solution));
      expect(appendix, lesson.slug).toContain(squash(`Solution: ${data.title}`));
      expect(appendix, lesson.slug).toContain(squash(data.solution));
      // The appendix starts a page: nothing of the lesson above it on that page.
      const page = texts.findIndex((text) => text.includes(APPENDIX));
      const above = texts[page]!.slice(0, texts[page]!.indexOf(APPENDIX));
      expect(squash(above), lesson.slug).not.toContain(squash(data.start));
      expect(page, lesson.slug).toBeGreaterThan(0);
    }
  });
});
