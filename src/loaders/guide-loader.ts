/**
 * Ingest stage, content-layer loader for Starlight's `docs` collection. It reads authored pages
 * (`content/pages/**.md`, front matter required) and write-ups (`content/writeups/*.md`, taken as
 * they are), renders them through the Markdown pipeline with the ingest plugins, prints every
 * diagnostic as `file:line: message` and keeps them on the entry for the authors' report page.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { ContentError } from '../shared/content-error.ts';
import { terminalSafe } from '../shared/terminal-text.ts';
import { MAX_MARKDOWN_BYTES } from '../shared/limits.ts';
import { entryId, type EntryKind } from './entry-ids.ts';
import { readEntry } from './read-entry.ts';
import { withBase } from '../shared/base-path.ts';
import { validateFrontmatter, type SchemaFactory } from './validate-frontmatter.ts';
import { WRITEUP_FIELDS, writeupFrontmatterSchema } from './writeup-frontmatter.ts';
import { loadCourse } from './load-course.ts';
import { exhaustion, isContentRefusal, renderQuietly } from './render-refusals.ts';

export interface GuideLoaderOptions {
  /** Folder of authored pages, relative to the project root. */
  pages: string;
  /** Folder of write-ups, relative to the project root. */
  writeups: string;
  /** The collection's schema, to explain front matter errors field by field. */
  schema: SchemaFactory;
  /** The syllabus file, relative to the project root (default `content/syllabus.yaml`). */
  syllabus?: string;
  /** Whether the course pages are made (default true). */
  course?: boolean;
}

type Kind = EntryKind;

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && extname(entry.name) === '.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function titleFromFileName(path: string): string {
  const words = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

async function loadFile(
  ctx: LoaderContext,
  options: GuideLoaderOptions,
  kind: Kind,
  dir: string,
  path: string,
): Promise<void> {
  const root = fileURLToPath(ctx.config.root);
  const display = relative(root, path).replace(/\\/g, '/');
  const { size } = await stat(path);
  if (size > MAX_MARKDOWN_BYTES) {
    throw new ContentError(`${display}:1: the file is ${(size / 1024 / 1024).toFixed(1)} MB, ` +
      `over the limit of ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB for one page; expected a ` +
      'shorter file', 'Split it into several write-ups, or link to large data instead.');
  }
  const source = readEntry(await readFile(path, 'utf8'), display);
  if (kind === 'writeup') checkWriteupFrontmatter(source.frontmatter, display, source.text);
  const handoff = { ...source.frontmatter, shipshape: { kind, lineOffset: 1 } };
  // JSON is YAML: the hand-off front matter takes one line, hence `lineOffset: 1`.
  const rendered = await renderQuietly(() => ctx
    .renderMarkdown(`---\n${JSON.stringify(handoff)}\n---\n${source.body}`, {
      fileURL: pathToFileURL(path),
    }))
    .catch((error: unknown) => {
      throw asContentError(error, display);
    });
  const back = (rendered.metadata?.frontmatter?.['shipshape'] ?? {}) as {
    derivedTitle?: string;
    diagnostics?: Diagnostic[];
    dockerfiles?: unknown[];
    practiceEvidence?: unknown;
  };
  const diagnostics: Diagnostic[] = [
    ...source.diagnostics.map((d) => ({
      line: d.line,
      ruleId: d.ruleId,
      severity: 'info' as const,
      message: `${d.found}; ${d.action}`,
    })),
    ...(back.diagnostics ?? []),
  ];
  for (const d of diagnostics) {
    // The one place a page's diagnostics are printed: nothing from content reaches it raw.
    const line = terminalSafe(`${display}:${d.line}: ${d.message} [${d.ruleId}]`);
    if (d.severity === 'warning') ctx.logger.warn(line);
    else ctx.logger.info(line);
  }
  const title =
    source.frontmatter['title'] ??
    (kind === 'writeup' ? (back.derivedTitle ?? titleFromFileName(path)) : undefined);
  const id = entryId(kind, dir, path);
  const raw = {
    ...withBaseInHero(source.frontmatter, ctx.config.base),
    ...(title === undefined ? {} : { title }),
    diagnostics,
    dockerfiles: back.dockerfiles ?? [],
    ...(back.practiceEvidence === undefined ? {} : { practiceEvidence: back.practiceEvidence }),
  };
  const problems = validateFrontmatter(options.schema, raw, display, source.text);
  if (problems.length > 0) throw new ContentError(problems.join('\n'), schemaHint(kind));
  const data = await ctx.parseData({ id, data: raw, filePath: path });
  ctx.store.set({
    id,
    data,
    body: source.body,
    filePath: display,
    digest: ctx.generateDigest(source.body),
    rendered,
    ...(rendered.metadata?.imagePaths?.length
      ? { assetImports: rendered.metadata.imagePaths }
      : {}),
  });
}

