/**
 * Ingest stage: reads one Markdown file of `content/` the way the guide needs it — byte-order
 * mark and CRLF accepted, front matter parsed with its lines kept (blanked) so positions in the
 * body are the file's own lines. YAML errors become a `ContentError` naming file and line.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { decodeSource } from '../ingest/decode-source.ts';
import { fromSourceLines, type SourceDiagnostic } from '../ingest/source-lines.ts';
import { ContentError } from './content-error.ts';

export interface EntrySource {
  /** Parsed front matter ({} when there is none). */
  frontmatter: Record<string, unknown>;
  /** The file with `\n` endings and its front matter blanked (same line count as the file). */
  body: string;
  /** The whole decoded file, front matter included. */
  text: string;
  /** What decoding accepted (byte-order mark, line endings). */
  diagnostics: SourceDiagnostic[];
}

export function readEntry(raw: string, displayPath: string): EntrySource {
  const diagnostics: SourceDiagnostic[] = [];
  const text = fromSourceLines(decodeSource(raw, (d) => diagnostics.push(d)));
  try {
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { frontmatter: parsed.frontmatter, body: parsed.content, text, diagnostics };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = (mark?.line ?? 0) + 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ContentError(
      `${displayPath}:${line}: the front matter is not valid YAML (${reason}).`,
      'Fix the YAML between the `---` lines, or remove the block: write-ups need none.',
    );
  }
}
