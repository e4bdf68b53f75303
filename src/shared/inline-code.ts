/**
 * Shared by every stage that shows generated text (finding messages, rule texts, verdicts, the
 * ingest report): messages mark code the Markdown way, `` `--no-cache-dir` ``, and a reader must
 * see code, not backticks. Text in, parts or hast out — never HTML built from the text.
 */
import type { ElementContent } from 'hast';

/** A run of message text: plain, or code that was between backticks. */
export interface TextPart {
  code: boolean;
  text: string;
}

/**
 * Splits at single-backtick code spans. A span is `` ` `` … `` ` `` on one line with something in
 * it; a lone backtick stays text. Double backticks (`` ``a`b`` ``) open a span that may hold one.
 */
export function splitInlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const span = /(`+)([^\n]*?[^`\n][^\n]*?)\1(?!`)/g;
  let last = 0;
  for (const match of text.matchAll(span)) {
    const [whole, , inner = ''] = match;
    if (match.index > last) parts.push({ code: false, text: text.slice(last, match.index) });
    // CommonMark: one space on each side of a span's text is padding, not content.
    const trimmed = /^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner;
    parts.push({ code: true, text: trimmed });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}

/** The text as hast: text nodes and `<code>` elements. */
export function inlineCodeToHast(text: string): ElementContent[] {
  return splitInlineCode(text).map((part) =>
    part.code
      ? {
        type: 'element', tagName: 'code', properties: {},
        children: [{ type: 'text', value: part.text }],
      }
      : { type: 'text', value: part.text });
}

/** The text without code marks, for places that hold text only (titles, `title=`, meta tags). */
export function stripInlineCode(text: string): string {
  return splitInlineCode(text).map((part) => part.text).join('');
}
