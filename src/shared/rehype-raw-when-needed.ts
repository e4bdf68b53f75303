/**
 * Shared, rehype plugin (among shipshape's rehype steps): Astro's unified processor ends
 * every page with rehype-raw (`@astrojs/markdown-remark`, `createMarkdownProcessor`), which
 * turns the whole tree into parse5 tokens and parses it again, whether or not it holds raw
 * HTML. shipshape's sanitize step (ingest/rehype-sanitize-html.ts) has already parsed and
 * sanitized the author's raw HTML, and no later step makes any, so that last parse found nothing
 * to do on every page: 1.0 s of the 25 s of a build of 200 write-ups. This plugin, when the
 * processor attaches it, puts rehype-raw's later attachment behind a check: it runs on a tree
 * that holds a `raw` node, and only then. A processor without rehype-raw is left as it is.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Plugin, PluggableList, Processor } from 'unified';
import type { VFile } from 'vfile';
import { EXIT, visit } from './visit.ts';

/** Whether the tree holds raw HTML, which only parsing turns into elements. */
export function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

type RawOptions = Parameters<typeof rehypeRaw>[0];

/** rehype-raw, on a tree with raw HTML; any other tree is handed on as it is. */
function rehypeRawWhenNeeded(this: Processor, options?: RawOptions) {
  const raw = rehypeRaw.call(this, options) as (tree: Root, file: VFile) => Root;
  return (tree: Root, file: VFile): Root => hasRaw(tree) ? raw(tree, file) : tree;
}

/** What unified keeps of the processor while it attaches the plugins (`processor.freeze()`). */
interface Attaching {
  attachers: PluggableList[number][];
  freezeIndex: number;
}

export const rehypeRawOnlyWhenRaw: Plugin<[], Root> = function () {
  const processor = this as unknown as Partial<Attaching>;
  const { attachers, freezeIndex } = processor;
  if (!Array.isArray(attachers) || typeof freezeIndex !== 'number') return;
  // Only those still to be attached: one attached earlier has run its attacher already.
  for (let at = freezeIndex + 1; at < attachers.length; at++) {
    const attached = attachers[at];
    if (Array.isArray(attached) && attached[0] === rehypeRaw) {
      attachers[at] = [rehypeRawWhenNeeded, ...attached.slice(1)] as PluggableList[number];
    }
  }
};
