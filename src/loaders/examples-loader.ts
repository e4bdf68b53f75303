/**
 * Ingest stage: content-layer loader for the `examples` collection. Each example folder
 * (`<examples>/<slug>/`, the plugin's `examples` option, `content/examples/` by default) becomes
 * one entry whose page is generated Markdown (src/examples/example-page-markdown.ts) rendered
 * through the same pipeline as every page, so its Dockerfile gets lint findings and its
 * `walkthrough.md` becomes a walkthrough. The folder is read here once (readExamples) and each
 * example stored on its entry for its page and zip (src/examples/stored-example.ts); the course
 * gets the examples, and this loader the titles of the write-ups `basedOn` names, through the
 * hand-offs with the guide loader (loader-handoff.ts). In `astro dev` it watches the folder.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { examplePageMarkdown } from '../examples/example-page-markdown.ts';
import { EXAMPLES_DIR, readExamples, type Example } from '../examples/read-examples.ts';
import { ContentError } from '../shared/content-error.ts';
import { ownWriteups } from './writeups-folder.ts';
import { findBasedOn } from '../examples/based-on.ts';
import type { LoaderHandoffs, NamedWriteup } from './loader-handoff.ts';
import { terminalSafe } from '../shared/terminal-text.ts';
import { renderQuietly } from './render-refusals.ts';
import { storeExample } from '../examples/stored-example.ts';
import { lookAgain } from '../shared/look-again.ts';
import { storedRendering } from './stored-rendering.ts';

export interface ExamplesLoaderOptions {
  /** The examples' folder, from the project root (default `content/examples`). */
  examples?: string | undefined;
  /** The write-ups' folder `basedOn` names a write-up in (default `content/writeups`). */
  writeups?: string | undefined;
  /** Whether those are the configured write-ups (default: `SHIPSHAPE_CONTENT` unset). */
  ownWriteups?: boolean | undefined;
  /** What this loader and the guide loader hand each other (loader-handoff.ts): the examples
   * go to the course, the write-ups' titles come for `basedOn`. */
  handoffs: LoaderHandoffs;
}

async function loadExample(ctx: LoaderContext, root: string, example: Example,
  options: ExamplesLoaderOptions, named: readonly NamedWriteup[]): Promise<void> {
  const dir = options.examples ?? EXAMPLES_DIR;
  const { slug } = example;
  const folder = join(root, dir, slug);
  const walkthroughPath = join(folder, 'walkthrough.md');
  const { walkthrough } = example;
  // A guide built from another folder of write-ups links no example to one of its own.
  const own = options.ownWriteups ?? ownWriteups(root);
  const basedOn = own ? example.meta.basedOn : undefined;
  const yamlFile = `${dir}/${slug}/example.yaml`;
  const writeups = resolve(root, options.writeups ?? 'content/writeups');
  const writeup = basedOn === undefined ? undefined : findBasedOn(basedOn, named,
    relative(root, writeups).replace(/\\/g, '/'), yamlFile, example.yaml);
  // Links are written from the site's root; the base-path step of the pipeline prefixes them.
  const markdown = examplePageMarkdown({
    example,
    walkthrough,
    basedOnTitle: writeup?.title,
    basedOnUrl: writeup?.url,
    zipUrl: `/examples/${slug}.zip`,
  });
  const handoff = JSON.stringify({ shipshape: { kind: 'page', lineOffset: 0 } });
  // Rendered as if it were the walkthrough file, so `file="Dockerfile"` resolves beside it.
  const rendered = await renderQuietly(() =>
    ctx.renderMarkdown(`---\n${handoff}\n---\n${markdown}`, {
      fileURL: pathToFileURL(walkthroughPath),
    })).catch((error: unknown) => {
    const reason = (error as { reason?: unknown }).reason;
    throw new ContentError(`${dir}/${slug}: the example page does not render: ${
      typeof reason === 'string' ? reason : String(error)}`, 'Check walkthrough.md.');
  });
  const back = (rendered.metadata?.frontmatter?.['shipshape'] ?? {}) as {
    diagnostics?: Diagnostic[];
    dockerfiles?: unknown[];
  };
  const stored = storeExample(example);
  const data = await ctx.parseData({
    id: slug,
    data: {
      title: example.meta.title,
      description: example.meta.shows,
      order: example.meta.order,
      diagnostics: back.diagnostics ?? [],
      dockerfiles: back.dockerfiles ?? [],
      example: stored,
    },
    filePath: join(folder, 'example.yaml'),
  });
  ctx.store.set({
    id: slug,
    data,
    filePath: yamlFile,
    // The files too: a changed binary file leaves the page's Markdown as it was.
    digest: ctx.generateDigest({ markdown, example: stored }),
    rendered: storedRendering(rendered),
  });
}

/** Reads the examples once, hands the course their titles, and stores one entry each. */
async function loadAll(ctx: LoaderContext, options: ExamplesLoaderOptions): Promise<void> {
  const root = fileURLToPath(ctx.config.root);
  const dir = options.examples ?? EXAMPLES_DIR;
  const { handoffs } = options;
  let examples: Example[];
  try {
    // Each folder is read here once; pages and zips read the entries (stored-example.ts).
    examples = existsSync(resolve(root, dir)) ? readExamples(root, dir) : [];
  } catch (error) {
    handoffs.examples.fail(error);
    throw error;
  }
  handoffs.examples.give(examples.map((e) =>
    ({ slug: e.slug, title: e.meta.title, shows: e.meta.shows })));
  const own = options.ownWriteups ?? ownWriteups(root);
  // The guide loader gives them once its write-ups are loaded (before its pages and course).
  const named = own && examples.some((e) => e.meta.basedOn !== undefined)
    ? await handoffs.writeups.take() : [];
  ctx.store.clear();
  for (const example of examples) await loadExample(ctx, root, example, options, named);
}

export function examplesLoader(options: ExamplesLoaderOptions): Loader {
  // The watcher is wired once per loader, however often Astro runs `load` again.
  let watched = false;
  return {
    name: 'shipshape-examples-loader',
    load: async (ctx) => {
      await loadAll(ctx, options);
      if (watched || !ctx.watcher) return;
      watched = true;
      // In `astro dev`: an edit, addition or deletion in the examples' folder loads them all
      // again (five folders: read again once each); a content error is shown, not fatal.
      const folder = resolve(fileURLToPath(ctx.config.root), options.examples ?? EXAMPLES_DIR);
      ctx.watcher.add(folder);
      let queue = Promise.resolve();
      const handle = (path: string) => {
        if (path !== folder && !path.startsWith(`${folder}${sep}`)) return;
        queue = queue.then(() => {
          lookAgain(path, () => handle(path));
          return loadAll(ctx, options);
        }).catch((error: unknown) => {
          ctx.logger.error(terminalSafe(error instanceof Error ? error.message : String(error)));
        });
      };
      for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
        ctx.watcher.on(event, handle);
      }
    },
  };
}
