/**
 * Ingest stage, guide loader: the course. After every page is rendered, takes the syllabus the
 * plugin read (src/syllabus/syllabus-source.ts), checks each reference against the rendered
 * pages (a missing heading stops the build at the syllabus line, with the nearest anchors), and
 * stores `/syllabus/` and one entry per lesson.
 * Only the pages the syllabus names are parsed back into trees.
 */
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import type { LoaderContext } from 'astro/loaders';
import { describedRules } from '../dockerfile/rules/texts.ts';
import { EXAMPLES_DIR } from '../examples/read-examples.ts';
import type { ExampleListing, Handoff } from './loader-handoff.ts';
import { buildCourse } from '../syllabus/build-course.ts';
import { CONTENT_VARIABLE, ownWriteups } from './writeups-folder.ts';
import {
  checkReferences, LESSON_EXERCISES, LESSON_TEXTS, sourcePageId,
} from '../syllabus/check-references.ts';
import { idsOf, parseFragment } from '../syllabus/html-fragment.ts';
import { renderedHtml } from '../shared/html-outside-store.ts';
import { sourcePage, type SourcePage } from '../syllabus/lesson-page.ts';
import { parseSyllabus, SyllabusError, SYLLABUS_FILE } from '../syllabus/read-syllabus.ts';
import { ContentError } from '../shared/content-error.ts';
import type { SyllabusSource } from '../syllabus/syllabus-source.ts';
import { isContentRefusal, renderQuietly } from './render-refusals.ts';
import { printDiagnostics, renderedDiagnostics } from './print-diagnostics.ts';

/**
 * The rendered pages the syllabus draws on, each parsed once; a page it does not name is never
 * turned back into a tree (at N write-ups a course names a handful).
 */
export function renderedPages(store: LoaderContext['store'], wanted: ReadonlySet<string>):
  Map<string, SourcePage> {
  const pages = new Map<string, SourcePage>();
  for (const id of wanted) {
    const entry = store.get(id);
    const html = renderedHtml(entry?.rendered);
    if (entry === undefined || html === undefined) continue;
    const title = (entry.data as { title?: unknown }).title;
    pages.set(id, sourcePage(id, typeof title === 'string' ? title : id, html));
  }
  return pages;
}

/** Where the course's parts are, from the project root: the plugin's options. */
export interface CourseFiles {
  /** The syllabus (default `content/syllabus.yaml`), as messages name it. */
  syllabus?: string | undefined;
  /** Its text as the plugin read it (src/syllabus/syllabus-source.ts); null: there is none. */
  source: SyllabusSource | null;
  /** The lesson texts' folder (default `content/lessons`). */
  lessons?: string | undefined;
  /** The exercises' folder (default `content/exercises`). */
  exercises?: string | undefined;
  /** The examples' folder (default `content/examples`), as messages name it. */
  examples?: string | undefined;
  /** The examples as the examples loader read them, in lesson order (loader-handoff.ts). */
  exampleListing: Handoff<ExampleListing[]>;
  /** Whether the write-ups are the configured folder's (default: `SHIPSHAPE_CONTENT` unset). */
  ownWriteups?: boolean | undefined;
}

/**
 * What a reference can point at: every rendered page by id (a wrong name is answered with the
 * nearest ones), with the anchors of the pages the syllabus names (only theirs are looked up).
 */
export function pageAnchors(store: LoaderContext['store'],
  pages: ReadonlyMap<string, SourcePage>): Map<string, readonly string[]> {
  const anchors = new Map<string, readonly string[]>();
  for (const entry of store.values()) {
    if (entry.rendered === undefined) continue;
    const page = pages.get(entry.id);
    anchors.set(entry.id, page === undefined ? [] : idsOf(page.tree));
  }
  return anchors;
}

/**
 * A lesson's exercises: rendered like every page, so `::::exercise` is checked on the way
 * (src/exercises/); a refused exercise stops the build at its `file:line`.
 */
async function renderExercises(ctx: LoaderContext, file: string, shown: string): Promise<Root> {
  const markdown = await readFile(file, 'utf8');
  // Astro leaves one line of the hand-off front matter above the body (measured: lines were one
  // too high); `lineOffset` takes it off, so node lines are the file's lines.
  const handoff = JSON.stringify({ shipshape: { kind: 'page', lineOffset: 1 } });
  const rendered = await renderQuietly(() =>
    ctx.renderMarkdown(`---\n${handoff}\n---\n${markdown}`, { fileURL: pathToFileURL(file) }))
    .catch((error: unknown) => {
    if (!isContentRefusal(error)) throw error;
    const message = error as { reason: string; line?: unknown };
    const line = typeof message.line === 'number' ? message.line : 1;
    throw new ContentError(`${shown}:${line}: ${message.reason}`,
      'See README "Authoring exercises".');
  });
  printDiagnostics(ctx.logger, shown, renderedDiagnostics(rendered.metadata));
  return parseFragment(rendered.html);
}

