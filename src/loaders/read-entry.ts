/**
 * Ingest stage: reads one Markdown file of `content/` the way the guide needs it — byte-order
 * mark and CRLF accepted, front matter parsed with its lines kept (blanked) so positions in the
 * body are the file's own lines. YAML errors become a `ContentError` naming file and line.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readYaml, YamlProblem } from '../shared/read-yaml.ts';
import { decodeSource } from '../ingest/decode-source.ts';
import { fromSourceLines, type SourceDiagnostic } from '../ingest/source-lines.ts';
import { ContentError } from '../shared/content-error.ts';

/** Astro's front matter block (YAML between `---` lines at the top); TOML is left to Astro. */
const FRONTMATTER = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

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
    // Our reader first: it refuses anchors and aliases (an alias bomb or a value that refers to
    // itself would crash whatever serializes the front matter later, naming no file).
    const block = FRONTMATTER.exec(text);
    if (block?.[1] !== undefined) {
      // The block starts on the `---` line, so its lines are the file's, after any blank ones.
      const before = (block[0].slice(0, block[0].indexOf('---')).match(/\n/g) ?? []).length;
      try {
        readYaml(block[1], { schema: 'default' });
      } catch (error) {
        if (error instanceof YamlProblem) {
          throw new YamlProblem(error.line + before, error.reason, error.refused);
        }
        throw error;
      }
    }
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { frontmatter: parsed.frontmatter, body: parsed.content, text, diagnostics };
  } catch (error) {
    if (error instanceof YamlProblem) {
      throw new ContentError(`${displayPath}:${error.line}: the front matter is not ` +
        (error.refused ? `accepted: ${error.reason}.` : `valid YAML (${error.reason}).`),
      'Fix the YAML between the `---` lines, or remove the block: write-ups need none.');
    }
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = (mark?.line ?? 0) + 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ContentError(
      `${displayPath}:${line}: the front matter is not valid YAML (${reason}).`,
      'Fix the YAML between the `---` lines, or remove the block: write-ups need none.',
    );
  }
}
