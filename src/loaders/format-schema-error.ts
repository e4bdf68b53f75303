/**
 * Turns a schema validation failure from the content layer into one line per problem:
 * `file:line: field \`title\`: received undefined, expected string`.
 */

interface Issue {
  path?: Array<string | number>;
  message?: string;
  expected?: string;
  code?: string;
}

function issuesOf(error: unknown): Issue[] {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const issues = (current as { issues?: unknown }).issues;
    if (Array.isArray(issues)) return issues as Issue[];
    current = (current as { cause?: unknown }).cause;
  }
  return [];
}

/** The line where a front matter key is written, else 1. */
function lineOfKey(body: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const index = body.split('\n').findIndex((line) => line.startsWith(`${String(key)}:`));
  return index === -1 ? 1 : index + 1;
}

export function formatSchemaError(display: string, body: string, error: unknown): string {
  const issues = issuesOf(error);
  if (issues.length === 0) {
    const text = error instanceof Error ? error.message : String(error);
    return `${display}:1: the front matter does not match the page schema: ${text}`;
  }
  return issues
    .map((issue) => {
      const field = (issue.path ?? []).join('.') || '(front matter)';
      return `${display}:${lineOfKey(body, issue.path?.[0])}: field \`${field}\`: ${issue.message}`;
    })
    .join('\n');
}
