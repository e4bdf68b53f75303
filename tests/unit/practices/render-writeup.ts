/**
 * Test helper for the practices matrix: renders a write-up through the same Markdown steps the
 * guide runs before and including the practices evidence (ingest, walkthroughs, Dockerfile
 * findings), in the same order, and returns what the page stores and the matrix's verdicts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import {
  evaluatePractices, type BlockInput, type PracticeResult,
} from '../../../src/dockerfile/practices.ts';
import { ingestRehypePlugins, ingestRemarkPlugins } from '../../../src/ingest/index.ts';
import { frontmatterOf } from '../../../src/shared/shipshape-frontmatter.ts';
import { readEntry } from '../../../src/loaders/read-entry.ts';
import type { PracticeEvidence } from '../../../src/practices/evidence-schema.ts';
import { rehypePracticeEvidence } from '../../../src/practices/rehype-practice-evidence.ts';
import { rehypeDockerfileFindings } from '../../../src/render/rehype-dockerfile-findings.ts';
import {
  rehypeWalkthroughExcerpts,
} from '../../../src/walkthrough/rehype-walkthrough-excerpts.ts';
import { remarkWalkthroughs } from '../../../src/walkthrough/remark-walkthroughs.ts';

export interface RenderedWriteup {
  dockerfiles: BlockInput[];
  evidence: PracticeEvidence;
  verdicts: Map<string, PracticeResult>;
}

export async function renderMarkdown(markdown: string, path: string): Promise<RenderedWriteup> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  for (const plugin of ingestRemarkPlugins) processor.use(plugin);
  processor.use(remarkWalkthroughs).use(remarkRehype, { allowDangerousHtml: true });
  for (const plugin of ingestRehypePlugins) processor.use(plugin);
  processor.use(rehypeWalkthroughExcerpts).use(rehypeDockerfileFindings)
    .use(rehypePracticeEvidence).use(rehypeStringify);
  const entry = readEntry(markdown, path);
  const file = new VFile({
    value: entry.body,
    path,
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0 } } } },
  });
  const result = await processor.process(file);
  const shipshape = frontmatterOf(result.data)['shipshape'] as {
    dockerfiles: BlockInput[];
    practiceEvidence: PracticeEvidence;
  };
  return {
    dockerfiles: shipshape.dockerfiles,
    evidence: shipshape.practiceEvidence,
    verdicts: evaluatePractices(shipshape.dockerfiles, shipshape.practiceEvidence),
  };
}

/** One of the real write-ups in content/writeups/, by file name without `.md`. */
export function renderWriteup(name: string): Promise<RenderedWriteup> {
  const path = join(import.meta.dirname, '../../../content/writeups', `${name}.md`);
  return renderMarkdown(readFileSync(path, 'utf8'), `content/writeups/${name}.md`);
}
