/**
 * Test helper for write-up claims: renders a write-up's text through the guide's Markdown steps
 * that read and show claims (parse with the guide's syntax — GFM, directives — then the source
 * repairs, the claims and command-check steps, the ingest steps, the command notes, the write-up's
 * own tables), as
 * the guide loader hands it over (a folder write-up with its files), and returns the claims the
 * page hands back for its entry, its HTML and its diagnostics.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { readBundle } from '../../../src/bundle/read-bundle.ts';
import type { WriteupSource } from '../../../src/bundle/find-writeups.ts';
import { remarkBundleFiles } from '../../../src/bundle/remark-bundle-files.ts';
import { rehypeWriteupTables } from '../../../src/compare/rehype-writeup-tables.ts';
import { remarkWriteupClaims } from '../../../src/compare/remark-writeup-claims.ts';
import type { FoundClaims } from '../../../src/compare/write-up-claims.ts';
import {
  ingestRehypePlugins, ingestTidyPlugins, remarkRepairSource,
} from '../../../src/ingest/index.ts';
import { readEntry } from '../../../src/loaders/read-entry.ts';
import { remarkCommandChecks } from '../../../src/render/remark-command-checks.ts';
import {
  commandFindingsOf, remarkCommandFindings, type CommandFinding,
} from '../../../src/render/remark-command-findings.ts';
import { frontmatterOf } from '../../../src/shared/shipshape-frontmatter.ts';

export interface RenderedClaims {
  claims: FoundClaims;
  /** The command checks' findings, lines in the author's file. */
  findings: CommandFinding[];
  html: string;
  messages: string[];
}

/**
 * `text` is the write-up as written; `path` where it claims to be (it is never read from there);
 * `bundle` the folder's files for a folder write-up.
 */
export async function renderClaims(text: string, path: string,
  bundle?: ReturnType<typeof readBundle>): Promise<RenderedClaims> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)
    .use(remarkRepairSource).use(remarkWriteupClaims).use(remarkCommandFindings);
  for (const plugin of ingestTidyPlugins) processor.use(plugin);
  processor.use(remarkBundleFiles).use(remarkCommandChecks)
    .use(remarkRehype, { allowDangerousHtml: true });
  for (const plugin of ingestRehypePlugins) processor.use(plugin);
  processor.use(rehypeWriteupTables).use(rehypeStringify);
  const file = new VFile({
    value: readEntry(text, path).body,
    path,
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0,
      ...(bundle === undefined ? {} : { bundle }) } } } },
  });
  const result = await processor.process(file);
  const shipshape = frontmatterOf(result.data)['shipshape'] as { claims: FoundClaims };
  return { claims: shipshape.claims, findings: commandFindingsOf(result.data) ?? [],
    html: String(result),
    messages: result.messages.map((m) => `${m.line}: ${m.reason}`) };
}

/** One write-up of a folder, rendered as the guide loader renders it. */
export function renderWriteupClaims(writeup: WriteupSource): Promise<RenderedClaims> {
  const path = relative(process.cwd(), writeup.markdown).replace(/\\/g, '/');
  const bundle = writeup.folder === undefined ? undefined : readBundle(writeup.folder,
    basename(writeup.markdown), relative(process.cwd(), writeup.folder));
  return renderClaims(readFileSync(writeup.markdown, 'utf8'), path, bundle);
}
