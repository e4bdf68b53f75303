/**
 * Site stage, fonts: every emoji a page shows sits in a box of its own fixed size,
 * `<span class="emoji">`, so the emoji font arriving late moves nothing. The face is preloaded
 * (preload-fonts.ts), yet under CPU load it can land after the first paint: the text beside an
 * emoji, drawn first with a fallback glyph of another width, then shifted (CLS 0.0006–0.0016
 * measured, the `<code>` after "📄" in a heading). Boxed, the emoji takes the same room before
 * and after (guide.css, `.emoji`). Done on the built HTML, after the build (with the fonts,
 * subset-fonts-integration.ts), because emoji reach a page from many places besides Markdown:
 * titles, the sidebar, the table of contents, pagination, generated text.
 *
 * Only text is touched: not tags or attribute values, not `<title>`, `<script>`, `<style>`,
 * `<textarea>`, `<option>` (raw or plain text) nor `<svg>` (Mermaid's drawings, sized already).
 */

/** Elements whose content is left as written. */
const SKIPPED = new Set(['script', 'style', 'title', 'textarea', 'option', 'svg', 'template']);
/** U+FE0F (emoji presentation) and U+FE0E belong to the emoji before them. */
const SELECTOR = /[\uFE0E\uFE0F]/;

/** `text` with each run of emoji from `points` (and its variation selectors) boxed. */
export function boxEmojiInText(text: string, points: ReadonlySet<number>): string {
  let out = '';
  let run = '';
  for (const char of text) {
    if (points.has(char.codePointAt(0) ?? 0) || (run !== '' && SELECTOR.test(char))) {
      run += char;
      continue;
    }
    if (run !== '') out += `<span class="emoji">${run}</span>`;
    run = '';
    out += char;
  }
  return run === '' ? out : `${out}<span class="emoji">${run}</span>`;
}

/** Where the tag starting at `from` (a `<`) ends, past its `>`, quotes respected. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < html.length; i += 1) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return i + 1;
    }
  }
  return html.length;
}

/**
 * The least UTF-16 code unit a text holding one of `points` must have: the least point, or the
 * high surrogate that starts any point past U+FFFF.
 */
function leastUnit(points: ReadonlySet<number>): number {
  let least = 0xd800;
  for (const point of points) if (point < least) least = point;
  return least;
}

/** Whether `html` has a code unit at or above `least` from `from` to `to` (else it holds none
 * of the points there). */
function mayHold(html: string, from: number, to: number, least: number): boolean {
  for (let at = from; at < to; at += 1) if (html.charCodeAt(at) >= least) return true;
  return false;
}

const TAG_NAME = /[a-zA-Z][\w-]*/y;

/** The emoji of `points` in the text of `html` boxed; the rest unchanged, byte for byte. */
export function boxEmoji(html: string, points: ReadonlySet<number>): string {
  if (points.size === 0) return html;
  // Most of a page's text runs are ASCII: looked at by code unit, not split into characters
  // (the string iterator made a string of each), and the page is copied in the runs between
  // boxed emoji, not tag by tag (0.68 s over the pages of 1,000 write-ups, then 0.54 s).
  const least = leastUnit(points);
  let out = '';
  let copied = 0;
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const textEnd = open === -1 ? html.length : open;
    if (mayHold(html, at, textEnd, least)) {
      const text = html.slice(at, textEnd);
      const boxed = boxEmojiInText(text, points);
      // Boxing only adds: a run that kept its length has no emoji of `points`.
      if (boxed.length !== text.length) {
        out += html.slice(copied, at) + boxed;
        copied = textEnd;
      }
    }
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    const end = tagEnd(html, open);
    at = end;
    TAG_NAME.lastIndex = open + 1;
    const name = TAG_NAME.exec(html)?.[0]?.toLowerCase();
    const selfClosing = html.charCodeAt(end - 1) === 0x3e && html.charCodeAt(end - 2) === 0x2f;
    if (name !== undefined && SKIPPED.has(name) && !selfClosing) {
      // Up to the matching close; <svg> may nest, the raw-text elements may not.
      let depth = 1;
      const pattern = new RegExp(`<(/?)${name}\\b`, 'gi');
      pattern.lastIndex = end;
      let close = html.length;
      for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
        depth += match[1] === '/' ? -1 : name === 'svg' ? 1 : 0;
        if (depth === 0) {
          close = match.index;
          break;
        }
      }
      at = close;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}
