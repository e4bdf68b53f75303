/**
 * Ingest stage: checks an entry's front matter against the collection schema before Astro does,
 * so an author reads one line per problem — `file:line: front matter field \`title\`: received
 * nothing (the field is missing), expected string` — instead of a schema dump.
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';

/** A collection schema as Starlight builds it: a function of the schema context. */
export type SchemaFactory = (context: SchemaContext) => z.ZodType;

/**
 * Images in front matter are resolved and checked by Astro itself, later; for explaining the
 * other fields a path string stands in for the image.
 */
const IMAGE_AS_PATH = { image: () => z.string() } as unknown as SchemaContext;

interface Issue {
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  input?: unknown;
}

/** The line where a top-level front matter key is written, else the first line. */
function lineOfKey(text: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

function describeIssue(issue: Issue): string {
  const received = issue.input !== undefined
    ? `\`${JSON.stringify(issue.input)}\``
    : 'nothing (the field is missing)';
  const expected = issue.values
    ? `one of ${issue.values.map((value) => `\`${JSON.stringify(value)}\``).join(', ')}`
    : typeof issue.expected === 'string'
      ? issue.expected
      : issue.message;
  return `received ${received}, expected ${expected}`;
}

/** Problems with `data`, one line each (empty when it is valid). */
export function validateFrontmatter(
  schema: SchemaFactory,
  data: Record<string, unknown>,
  display: string,
  text: string,
): string[] {
  const result = schema(IMAGE_AS_PATH).safeParse(data, { reportInput: true });
  if (result.success) return [];
  return (result.error.issues as Issue[]).map((issue) => {
    const field = issue.path.map(String).join('.') || '(the front matter as a whole)';
    const line = lineOfKey(text, issue.path[0]);
    return `${display}:${line}: front matter field \`${field}\`: ${describeIssue(issue)}`;
  });
}
