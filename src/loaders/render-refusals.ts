/**
 * Ingest stage, loader support: rendering Markdown through Astro without Astro's dump of a
 * refusal. Astro's Markdown processor (`@astrojs/markdown-remark`, `render`) prints every error
 * a plugin throws with `console.error(err)` before rethrowing it. For content that shipshape
 * refuses on purpose (a step's `file.fail(…)`, or a page too deep for the parsers) that print was
 * a 20-line dump of the message object, with the machine's absolute paths and the author's text
 * raw (an ESC in a `file=` path reached the terminal), ahead of the loader's own one-line
 * `file:line` error. While a loader renders, that one kind of print is dropped; any other error
 * is printed as before, and every error is still thrown to the loader.
 */

/** What a parser says when content is too deep or too big for it, despite the ingest limits. */
const EXHAUSTED = /Maximum call stack size exceeded|Invalid (?:array|string) length/;

/** A refusal of the content: the loader reports it as one `file:line` line of its own. */
export function isContentRefusal(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const message = error as { reason?: unknown; source?: unknown };
  if (message.source === 'shipshape' && typeof message.reason === 'string') return true;
  return error instanceof Error && EXHAUSTED.test(error.message);
}

/** The parser's own words when content exhausted it (`Maximum call stack size exceeded`). */
export function exhaustion(error: unknown): string | undefined {
  return error instanceof Error ? EXHAUSTED.exec(error.message)?.[0] : undefined;
}

/*
 * The filter is process-wide (`console.error` is), so it is counted: renders may overlap, and
 * the original comes back when the last one ends. It holds no page's data.
 */
let rendering = 0;
let original: typeof console.error = console.error;

/** Runs `render` with Astro's print of a content refusal dropped (the loader reports it). */
export async function renderQuietly<T>(render: () => Promise<T>): Promise<T> {
  if (rendering++ === 0) {
    original = console.error;
    const print = original;
    console.error = (...args: unknown[]) => {
      if (args.length === 1 && isContentRefusal(args[0])) return;
      print(...args);
    };
  }
  try {
    return await render();
  } finally {
    if (--rendering === 0) console.error = original;
  }
}
