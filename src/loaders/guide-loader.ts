/**
 * Ingest stage, content-layer loader for Starlight's `docs` collection. It reads authored pages
 * (`content/pages/**.md`, front matter required) and write-ups (`content/writeups/*.md`, taken as
 * they are, or `content/writeups/<name>/` folders: one Markdown file and the files beside it,
 * read here once into the hand-off as `shipshape.bundle`, see src/bundle/), renders them through
 * the Markdown pipeline with the ingest plugins, prints every diagnostic as `file:line: message`
 * and keeps them on the entry for the authors' report page. Write-ups are rendered before the
 * pages, so that a page listing their claims (`::write-up-claims`) is handed them from the
 * collection (src/compare/listed-claims.ts); entries are stored pages first, as listed. A
 * write-up whose inputs have not changed since the last build (render-inputs.ts) keeps its stored
 * entry and is not rendered again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { ContentError } from '../shared/content-error.ts';
import { terminalSafe } from '../shared/terminal-text.ts';
import { pathNames, type PathNames } from '../shared/shown-path.ts';
import { printDiagnostics } from './print-diagnostics.ts';
import { MAX_MARKDOWN_BYTES } from '../shared/limits.ts';
import { entryId, type EntryKind } from './entry-ids.ts';
import { readEntry } from './read-entry.ts';
import { withBase } from '../shared/base-path.ts';
import {
  parseEntryData, validateFrontmatter, type SchemaFactory,
} from './validate-frontmatter.ts';
import { namedFiles, pipelineDigest } from './render-inputs.ts';
import { listsWriteupClaims, type ListedClaims } from '../compare/listed-claims.ts';
import type { FoundClaims } from '../compare/claims/claims-schema.ts';
import { WRITEUP_FIELDS, writeupFrontmatterSchema } from './writeup-frontmatter.ts';
import { loadCourse } from './load-course.ts';
import { refreshedSyllabus, type SyllabusSource } from '../syllabus/syllabus-source.ts';
import {
  Handoff, type ExampleListing, type LoaderHandoffs, type NamedWriteup,
} from './loader-handoff.ts';
import { namedWriteup } from '../examples/based-on.ts';
import { distinguishTitles } from './distinguish-titles.ts';
import { checkAddresses } from './address-collisions.ts';
import { watchContent } from './watch-content.ts';
import { findWriteups, type WriteupSource } from '../bundle/find-writeups.ts';
import { readBundle } from '../bundle/read-bundle.ts';
import { exhaustion, isContentRefusal, renderQuietly } from './render-refusals.ts';
import { storedRendering } from './stored-rendering.ts';
import { bringHtmlIn, HTML_FOLDER, htmlFileOf, htmlOutsideStore, moveHtmlOut, pruneHtmlFiles,
  type Rendering } from '../shared/html-outside-store.ts';

export interface GuideLoaderOptions {
  /** Folder of authored pages, relative to the project root. */
  pages: string;
  /** Folder of write-ups, relative to the project root. */
  writeups: string;
  /** The collection's schema, to explain front matter errors field by field. */
  schema: SchemaFactory;
  /** The syllabus file, relative to the project root (default `content/syllabus.yaml`). */
  syllabus?: string;
  /** The syllabus as the plugin read it (src/syllabus/syllabus-source.ts); null when the
   * guide has none. The course is made from it; the loader does not read the file. */
  syllabusSource?: SyllabusSource | null;
  /** Whether the course pages are made (default true). */
  course?: boolean;
  /** The lesson texts' folder, relative to the project root (default `content/lessons`). */
  lessons?: string;
  /** The exercises' folder, relative to the project root (default `content/exercises`). */
  exercises?: string;
  /** The examples' folder, relative to the project root (default `content/examples`). */
  examples?: string;
  /** Whether the write-ups are the configured folder's, which the course names (default:
   * `SHIPSHAPE_CONTENT` unset, src/loaders/writeups-folder.ts). */
  ownWriteups?: boolean;
  /** Files every write-up's page is rendered from (the comparison dataset), from the root. */
  dataFiles?: string[];
  /** Settings the rendering depends on (the plugin's options), as JSON. */
  renderedWith?: unknown;
  /** What this loader and the examples loader hand each other (loader-handoff.ts): the
   * write-ups' titles go to the examples' `basedOn`, the examples come for the course. Without
   * it, the course knows no examples. */
  handoffs?: LoaderHandoffs;
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

