/**
 * Ingest stage, rehype plugin: a write-up's raw HTML is parsed (rehype-raw) and sanitized with an
 * allowlist (hast-util-sanitize with GitHub's schema, adapted in sanitize-schema.ts), on every
 * page, whether or not it has raw HTML. Harmless HTML such as `<details>`, `<summary>` and
 * `<kbd>` stays; scripts, handlers, styles, forms, SVG and anything that loads from another
 * origin go, each with a warning at the author's line. What Markdown and the pipeline's remark
 * steps built is kept as built (built-elements.ts); the rehype steps after this one add the
 * site's own elements and are not sanitized. The author's `#id` links follow their ids' prefix
 * (author-id-links.ts). A page with no raw HTML (no `raw` node: most write-ups) is not parsed
 * again: every element on it was built, and it is still sanitized like any other.
 */
import { randomUUID } from 'node:crypto';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import rehypeRaw from 'rehype-raw';
import type { Plugin } from 'unified';
import { hasRaw } from '../shared/rehype-raw-when-needed.ts';
import type { VFile } from 'vfile';
import { linkPrefixedIds } from './author-id-links.ts';
import { restoreBuilt, setAsideBuilt } from './built-elements.ts';
import { rescueSwallowed } from './rescue-swallowed.ts';
import { noteAuthored, reportRemoved } from './sanitize-report.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export const rehypeSanitizeHtml: Plugin<[], Root> = function () {
  const raw = rehypeRaw.call(this) as (tree: Root, file: VFile) => Root;
  return (tree, file) => {
    // Per file, unguessable: raw HTML cannot pass itself off as a built element.
    const nonce = randomUUID();
    const built = setAsideBuilt(tree, nonce);
    const parsed = hasRaw(tree) ? raw(tree, file) : tree;
    rescueSwallowed(parsed, built, file);
    const authored = noteAuthored(parsed, nonce, built);
    const clean = sanitize(parsed, sanitizeSchema) as Root;
    restoreBuilt(clean, built);
    reportRemoved(clean, authored, file);
    linkPrefixedIds(clean);
    return clean;
  };
};
