/**
 * Shared by every stage that names a code block by its file (file tabs, practices evidence,
 * size claims): the `title="…"` of a fenced block's meta.
 */
const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** The `title="…"` of a code block's meta, if any. */
export function codeTitle(meta: string | null | undefined): string | undefined {
  const match = TITLE.exec(meta ?? '');
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
