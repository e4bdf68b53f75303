/**
 * Shared by every stage: the one reading of a code fence's language label. Authors write
 * ```` ```Dockerfile ````, ```` ```docker ````, ```` ```Containerfile ```` or
 * ```` ```YAML ````; the highlighter matches labels exactly and knows none of the capitalised
 * ones, while the linter, walkthroughs and claims matched them case-insensitively — so a block
 * was linted but not highlighted. Ingest (`remark-code-languages.ts`) writes
 * `codeLanguage(label)` back into every fence, so later stages see one spelling; a stage that
 * parses Markdown on its own reads labels through it too.
 */

/** Labels read under another name: the left side lower-cased, the right as shipshape uses it. */
const ALIASES: Readonly<Record<string, string>> = {
  docker: 'dockerfile',
  containerfile: 'dockerfile',
  '.dockerignore': 'dockerignore',
  'docker-compose': 'yaml',
  compose: 'yaml',
};

/**
 * The label as every stage reads it: trimmed, lower-cased, an alias replaced by its name
 * (`Dockerfile`, `docker`, `Containerfile` → `dockerfile`). No label is `''`.
 */
export function codeLanguage(label: string | null | undefined): string {
  const lower = (label ?? '').trim().toLowerCase();
  return ALIASES[lower] ?? lower;
}

/** Whether a fence with this label holds a Dockerfile (any spelling `codeLanguage` knows). */
export function isDockerfileLanguage(label: string | null | undefined): boolean {
  return codeLanguage(label) === 'dockerfile';
}

/**
 * Labels shipshape reads but the highlighter has no grammar for: how Expressive Code shows them
 * (`ec.config.mjs` passes this as `shiki.langAlias`), so none is reported as unknown.
 */
export const HIGHLIGHT_ALIASES: Readonly<Record<string, string>> = {
  dockerignore: 'txt',
};
