/**
 * Ingest stage: content-layer loader for the `examples` collection. Each example folder
 * (`<examples>/<slug>/`, the plugin's `examples` option, `content/examples/` by default) becomes
 * one entry whose page is generated Markdown (src/examples/example-page-markdown.ts) rendered
 * through the same pipeline as every page, so its Dockerfile gets lint findings and its
 * `walkthrough.md` becomes a walkthrough.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { examplePageMarkdown } from '../examples/example-page-markdown.ts';
import { EXAMPLES_DIR, readExamples, type Example } from '../examples/read-examples.ts';
import { ContentError } from '../shared/content-error.ts';
import { ownWriteups } from './writeups-folder.ts';
import { findBasedOn } from '../examples/based-on.ts';
import { renderQuietly } from './render-refusals.ts';
import { storeExample } from '../examples/stored-example.ts';

export interface ExamplesLoaderOptions {
  /** The examples' folder, from the project root (default `content/examples`). */
  examples?: string | undefined;
  /** The write-ups' folder `basedOn` names a write-up in (default `content/writeups`). */
  writeups?: string | undefined;
  /** Whether those are the configured write-ups (default: `SHIPSHAPE_CONTENT` unset). */
  ownWriteups?: boolean | undefined;
}

async function loadExample(ctx: LoaderContext, root: string, example: Example,
  options: ExamplesLoaderOptions): Promise<void> {
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
  const writeup = basedOn === undefined ? undefined : findBasedOn(basedOn, writeups,
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
    rendered,
  });
}

export function examplesLoader(options: ExamplesLoaderOptions = {}): Loader {
  return {
    name: 'shipshape-examples-loader',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const dir = options.examples ?? EXAMPLES_DIR;
      ctx.store.clear();
      if (!existsSync(resolve(root, dir))) return;
      // Each folder is read here once; pages and zips read the entries (stored-example.ts).
      for (const example of readExamples(root, dir)) {
        await loadExample(ctx, root, example, options);
      }
    },
  };
}
