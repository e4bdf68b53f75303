/**
 * Ingest stage: raw HTML that is opened and never closed swallows the rest of the page — an
 * unclosed `<!--` turns everything after it into a comment, an unclosed `<script>`, `<style>`,
 * `<noscript>` (and the other raw-text elements) into that element's text, which the sanitizer
 * then removes whole (`<plaintext>` always does: HTML closes it nowhere, not at `</plaintext>`).
 * Found here, in the Markdown source before any HTML is parsed, the opener's `<` becomes
 * `&lt;`: it shows as text, and the content after it stays on the page.
 * A processing instruction or declaration (`<?php`, `<!DOCTYPE`, `<![CDATA[`) is a comment to
 * HTML up to the next `>`, and to Markdown a raw block up to its closer: one not closed on its
 * own line hid every line up to the next `>`, headings and all, without a word.
 * Fenced code and inline code spans are left alone.
 */
import { blankCodeSpans, fencedLines } from './fences.ts';
import type { SourceLine, SourceRepair } from './source-lines.ts';

// `<select>` is no raw-text element, but HTML drops every other tag inside it: the same loss.
const RAW_TEXT = 'script|style|noscript|textarea|title|xmp|iframe|noembed|noframes|plaintext|' +
  'select';
/** `<!--`, a raw-text element (group 1), or a declaration or processing instruction (group 2). */
const OPENER = new RegExp(`<!--|<(${RAW_TEXT})(?=[\\s/>]|$)|(<\\?|<!\\[CDATA\\[|<![a-z])`, 'gi');

interface Opener {
  line: number;
  column: number;
  tag: string;
  /** `<?`, `<!X`, `<![CDATA[`: must close on its own line. */
  declaration?: boolean;
}

export const repairUnclosedHtml: SourceRepair = (lines, report) => {
  const out: SourceLine[] = lines.map((line) => ({ ...line }));
  const fenced = fencedLines(lines.map((line) => line.text));
  // The text HTML sees, one string, with where each line starts in it.
  const whole = lines.map((line) => line.text).join('\n');
  const lower = whole.toLowerCase();
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  const unclosed: Opener[] = [];
  let from = 0;
  for (let index = 0; index < lines.length; index++) {
    const start = starts[index] ?? 0;
    if (fenced[index] || start + (lines[index]?.text.length ?? 0) < from) continue;
    const text = blankCodeSpans(lines[index]?.text ?? '');
    OPENER.lastIndex = Math.max(0, from - start);
    for (let match = OPENER.exec(text); match; match = OPENER.exec(text)) {
      const at = start + match.index;
      const tag = match[1]?.toLowerCase();
      const declaration = match[2] !== undefined;
      // Only at the start of a line does one begin a raw block; inside a paragraph it is text.
      if (declaration && text.slice(0, match.index).trim() !== '') continue;
      const closer = declaration ? '>' : tag === undefined ? '-->' : `</${tag}`;
      const end = tag === 'plaintext' ? -1 : lower.indexOf(closer, at + match[0].length);
      const lineEnd = start + text.length;
      if (end === -1 || (declaration && end >= lineEnd)) {
        const shown = declaration ? match[0].replace(/[a-z]$/i, '') : match[0];
        unclosed.push({ line: index, column: match.index, tag: shown, declaration });
        continue;
      }
      // Resume after the closer: whatever lies between is the element's own text.
      from = end + closer.length;
      if (from > start + text.length) break;
      OPENER.lastIndex = from - start;
    }
  }
  let last = lines.length - 1;
  while (last > 0 && (lines[last]?.text.trim() ?? '') === '') last--;
  for (const { line, column, tag, declaration } of unclosed) {
    const target = out[line];
    if (!target) continue;
    target.text = `${target.text.slice(0, column)}&lt;${target.text.slice(column + 1)}`;
    if (declaration) {
      report({
        line: target.origin,
        ruleId: 'unclosed-html',
        found: `\`${tag}\` is not closed on its own line, so HTML hides what follows, up to ` +
          'the next `>`',
        action: 'shown as text and the rest kept; close it with `>` on the same line, or ' +
          'remove it',
      });
      continue;
    }
    const swallowed = Math.max(0, last - line);
    const name = tag.slice(1).toLowerCase();
    const [shown, closer] = tag === '<!--' ? ['<!--', '-->'] : [`<${name}>`, `</${name}>`];
    // HTML ends `<plaintext>` nowhere, so there is nothing to close it with.
    const fix = name === 'plaintext' ? 'remove it (nothing closes it; show text in a code block)'
      : `close it with \`${closer}\` or remove it`;
    report({
      line: target.origin,
      ruleId: 'unclosed-html',
      found: `unclosed \`${shown}\` swallows ${swallowed} line${swallowed === 1 ? '' : 's'} ` +
        '(to the end of the file)',
      action: `shown as text and the rest kept; ${fix}`,
    });
  }
  return out;
};
