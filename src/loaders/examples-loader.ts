/**
 * Ingest stage: content-layer loader for the `examples` collection. Each example folder
 * (`content/examples/<slug>/`) becomes one entry whose page is generated Markdown
 * (src/examples/example-page-markdown.ts) rendered through the same pipeline as every page, so
 * its Dockerfile gets lint findings and its `walkthrough.md` becomes a walkthrough.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Diagnostic } from '../shared/shipshape-frontmatter.ts';
import { examplePageMarkdown } from '../examples/example-page-markdown.ts';
import { EXAMPLES_DIR, listExamples, readExample } from '../examples/read-examples.ts';
import { ContentError } from '../shared/content-error.ts';
import { ownWriteups } from './writeups-folder.ts';
import { findBasedOn } from '../examples/based-on.ts';
import { renderQuietly } from './render-refusals.ts';

async function loadExample(ctx: LoaderContext, root: string, slug: string): Promise<void> {
  const example = readExample(slug, root);
  const folder = join(root, EXAMPLES_DIR, slug);
  const walkthroughPath = join(folder, 'walkthrough.md');
  const walkthrough = existsSync(walkthroughPath)
    ? readFileSync(walkthroughPath, 'utf8')
    : undefined;
  // A guide built from another folder of write-ups links no example to one of its own.
  const basedOn = ownWriteups(root) ? example.meta.basedOn : undefined;
  const yamlFile = `${EXAMPLES_DIR}/${slug}/example.yaml`;
  const writeup = basedOn === undefined ? undefined : findBasedOn(basedOn,
    join(root, 'content/writeups'), 'content/writeups', yamlFile,
    readFileSync(join(root, yamlFile), 'utf8'));
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
    throw new ContentError(`${EXAMPLES_DIR}/${slug}: the example page does not render: ${
      typeof reason === 'string' ? reason : String(error)}`, 'Check walkthrough.md.');
  });
  const back = (rendered.metadata?.frontmatter?.['shipshape'] ?? {}) as {
    diagnostics?: Diagnostic[];
    dockerfiles?: unknown[];
  };
  const data = await ctx.parseData({
    id: slug,
    data: {
      title: example.meta.title,
      description: example.meta.shows,
      order: example.meta.order,
      diagnostics: back.diagnostics ?? [],
      dockerfiles: back.dockerfiles ?? [],
    },
    filePath: join(folder, 'example.yaml'),
  });
  ctx.store.set({
    id: slug,
    data,
    filePath: `${EXAMPLES_DIR}/${slug}/example.yaml`,
    digest: ctx.generateDigest(markdown),
    rendered,
  });
}

export function examplesLoader(): Loader {
  return {
    name: 'shipshape-examples-loader',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      ctx.store.clear();
      if (!existsSync(resolve(root, EXAMPLES_DIR))) return;
      for (const slug of listExamples(root)) await loadExample(ctx, root, slug);
    },
  };
}
