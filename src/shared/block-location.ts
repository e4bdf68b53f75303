/**
 * Shared: where a finding of a stored Dockerfile block is, as `file:line` for an instructor or
 * author to open — the write-up's own file for a block of its text, the file beside it for a
 * folder write-up's own Dockerfile (`content/writeups/app/Dockerfile:5`, not `…/DOCKER.md:5`).
 * The rule pages and the cohort page both list occurrences this way.
 */

/** `filePath`: the write-up's file as the loader stored it; `line`: 1-based within the block. */
export function blockLocation(filePath: string, block: { line: number; file?: string | undefined },
  line: number): string {
  const file = block.file === undefined ? filePath
    : `${filePath.replace(/[^/]*$/, '')}${block.file}`;
  return `${file}:${block.line + line - 1}`;
}
