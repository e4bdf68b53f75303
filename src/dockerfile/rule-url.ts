/**
 * Analyse stage, Dockerfile engine: where a rule's page lives in the guide (`/rules/dl3042/`).
 * The site base is added by the page that links to it.
 */
export function ruleSlug(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function rulePath(id: string): string {
  return `/rules/${ruleSlug(id)}/`;
}
