/**
 * Ingest stage: a write-up pasted whole inside a ```` ```markdown ```` fence (seed 000) renders as
 * one grey code block. When such a fence wraps most of the document, its two fence lines are
 * blanked (not removed, so line numbers stay true) and the content renders as Markdown again.
 */
import { closes, fenceLanguage, parseFence } from './fences.ts';
import type { SourceLine, SourceRepair } from './source-lines.ts';

const MARKDOWN_LANGUAGES = new Set(['markdown', 'md', 'mdx']);
/** The wrapper must hold at least this share of the document's non-blank lines. */
const MIN_SHARE = 0.6;
/** Lines before the wrapper may only be a few labels (a file name heading, say). */
const MAX_LINES_BEFORE = 3;

interface Wrapper {
  open: number;
  close: number;
}

function findWrapper(lines: readonly SourceLine[]): Wrapper | undefined {
  let nonBlankBefore = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]?.text ?? '';
    if (text.trim() === '') continue;
    const fence = parseFence(text);
    if (fence && MARKDOWN_LANGUAGES.has(fenceLanguage(fence.info))) {
      const close = findClose(lines, index);
      return close === undefined ? undefined : { open: index, close };
    }
    nonBlankBefore++;
    if (nonBlankBefore > MAX_LINES_BEFORE) return undefined;
  }
  return undefined;
}

/**
 * The wrapper's closing fence is the last bare fence that is not closing an inner block:
 * inner fences are paired in order (one with an info string always opens).
 */
function findClose(lines: readonly SourceLine[], openIndex: number): number | undefined {
  const open = parseFence(lines[openIndex]?.text ?? '');
  if (!open) return undefined;
  let inner = false;
  let candidate: number | undefined;
  for (let index = openIndex + 1; index < lines.length; index++) {
    const fence = parseFence(lines[index]?.text ?? '');
    if (!fence) continue;
    if (inner) {
      if (fence.info === '') inner = false;
      else candidate = undefined; // an opener inside an open block: pairing is unreliable
      continue;
    }
    if (fence.info !== '') inner = true;
    else if (closes(open, fence)) candidate = index;
    else inner = true;
  }
  return candidate;
}

export const unwrapMarkdownFence: SourceRepair = (lines, report) => {
  const wrapper = findWrapper(lines);
  if (!wrapper) return [...lines];
  const nonBlank = lines.filter((line) => line.text.trim() !== '').length;
  const inside = lines
    .slice(wrapper.open + 1, wrapper.close)
    .filter((line) => line.text.trim() !== '').length;
  if (nonBlank === 0 || inside / nonBlank < MIN_SHARE) return [...lines];
  const openLine = lines[wrapper.open];
  const closeLine = lines[wrapper.close];
  if (!openLine || !closeLine) return [...lines];
  report({
    line: openLine.origin,
    ruleId: 'markdown-wrapper',
    found: `the whole write-up is wrapped in a "${openLine.text.trim()}" code fence ` +
      `(lines ${openLine.origin}–${closeLine.origin})`,
    action: 'removed the wrapping fence so its content renders as Markdown',
  });
  return lines.map((line, index) =>
    index === wrapper.open || index === wrapper.close ? { ...line, text: '' } : line,
  );
};
