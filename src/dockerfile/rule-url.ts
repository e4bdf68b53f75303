/**
 * Analyse stage, Dockerfile engine: where a rule's page lives in the guide (`/rules/dl3042/`).
 * The site base is added by the page that links to it.
 */
/**
 * `JSONArgsRecommended` → `json-args-recommended` (as docs.docker.com), `DL3042` → `dl3042`.
 */
export function ruleSlug(id: string): string {
  return id
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

export function rulePath(id: string): string {
  return `/rules/${ruleSlug(id)}/`;
}
