/**
 * Ingest stage: a code fence the author never closed (seed 004) would swallow the rest of the
 * write-up. The fence is closed where the author meant it to end: before the first line that
 * cannot belong to the code — a line indented less than the fence (its list item ended) or a new
 * fence with a language (the next snippet began); failing those, when no closing fence follows at
 * all, before a `##` heading that follows a blank line; else at the end of the file.
 * The closing fence takes the place of a blank line when there is one, so line numbers stay true.
 */
import { closes, fenceLanguage, parseFence, type FenceLine } from './fences.ts';
import type { SourceLine, SourceRepair } from './source-lines.ts';

const HEADING = /^ {0,3}#{2,6}\s/;
const NESTING_LANGUAGES = new Set(['markdown', 'md', 'mdx']);

function indentOf(text: string): number {
  return /^ */.exec(text.replace(/\t/g, '    '))?.[0].length ?? 0;
}

/** Whether `text`, inside a block opened by `open`, proves the author's code already ended. */
function surelyEnds(open: FenceLine, text: string): boolean {
  if (text.trim() === '') return false;
  if (open.indent > 0 && indentOf(text) < open.indent) return true;
  const fence = parseFence(text);
  return Boolean(fence && fence.info !== '' && fence.indent <= open.indent &&
    !NESTING_LANGUAGES.has(fenceLanguage(open.info)));
}

/** Index of the line where the block opened at `start` really ends, and whether it was closed. */
function findEnd(lines: readonly SourceLine[], start: number, open: FenceLine) {
  let close: number | undefined;
  for (let index = start + 1; index < lines.length; index++) {
    const text = lines[index]?.text ?? '';
    const fence = parseFence(text);
    if (fence && closes(open, fence)) {
      close = index;
      break;
    }
    if (surelyEnds(open, text)) return { end: index, closed: false };
  }
  if (close !== undefined) return { end: close, closed: true };
  for (let index = start + 2; index < lines.length; index++) {
    const blankBefore = (lines[index - 1]?.text ?? '').trim() === '';
    if (blankBefore && HEADING.test(lines[index]?.text ?? '')) return { end: index, closed: false };
  }
  return { end: lines.length, closed: false };
}

export const closeOpenFences: SourceRepair = (lines, report) => {
  const out: SourceLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line) break;
    const open = parseFence(line.text);
    if (!open) {
      out.push(line);
      index++;
      continue;
    }
    const { end, closed } = findEnd(lines, index, open);
    const block = lines.slice(index, closed ? end + 1 : end);
    if (closed) {
      out.push(...block);
      index = end + 1;
      continue;
    }
    const fenceText = `${' '.repeat(open.indent)}${open.char.repeat(open.length)}`;
    // Blank lines before the next content were the author's gap after the code, not code.
    let last = block.length;
    while (last > 1 && (block[last - 1]?.text ?? '').trim() === '') last--;
    const gap = block[last];
    const code = block.slice(0, last);
    const closing = gap
      ? { text: fenceText, origin: gap.origin }
      : { text: fenceText, origin: lines[end]?.origin ?? (code.at(-1)?.origin ?? line.origin) };
    out.push(...code, closing, ...block.slice(last + 1));
    const next = lines[end];
    report({
      line: line.origin,
      ruleId: 'unclosed-fence',
      found: `code fence "${line.text.trim()}" is never closed`,
      action: next
        ? `closed it after line ${code.at(-1)?.origin ?? line.origin}, ` +
          `before "${next.text.trim()}" (line ${next.origin})`
        : 'closed it at the end of the file',
    });
    index = end;
  }
  return out;
};