/**
 * A write-up is untrusted: its own front matter may hold only the small, text-only set of
 * fields (writeup-frontmatter.ts), checked before anything of it is rendered.
 */
function checkWriteupFrontmatter(
  frontmatter: Record<string, unknown>,
  display: string,
  text: string,
): void {
  const problems = validateFrontmatter(() => writeupFrontmatterSchema, frontmatter, display,
    text, WRITEUP_FIELDS);
  if (problems.length > 0) throw new ContentError(problems.join('\n'), schemaHint('writeup'));
}

/**
 * A Markdown step that stops the build on bad content (`file.fail`) throws a message with the
 * line; it becomes a ContentError naming `file:line`, without a stack trace. Anything else is a
 * bug in shipshape and is rethrown as it is.
 */
function asContentError(error: unknown, display: string): unknown {
  // Too deep or too big for the parsers despite the ingest limits: still this file's problem,
  // and named as such (a stack overflow's trace points at whichever plugin ran out).
  if (!isContentRefusal(error)) return error;
  const exhausted = exhaustion(error);
  if (exhausted) {
    return new ContentError(`${display}:1: the page cannot be rendered (${exhausted}); ` +
      'expected content within the limits of README "Limits"',
    'Look for very deep nesting or very long repeated markup in this file.');
  }
  const message = error as { reason: string; line?: unknown; ruleId?: unknown };
  const line = typeof message.line === 'number' ? message.line : 1;
  const section = message.ruleId === 'walkthrough' ? 'Authoring walkthroughs'
    : message.ruleId === 'mermaid' ? 'Diagrams' : 'Limits';
  return new ContentError(`${display}:${line}: ${message.reason}`,
    `See README "${section}".`);
}

/**
 * Hero buttons are front matter, not Markdown, so the base-path step for content links does not
 * reach them: their root-relative links get the base here.
 */
function withBaseInHero(frontmatter: Record<string, unknown>, base: string):
  Record<string, unknown> {
  const hero = frontmatter['hero'] as { actions?: Array<Record<string, unknown>> } | undefined;
  if (!hero?.actions) return frontmatter;
  const actions = hero.actions.map((action) => typeof action['link'] === 'string'
    ? { ...action, link: withBase(action['link'], base) }
    : action);
  return { ...frontmatter, hero: { ...hero, actions } };
}

function schemaHint(kind: Kind): string {
  return kind === 'page'
    ? 'Authored pages need front matter with at least `title: …`; see README "Authoring pages".'
    : `Front matter in a write-up is optional; ${WRITEUP_FIELDS} (see README "Adding a ` +
      'write-up").';
}

/** In `astro dev`, edits reload just the changed file; a content error is shown, not fatal. */
function watchFolders(ctx: LoaderContext, options: GuideLoaderOptions, folders: Folder[]): void {
  const watcher = ctx.watcher;
  if (!watcher) return;
  watcher.add(folders.map(([, dir]) => dir));
  const folderOf = (path: string) =>
    extname(path) === '.md' ? folders.find(([, dir]) => path.startsWith(`${dir}/`)) : undefined;
  const reload = async (path: string): Promise<void> => {
    const folder = folderOf(path);
    if (!folder) return;
    // Lessons draw on the pages, so they are composed again after any page changes.
    await loadFile(ctx, options, folder[0], folder[1], path)
      .then(() => loadCourseOf(ctx, options))
      .catch((error: unknown) => {
        ctx.logger.error(terminalSafe(error instanceof Error ? error.message : String(error)));
      });
  };
  watcher.on('change', (path) => void reload(path));
  watcher.on('add', (path) => void reload(path));
  watcher.on('unlink', (path) => {
    const folder = folderOf(path);
    if (folder) ctx.store.delete(entryId(folder[0], folder[1], path));
  });
}

type Folder = [Kind, string];

async function loadCourseOf(ctx: LoaderContext, options: GuideLoaderOptions): Promise<void> {
  if (options.course !== false) await loadCourse(ctx, options.syllabus);
}

export function guideLoader(options: GuideLoaderOptions): Loader {
  return {
    name: 'shipshape-guide-loader',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const folders: Folder[] = [
        ['page', resolve(root, options.pages)],
        ['writeup', resolve(root, options.writeups)],
      ];
      ctx.store.clear();
      for (const [kind, dir] of folders) {
        for (const path of await listMarkdown(dir)) await loadFile(ctx, options, kind, dir, path);
      }
      await loadCourseOf(ctx, options);
      watchFolders(ctx, options, folders);
    },
  };
}
