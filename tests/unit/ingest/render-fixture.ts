/**
 * Test helper: runs the ingest plugins through a plain unified pipeline (the same plugins, in the
 * same order, as Astro's Markdown processor) and returns the HTML and the diagnostics.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import {
  ingestRehypePlugins,
  ingestRemarkPlugins,
  rehypeCollectDiagnostics,
} from '../../../src/ingest/index.ts';
import { diagnosticsOf } from '../../../src/ingest/rehype-collect-diagnostics.ts';
import { frontmatterOf } from '../../../src/shared/shipshape-frontmatter.ts';
import { readEntry } from '../../../src/loaders/read-entry.ts';

export interface Rendered {
  html: string;
  diagnostics: string[];
  title: string | undefined;
}

export async function renderFixture(markdown: string, path: string): Promise<Rendered> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of ingestRemarkPlugins) processor.use(plugin);
  processor.use(remarkRehype, { allowDangerousHtml: true });
  for (const plugin of ingestRehypePlugins) processor.use(plugin);
  processor.use(rehypeCollectDiagnostics);
  processor.use(rehypeStringify);
  // As the guide loader does: decode, take the front matter, keep the file's line numbers.
  const entry = readEntry(markdown, path);
  const file = new VFile({
    value: entry.body,
    path,
    data: {
      astro: {
        frontmatter: { ...entry.frontmatter, shipshape: { kind: 'writeup', lineOffset: 0 } },
      },
    },
  });
  const result = await processor.process(file);
  const shipshape = frontmatterOf(result.data)['shipshape'] as { derivedTitle?: string };
  return {
    html: String(result.value),
    diagnostics: [
      ...entry.diagnostics.map((d) => `${d.line} info ${d.ruleId}: ${d.found}; ${d.action}`),
      ...diagnosticsOf(result).map((d) => `${d.line} ${d.severity} ${d.ruleId}: ${d.message}`),
    ],
    title: shipshape.derivedTitle,
  };
}
