/**
 * Ingest stage: content nested thousands deep (`>>>>…`, `- - - …`, `<div><div>…`) overflows the
 * stack of the Markdown and HTML parsers, and the build then fails naming another file. Found
 * here in the source, before anything is parsed, nesting deeper than `MAX_NESTING` is flattened
 * and reported: the extra blockquote and list markers and the extra HTML tags are removed, their
 * text kept, so the page shows all of it one level shallower. Fenced code is left alone.
 */
import { MAX_INLINE_MARKERS, MAX_NESTING } from '../shared/limits.ts';
import { blankCodeSpans, fencedLines } from './fences.ts';
import type { SourceLine, SourceRepair } from './source-lines.ts';

/** `>`, `-`, `*`, `+`, `1.` or `1)` (with the space after it): one level of a container. */
const MARKER = /^ {0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'source', 'track', 'wbr']);
/**
 * Elements an HTML parser keeps open across paragraphs; any other element left open is closed
 * where its paragraph ends, so a blank line ends its nesting.
 */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup',
  'li', 'main', 'menu', 'nav', 'ol', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'center', 'caption', 'colgroup', 'search']);
/** Deeper indentation than this many columns is code or an attack, never a list level. */
const MAX_INDENT = 4 * MAX_NESTING;

/** Unescaped `*`, `_`, `[` and `]` past `MAX_INLINE_MARKERS` of each kind get a backslash. */
function escapeExtraMarkers(text: string): { text: string; escaped: number } {
  const seen = new Map<string, number>();
  let escaped = 0;
  const out = text.replace(/\\.|[*_[\]]/g, (char) => {
    if (char.length > 1) return char;
    const count = (seen.get(char) ?? 0) + 1;
    seen.set(char, count);
    if (count <= MAX_INLINE_MARKERS) return char;
    escaped++;
    return `\\${char}`;
  });
  return { text: out, escaped };
}

/** The line with its container markers beyond `MAX_NESTING` removed, and how many there were. */
function flattenMarkers(text: string): { text: string; depth: number } {
  let rest = text;
  let kept = '';
  let depth = 0;
  for (let match = MARKER.exec(rest); match; match = MARKER.exec(rest)) {
    depth++;
    if (depth <= MAX_NESTING) kept += match[0];
    rest = rest.slice(match[0].length);
  }
  return { text: kept + rest, depth };
}

export const limitNesting: SourceRepair = (lines, report) => {
  const fenced = fencedLines(lines.map((line) => line.text));
  const out: SourceLine[] = [];
  let deepestMarkers = 0;
  let markersAt = 0;
  let indentAt = 0;
  // Open HTML elements, and whether each tag was removed (beyond the limit).
  const stack: Array<{ name: string; removed: boolean }> = [];
  let removedTags = 0;
  let tagsAt = 0;
  let deepestTags = 0;
  let escapedMarkers = 0;
  let markersInlineAt = 0;
  lines.forEach((line, index) => {
    if (fenced[index]) {
      out.push(line);
      return;
    }
    let text = line.text;
    if (text.trim() === '') {
      const kept = stack.filter((open) => BLOCK.has(open.name));
      stack.splice(0, stack.length, ...kept);
    }
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    if (indent.replace(/\t/g, '    ').length > MAX_INDENT) {
      text = ' '.repeat(MAX_INDENT) + text.slice(indent.length);
      indentAt ||= line.origin;
    }
    const flat = flattenMarkers(text);
    if (flat.depth > MAX_NESTING) {
      text = flat.text;
      if (flat.depth > deepestMarkers) deepestMarkers = flat.depth;
      markersAt ||= line.origin;
    }
    const inline = escapeExtraMarkers(text);
    if (inline.escaped > 0) {
      text = inline.text;
      escapedMarkers += inline.escaped;
      markersInlineAt ||= line.origin;
    }
    const scan = blankCodeSpans(text);
    const cuts: Array<[number, number]> = [];
    for (const match of scan.matchAll(TAG)) {
      const [whole, closing, tagName = '', selfClosing] = match;
      const name = tagName.toLowerCase();
      if (VOID.has(name) || selfClosing) continue;
      let remove: boolean;
      if (closing) {
        const open = stack.findLastIndex((element) => element.name === name);
        if (open === -1) continue;
        remove = stack[open]?.removed ?? false;
        stack.length = open;
      } else {
        remove = stack.length >= MAX_NESTING;
        stack.push({ name, removed: remove });
        deepestTags = Math.max(deepestTags, stack.length);
      }
      if (!remove) continue;
      if (!closing) removedTags++;
      tagsAt ||= line.origin;
      cuts.push([match.index, match.index + whole.length]);
    }
    for (const [start, end] of cuts.reverse()) text = text.slice(0, start) + text.slice(end);
    out.push(text === line.text ? line : { ...line, text });
  });
  if (markersAt) {
    report({
      line: markersAt,
      ruleId: 'nesting-limit',
      found: `blockquotes or lists nested ${deepestMarkers} deep (the limit is ${MAX_NESTING})`,
      action: `flattened to ${MAX_NESTING} levels, text kept`,
    });
  }
  if (indentAt) {
    report({
      line: indentAt,
      ruleId: 'nesting-limit',
      found: `indentation deeper than ${MAX_INDENT} columns`,
      action: `cut to ${MAX_INDENT} columns, text kept`,
    });
  }
  if (markersInlineAt) {
    report({
      line: markersInlineAt,
      ruleId: 'nesting-limit',
      found: `more than ${MAX_INLINE_MARKERS} emphasis markers or link brackets on one line`,
      action: `${escapedMarkers} past the limit shown as text`,
    });
  }
  if (tagsAt) {
    report({
      line: tagsAt,
      ruleId: 'nesting-limit',
      found: `HTML elements nested ${deepestTags} deep (the limit is ${MAX_NESTING})`,
      action: `${removedTags} elements beyond the limit unwrapped, their text kept`,
    });
  }
  return out;
};