/** How this loader's files are named (src/shared/shown-path.ts). */
function namesOf(ctx: LoaderContext, options: GuideLoaderOptions): PathNames {
  const root = fileURLToPath(ctx.config.root);
  return pathNames(root, resolve(root, options.writeups));
}

/**
 * The hand-off as front matter. JSON is YAML; every character past ASCII is escaped, so that no
 * file of a write-up folder (a DEL, a lone surrogate) can make the YAML reader refuse it.
 */
function handoffText(handoff: Record<string, unknown>): string {
  return JSON.stringify(handoff).replace(/[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An entry as the collection stores it. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * The write-ups' claims as the collection stores them (`data.claims`), for a page that lists
 * them: `entries` are the write-ups' entries, in the order they are listed.
 */
function listedClaims(entries: Iterable<DataEntry>): ListedClaims {
  return [...entries].filter((entry) => entry.id.startsWith('writeups/')).map((entry) => ({
    page: `${entry.id}/`,
    claims: (entry.data as { claims: FoundClaims }).claims,
  }));
}

/** What is kept between builds for a write-up: its inputs' digest and its own title. */
interface Rendered {
  digest: string;
  title: string;
}

const renderedKey = (id: string) => `rendered:${id}`;

/**
 * Whether the stored entry `id` was rendered from the inputs `digest` names; if so, it is kept
 * as it was (its images stay imported: Astro lists them from the stored entries), its
 * diagnostics printed again and its own title put back (distinguish-titles.ts adds the name
 * again where it is still needed).
 */
function keepStored(ctx: LoaderContext, id: string, digest: string, display: string):
  DataEntry | undefined {
  const stored = ctx.store.get(id);
  const kept = JSON.parse(ctx.meta.get(renderedKey(id)) ?? 'null') as Rendered | null;
  if (stored?.rendered === undefined || kept?.digest !== digest) return undefined;
  const rendered = placedHtml(ctx, stored.rendered);
  // Its HTML file is gone (the cache folder was emptied): rendered again.
  if (rendered === undefined) return undefined;
  printDiagnostics(ctx.logger, display, (stored.data['diagnostics'] ?? []) as Diagnostic[]);
  // The store ignores an entry whose digest it holds: a moved HTML or a new title is a new one.
  const entry = rendered === stored.rendered ? stored : { ...stored, rendered,
    digest: ctx.generateDigest({ digest: stored.digest ?? '',
      htmlFile: htmlFileOf(rendered) ?? '' }) };
  if (entry.data['title'] === kept.title) return entry;
  return { ...entry, data: { ...entry.data, title: kept.title },
    digest: ctx.generateDigest({ digest: entry.digest ?? '', title: kept.title }) };
}

/** Where this run keeps a write-up's HTML (src/shared/html-outside-store.ts). */
function htmlFolder(ctx: LoaderContext): string {
  return fileURLToPath(new URL(`${HTML_FOLDER}/`, ctx.config.cacheDir));
}

/**
 * A write-up's rendering with its HTML where this run's pages read it: in a file for
 * `astro build`, in the store otherwise; undefined when the file it was moved to is gone.
 */
function placedHtml<R extends Rendering>(ctx: LoaderContext, rendered: R): R | undefined {
  if (!htmlOutsideStore()) return bringHtmlIn(rendered);
  const file = htmlFileOf(rendered);
  if (file === undefined) return moveHtmlOut(rendered, htmlFolder(ctx));
  return existsSync(file) ? rendered : undefined;
}

/**
 * Renders one file into the entry the collection stores; `claims` for a page that lists them.
 * `inputs` digests what every write-up is rendered with (code, data, options): with the file's
 * own inputs it decides whether a stored write-up is kept as it is.
 */
async function loadFile(
  ctx: LoaderContext,
  options: GuideLoaderOptions,
  kind: Kind,
  dir: string,
  path: string,
  writeup?: WriteupSource,
  claims?: () => ListedClaims,
  inputs?: string,
): Promise<DataEntry> {
  const names = namesOf(ctx, options);
  // Messages name the file as the instructor can open it; pages as the content folder has it;
  // Astro keeps it relative to the project.
  const display = names.message(path);
  const stored = names.stored(path);
  const shown = names.shown(path);
  const folder = writeup?.folder;
  const { size } = await stat(path);
  if (size > MAX_MARKDOWN_BYTES) {
    throw new ContentError(`${display}:1: the file is ${(size / 1024 / 1024).toFixed(1)} MB, ` +
      `over the limit of ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB for one page; expected a ` +
      'shorter file', 'Split it into several write-ups, or link to large data instead.');
  }
  const text = await readFile(path, 'utf8');
  // A folder write-up's address is its folder's: `content/writeups/app/DOCKER.md` → writeups/app.
  const id = entryId(kind, dir, folder ?? path);
  const bundle = folder === undefined ? undefined
    : readBundle(folder, basename(path), names.shown(folder));
  const digest = ctx.generateDigest({ inputs: inputs ?? '', stored, shown, text,
    bundle: bundle ?? null, files: namedFiles(text, path) });
  const kept = kind === 'writeup' && inputs !== undefined
    ? keepStored(ctx, id, digest, display) : undefined;
  if (kept !== undefined) return kept;
  const source = readEntry(text, display);
  if (kind === 'writeup') checkWriteupFrontmatter(source.frontmatter, display, source.text);
  const writeupClaims = kind === 'page' && claims !== undefined &&
    listsWriteupClaims(source.body) ? claims() : undefined;
  const handoff = { ...source.frontmatter,
    shipshape: { kind, lineOffset: 1, ...(bundle === undefined ? {} : { bundle }),
      ...(writeupClaims === undefined ? {} : { writeupClaims }) } };
  // JSON is YAML: the hand-off front matter takes one line, hence `lineOffset: 1`.
  const rendered = await renderQuietly(() => ctx
    .renderMarkdown(`---\n${handoffText(handoff)}\n---\n${source.body}`, {
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
    claims?: unknown;
    writeupClaims?: unknown;
  };
  // The write-ups' claims stay on their own entries, not copied into the page that lists them.
  delete back.writeupClaims;
  const diagnostics: Diagnostic[] = [
    ...(writeup?.note === undefined ? [] : [{ line: 1, ruleId: 'writeup-folder',
      severity: writeup.noteSeverity ?? 'warning',
      message: writeup.note.replace(/^.*?:1: /, '') }]),
    ...source.diagnostics.map((d) => ({
      line: d.line,
      ruleId: d.ruleId,
      severity: 'info' as const,
      message: `${d.found}; ${d.action}`,
    })),
    ...(back.diagnostics ?? []),
  ];
  printDiagnostics(ctx.logger, display, diagnostics);
  const title =
    source.frontmatter['title'] ??
    (kind === 'writeup' ? (back.derivedTitle ?? titleFromFileName(folder ?? path)) : undefined);
  const raw = {
    ...withBaseInHero(source.frontmatter, ctx.config.base),
    ...(title === undefined ? {} : { title }),
    ...(shown === stored ? {} : { shownPath: shown }),
    diagnostics,
    dockerfiles: back.dockerfiles ?? [],
    ...(back.practiceEvidence === undefined ? {} : { practiceEvidence: back.practiceEvidence }),
    ...(back.claims === undefined ? {} : { claims: back.claims }),
  };
  const data = await parseEntryData(() => ctx.parseData({ id, data: raw, filePath: path }),
    options.schema, raw, display, source.text, schemaHint(kind));
  const forStore = storedRendering(rendered);
  // A fresh rendering names no file, so it always has a place (placedHtml is undefined only for
  // a file that is gone).
  const placed = kind === 'writeup' ? placedHtml(ctx, forStore) ?? forStore : forStore;
  const entry: DataEntry = {
    id,
    data,
    body: source.body,
    filePath: stored,
    // The store ignores an entry whose digest it holds already: this one changes with the
    // output too (an authored page's directive may read files its digest does not cover; a
    // folder's files are in `digest`: an edited Dockerfile is a new page, the Markdown unchanged).
    // Where the HTML is kept is in it as well (html-outside-store.ts): `astro dev` after a build
    // stores the same page in the store instead of in a file.
    digest: ctx.generateDigest({ digest, html: rendered.html, data: raw,
      htmlFile: htmlFileOf(placed) ?? '' }),
    rendered: placed,
    ...(rendered.metadata?.imagePaths?.length
      ? { assetImports: rendered.metadata.imagePaths }
      : {}),
  };
  if (kind === 'writeup') {
    const keptNow: Rendered = { digest, title: String(data['title'] ?? '') };
    ctx.meta.set(renderedKey(id), JSON.stringify(keptNow));
  }
  return entry;
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

async function loadCourseOf(ctx: LoaderContext, options: GuideLoaderOptions,
  syllabus: SyllabusSource | null): Promise<void> {
  if (options.course !== false) {
    await loadCourse(ctx, { syllabus: options.syllabus, source: syllabus,
      lessons: options.lessons, exercises: options.exercises, examples: options.examples,
      exampleListing: options.handoffs?.examples ?? noExamples(),
      ownWriteups: options.ownWriteups });
  }
}

/** The examples a course knows without the examples loader: none. */
function noExamples(): Handoff<ExampleListing[]> {
  const none = new Handoff<ExampleListing[]>();
  none.give([]);
  return none;
}

/** The write-ups as an example's `basedOn` names them, with their own titles. */
function namedWriteups(writeups: readonly WriteupSource[], dir: string,
  titles: ReadonlyMap<string, string>): NamedWriteup[] {
  return writeups.map((w) => namedWriteup(w, dir,
    titles.get(entryId('writeup', dir, w.folder ?? w.markdown)) ?? ''));
}

/** Every page and write-up's address, checked for two files that would share one. */
function checkAllAddresses(names: PathNames, pages: string, pageFiles: readonly string[],
  writeupsDir: string, writeups: readonly WriteupSource[]): void {
  checkAddresses([
    ...pageFiles.map((path) => ({ id: entryId('page', pages, path),
      display: names.message(path) })),
    ...writeups.map((w) => ({ id: entryId('writeup', writeupsDir, w.folder ?? w.markdown),
      display: names.message(w.markdown) })),
  ]);
}

/** The digest of what every write-up is rendered with (see render-inputs.ts). */
function renderInputs(ctx: LoaderContext, options: GuideLoaderOptions, root: string): string {
  const data = (options.dataFiles ?? []).map((file) =>
    [file, readFileIfAny(resolve(root, file))]);
  return ctx.generateDigest({ code: pipelineDigest(), data, base: ctx.config.base,
    // Expressive Code's options, read by it from the project's root, render every code block
    // (Astro clears the store when its own configuration changes, not when this file does).
    codeBlocks: readFileIfAny(resolve(root, 'ec.config.mjs')),
    // The syllabus draws on the write-ups, not the other way round: an edit to it renders none.
    options: { ...options, schema: undefined, syllabusSource: undefined, handoffs: undefined } });
}

function readFileIfAny(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function guideLoader(options: GuideLoaderOptions): Loader {
  // The watcher is wired once per loader, however often Astro runs `load` again.
  let watched = false;
  // Each write-up's own title, before same titles are told apart (distinguish-titles.ts).
  const ownTitles = new Map<string, string>();
  // The syllabus the plugin read, or the one a refresh in `astro dev` handed over since.
  let syllabus = options.syllabusSource ?? null;
  return {
    name: 'shipshape-guide-loader',
    load: async (ctx) => {
      const refreshed = refreshedSyllabus(ctx.refreshContextData);
      if (refreshed !== undefined) syllabus = refreshed;
      const root = fileURLToPath(ctx.config.root);
      const pages = resolve(root, options.pages);
      const writeupsDir = resolve(root, options.writeups);
      ownTitles.clear();
      const remember = (entry: DataEntry): DataEntry => {
        const title = (entry.data as { title?: unknown }).title;
        if (typeof title === 'string') ownTitles.set(entry.id, title);
        return entry;
      };
      /** The pages that list the write-ups' claims, rendered again from the collection. */
      const relist = async (): Promise<void> => {
        const claims = () => listedClaims(ctx.store.values());
        const listing = [...ctx.store.values()].filter((stored) => stored.filePath !== undefined &&
          !stored.id.startsWith('writeups/') && listsWriteupClaims(stored.body ?? ''));
        for (const stored of listing) {
          ctx.store.set(await loadFile(ctx, options, 'page', pages,
            resolve(root, stored.filePath ?? ''), undefined, claims));
        }
      };
      const pageFiles = await listMarkdown(pages);
      const names = namesOf(ctx, options);
      const writeups = findWriteups(writeupsDir, names.message(writeupsDir));
      const writeupEntries: DataEntry[] = [];
      try {
        // Before anything renders: two files for one address is the first thing to fix.
        checkAllAddresses(names, pages, pageFiles, writeupsDir, writeups.writeups);
        for (const skipped of writeups.skipped) ctx.logger.warn(terminalSafe(skipped));
        const inputs = renderInputs(ctx, options, root);
        for (const writeup of writeups.writeups) {
          writeupEntries.push(remember(await loadFile(ctx, options, 'writeup', writeupsDir,
            writeup.markdown, writeup, undefined, inputs)));
        }
      } catch (error) {
        options.handoffs?.writeups.fail(error);
        throw error;
      }
      // The files of write-ups edited or removed since the last build (`astro dev` writes none
      // and reads none; the next build removes what it left).
      if (htmlOutsideStore()) {
        pruneHtmlFiles(htmlFolder(ctx), new Set(writeupEntries
          .map((entry) => htmlFileOf(entry.rendered)).filter((file) => file !== undefined)));
      }
      // The examples loader waits for these titles (`basedOn`); the write-ups are not read again.
      options.handoffs?.writeups.give(namedWriteups(writeups.writeups, writeupsDir, ownTitles));
      const claims = () => listedClaims(writeupEntries);
      // The store persists between builds: what is not loaded again here (a removed write-up,
      // the course's pages, composed afresh below) goes.
      const loaded = new Set<string>();
      for (const path of pageFiles) {
        const entry = await loadFile(ctx, options, 'page', pages, path, undefined, claims);
        ctx.store.set(entry);
        loaded.add(entry.id);
      }
      for (const entry of writeupEntries) {
        ctx.store.set(entry);
        loaded.add(entry.id);
      }
      for (const id of ctx.store.keys()) if (!loaded.has(id)) ctx.store.delete(id);
      distinguishTitles(ctx, ownTitles);
      await loadCourseOf(ctx, options, syllabus);
      if (watched) return;
      watched = true;
      // An example edited in `astro dev` (the examples loader gives them again): the lessons
      // that name it are composed again.
      options.handoffs?.examples.onLaterGive(() => {
        loadCourseOf(ctx, options, syllabus).catch((error: unknown) => {
          ctx.logger.error(terminalSafe(error instanceof Error ? error.message : String(error)));
        });
      });
      // In `astro dev`: an edit reloads its page; a content error is shown, not fatal.
      watchContent(ctx, pages, writeupsDir, existsSync, {
        load: async (change) => {
          try {
            if (change.kind === 'page') {
              if (change.path !== undefined) {
                ctx.store.set(await loadFile(ctx, options, 'page', pages, change.path, undefined,
                  () => listedClaims(ctx.store.values())));
              }
              return;
            }
            ownTitles.delete(change.id);
            if (change.writeup === undefined) return;
            checkAllAddresses(namesOf(ctx, options), pages, await listMarkdown(pages),
              writeupsDir, findWriteups(writeupsDir).writeups);
            ctx.store.set(remember(await loadFile(ctx, options, 'writeup', writeupsDir,
              change.writeup.markdown, change.writeup)));
          } catch (error) {
            ctx.logger.error(terminalSafe(error instanceof Error ? error.message : String(error)));
          }
        },
        settle: async () => {
          distinguishTitles(ctx, ownTitles);
          options.handoffs?.writeups.give(namedWriteups(findWriteups(writeupsDir).writeups,
            writeupsDir, ownTitles));
          // A page that lists the write-ups' claims is rendered again after any change, and
          // lessons draw on the pages, so they are composed again too.
          await relist().then(() => loadCourseOf(ctx, options, syllabus))
            .catch((error: unknown) => {
              ctx.logger.error(terminalSafe(error instanceof Error ? error.message
                : String(error)));
            });
        },
      });
    },
  };
}
