/**
 * Ingest stage: checks an entry's front matter against the collection schema before Astro does,
 * so an author reads one line per problem — `file:line: front matter field \`title\`: received
 * nothing (the field is missing), expected string` — instead of a schema dump.
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { ContentError } from '../shared/content-error.ts';

/** A collection schema as Starlight builds it: a function of the schema context. */
export type SchemaFactory = (context: SchemaContext) => z.ZodType;

/**
 * Images in front matter are resolved and checked by Astro itself, later; for explaining the
 * other fields a path string stands in for the image.
 */
const IMAGE_AS_PATH = { image: () => z.string() } as unknown as SchemaContext;

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  /** Fields a strict schema does not know (`unrecognized_keys`). */
  keys?: string[];
  expected?: unknown;
  values?: unknown[];
  input?: unknown;
}

/**
 * The line where a front matter field is written (`sidebar.attrs`: the first `attrs:` indented
 * below `sidebar:`), else the line of its nearest written parent, else the first line.
 */
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  const lines = text.split('\n');
  let found = 0;
  for (const [depth, key] of path.entries()) {
    if (typeof key !== 'string') break;
    const index = lines.findIndex((line, at) => at >= found && (depth === 0
      ? line.startsWith(`${key}:`)
      : /^\s/.test(line) && line.trimStart().startsWith(`${key}:`)));
    if (index === -1) break;
    found = index + 1;
  }
  return Math.max(found, 1);
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

/**
 * Problems with `data`, one line each (empty when it is valid). `allowed` says which fields a
 * strict schema accepts, for the message about a field it does not.
 */
export function validateFrontmatter(
  schema: SchemaFactory,
  data: Record<string, unknown>,
  display: string,
  text: string,
  allowed = 'see the README for the fields',
): string[] {
  const result = schema(IMAGE_AS_PATH).safeParse(data, { reportInput: true });
  if (result.success) return [];
  const line = (path: PropertyKey[], reason: string) => {
    const field = path.map(String).join('.') || '(the front matter as a whole)';
    return `${display}:${lineOfPath(text, path)}: front matter field \`${field}\`: ${reason}`;
  };
  return (result.error.issues as Issue[]).flatMap((issue) => issue.code === 'unrecognized_keys'
    ? (issue.keys ?? []).map((key) => line([...issue.path, key], `not allowed (${allowed})`))
    : [line(issue.path, describeIssue(issue))]);
}

/**
 * The entry's data as the collection's own parse (`parse`, Astro's `ctx.parseData`) gives it:
 * front matter is validated once. Only when that parse refuses it is the schema run again, to
 * say which field on which line (`hint` says how to fix it); a refusal this cannot explain (an
 * image Astro cannot find) is passed on as it is.
 */
export async function parseEntryData<T>(
  parse: () => Promise<T>,
  schema: SchemaFactory,
  data: Record<string, unknown>,
  display: string,
  text: string,
  hint: string,
): Promise<T> {
  return parse().catch((error: unknown) => {
    const problems = validateFrontmatter(schema, data, display, text);
    throw problems.length > 0 ? new ContentError(problems.join('\n'), hint) : error;
  });
}
