/**
 * Issue 14, "options validated by zod (content folders …)": the examples, the lesson texts, the
 * exercises and the Python advisories are read from the folders the plugin's options name, not
 * from fixed places under `content/`. A copy of the guide with those four moved to `course/` and
 * named in `shipshape({ … })` builds its example pages, their downloads, "Run it here" (which
 * reads the advisories), the lesson that draws on a lesson text and a lesson's exercise; nothing
 * is left at the old places.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, prepareFixture, type FixtureBuild } from './build-fixture.ts';

let result: FixtureBuild;
let mojibakeLine = 0;
const dist = (path: string) => join(result.dir, 'dist', path);

beforeAll(() => {
  const dir = prepareFixture({}, { withContent: true });
  mkdirSync(join(dir, 'course'));
  renameSync(join(dir, 'content/examples'), join(dir, 'course/examples'));
  renameSync(join(dir, 'content/lessons'), join(dir, 'course/texts'));
  // A heading with mojibake on a known line of a lesson text: the repair's warning names it.
  const lessonText = join(dir, 'course/texts/tag-and-push.md');
  const lines = readFileSync(lessonText, 'utf8').split('\n');
  mojibakeLine = lines.length + 2;
  writeFileSync(lessonText, `${lines.join('\n')}\n\n## \uF8FF\u00FC\u00EE\u00E7 Look closer\n`);
  renameSync(join(dir, 'content/exercises'), join(dir, 'course/exercises'));
  renameSync(join(dir, 'content/data/python-advisories.yaml'), join(dir, 'course/advisories.yaml'));
  const config = join(dir, 'astro.config.mjs');
  const text = readFileSync(config, 'utf8');
  expect(text).toContain('plugins: [shipshape()]');
  writeFileSync(config, text.replace('plugins: [shipshape()]', "plugins: [shipshape({ " +
    "examples: 'course/examples', lessons: 'course/texts', " +
    "exercises: 'course/exercises', advisories: 'course/advisories.yaml' })]"));
  result = build(dir);
}, 300_000);

afterAll(() => {
  if (result) rmSync(result.dir, { recursive: true, force: true });
});

describe('content at the places the options name', () => {
  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(existsSync(join(result.dir, 'content/examples'))).toBe(false);
  });

  it('makes the example pages and downloads from the examples option', () => {
    const page = readFileSync(dist('examples/01-first-dockerfile/index.html'), 'utf8');
    expect(page).toContain('The typical first Dockerfile');
    expect(page).toContain('id="run-here-01-first-dockerfile"');
    expect(existsSync(dist('examples/01-first-dockerfile.zip'))).toBe(true);
    expect(readFileSync(dist('examples/index.html'), 'utf8')).toContain('Hardened on Alpine');
  });

  it('names the lesson text\'s own line in a warning about it', () => {
    expect(result.output).toMatch(new RegExp(`course/texts/tag-and-push\\.md:${mojibakeLine}: ` +
      'mojibake'));
  });

  it('draws a lesson text from the lessons option', () => {
    const lesson = readFileSync(dist('lessons/tagging-and-publishing/index.html'), 'utf8');
    expect(lesson).toContain('Tag the image and push it');
  });

  it('ends a lesson with its exercise from the exercises option', () => {
    const lesson = readFileSync(dist('lessons/multi-stage-builds/index.html'), 'utf8');
    expect(lesson).toContain('Leave the compiler in a build stage');
    expect(lesson).toContain('data-exercise');
  });
});