/**
 * Stores the course's pages from the syllabus the plugin read (`content/syllabus.yaml` unless
 * it names another file), if the guide has one.
 */
export async function loadCourse(ctx: LoaderContext, files: CourseFiles): Promise<void> {
  const root = fileURLToPath(ctx.config.root);
  const syllabusFile = files.syllabus ?? SYLLABUS_FILE;
  const lessons = (files.lessons ?? LESSON_TEXTS).replace(/\/+$/, '');
  const examplesDir = files.examples ?? EXAMPLES_DIR;
  const exercisesDir = (files.exercises ?? LESSON_EXERCISES).replace(/\/+$/, '');
  if (!(files.ownWriteups ?? ownWriteups(root))) {
    ctx.logger.info(`${syllabusFile} is left out: its lessons name the guide's own write-ups, ` +
      `and the guide is built from the folder ${CONTENT_VARIABLE} names`);
    return;
  }
  const path = resolve(root, syllabusFile);
  // Read once, by the plugin with the config; not again here.
  const text = files.source?.text;
  if (text === undefined) {
    ctx.logger.info(`${syllabusFile} not found: the guide has no course pages`);
    return;
  }
  const { syllabus, lineOf } = parseSyllabus(text, syllabusFile);
  const pages = renderedPages(ctx.store, new Set(syllabus.lessons.flatMap((lesson) =>
    lesson.sources.flatMap((source) => sourcePageId(source) ?? []))));
  // Read once, by the examples loader, which hands them over as soon as it has them.
  const examples = new Map((await files.exampleListing.take()).map((example) =>
    [example.slug, { title: example.title, shows: example.shows }]));
  const markdownIn = async (folder: string) => (await readdir(resolve(root, folder))
    .catch(() => [])).filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length));
  const textNames = await markdownIn(lessons);
  const targets = {
    pages: pageAnchors(ctx.store, pages),
    ruleIds: describedRules.map((rule) => rule.id),
    examples: [...examples.keys()],
    texts: textNames,
    folders: { examples: examplesDir, lessons, exercises: exercisesDir },
    exercises: await markdownIn(exercisesDir),
  };
  const problems = checkReferences(syllabus, lineOf, syllabusFile, targets);
  if (problems.length > 0) throw new SyllabusError(problems);

  const shownText = (file: string) => `${lessons}/${file.split(/[\\/]/).at(-1)}`;
  const render = async (markdown: string, file = path, what = 'an introduction') => {
    // A lesson text is a file of its own: like an exercise, its lines are one too high without
    // the offset. An introduction comes from a string in the syllabus, where no line counts.
    const lineOffset = file === path ? 0 : 1;
    const handoff = JSON.stringify({ shipshape: { kind: 'page', lineOffset } });
    const rendered = await renderQuietly(() =>
      ctx.renderMarkdown(`---\n${handoff}\n---\n${markdown}`, {
        fileURL: pathToFileURL(file),
      })).catch((error: unknown) => {
      const reason = (error as { reason?: unknown }).reason;
      const shown = file === path ? syllabusFile : shownText(file);
      throw new ContentError(`${shown}: ${what} does not render: ${
        typeof reason === 'string' ? reason : String(error)}`, 'Check its Markdown.');
    });
    printDiagnostics(ctx.logger, file === path
      ? (line) => `${syllabusFile}, ${what} (its line ${line})` : shownText(file),
    renderedDiagnostics(rendered.metadata));
    return parseFragment(rendered.html);
  };
  const texts = new Map();
  const wanted = new Set(syllabus.lessons.flatMap((lesson) =>
    lesson.sources.flatMap((source) => 'text' in source ? [source.text] : [])));
  for (const name of wanted) {
    const file = resolve(root, lessons, `${name}.md`);
    texts.set(name, await render(await readFile(file, 'utf8'), file, 'the text'));
  }
  const exercises = new Map();
  for (const name of new Set(syllabus.lessons.flatMap((lesson) => lesson.exercises ?? []))) {
    const file = resolve(root, exercisesDir, `${name}.md`);
    exercises.set(name, await renderExercises(ctx, file, `${exercisesDir}/${name}.md`));
  }
  const lessonIntros = new Map();
  for (const lesson of syllabus.lessons) {
    if (lesson.intro !== undefined) lessonIntros.set(lesson.slug, await render(lesson.intro));
  }
  const entries = buildCourse({
    syllabus,
    intro: await render(syllabus.intro),
    lessonIntros,
    pages,
    rules: new Map(describedRules.map((rule) => [rule.id, rule])),
    examples,
    texts,
    exercises,
    base: ctx.config.base,
  });
  for (const entry of entries) {
    const data = await ctx.parseData({
      id: entry.id,
      data: { ...entry.data, diagnostics: [], dockerfiles: [] },
      filePath: path,
    });
    ctx.store.set({
      id: entry.id,
      data,
      filePath: syllabusFile,
      digest: ctx.generateDigest(entry.html),
      rendered: { html: entry.html, metadata: { headings: entry.headings } },
    });
  }
}
