/**
 * Ingest stage, shared by the fence repairs: recognises Markdown code-fence lines the way
 * CommonMark does (up to three spaces of indent, three or more backticks or tildes).
 */

export interface FenceLine {
  /** Columns of indentation before the fence. */
  indent: number;
  /** The fence character. */
  char: '`' | '~';
  /** How many fence characters. */
  length: number;
  /** Info string after the fence (language and meta), trimmed; empty for a bare fence. */
  info: string;
}

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/;

/** Reads a line as a fence, or returns undefined when it is not one. */
export function parseFence(text: string): FenceLine | undefined {
  const match = FENCE.exec(text.replace(/\t/g, '    '));
  if (!match) return undefined;
  const [, spaces = '', run = '', rest = ''] = match;
  const char = run[0] === '~' ? '~' : '`';
  // A backtick fence's info string may not contain backticks (CommonMark 4.5).
  if (char === '`' && rest.includes('`')) return undefined;
  return { indent: spaces.length, char, length: run.length, info: rest.trim() };
}

/** Whether `line` closes a block opened by `open`: bare, same char, at least as long. */
export function closes(open: FenceLine, line: FenceLine): boolean {
  return line.info === '' && line.char === open.char && line.length >= open.length;
}

/** The language word of an info string (`dockerfile title="x"` gives `dockerfile`). */
export function fenceLanguage(info: string): string {
  return (info.split(/\s+/)[0] ?? '').toLowerCase();
}

/**
 * For each line, whether it belongs to a fenced code block (fence lines included). Run after
 * `closeOpenFences`, when every fence is closed; repairs use it to leave code alone.
 */
export function fencedLines(texts: readonly string[]): boolean[] {
  const fenced: boolean[] = [];
  let open: FenceLine | undefined;
  for (const text of texts) {
    const fence = parseFence(text);
    if (open) {
      fenced.push(true);
      if (fence && closes(open, fence)) open = undefined;
    } else {
      fenced.push(fence !== undefined);
      open = fence;
    }
  }
  return fenced;
}

/** `text` with the inside of inline code spans (`` `<!--` ``) blanked, positions kept. */
export function blankCodeSpans(text: string): string {
  return text.replace(/(`+)([^`]|(?!\1)`)+?\1/g, (span) => ' '.repeat(span.length));
}
