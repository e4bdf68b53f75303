/**
 * Site-wide: redirects kept in `content/redirects.json` — when a page is renamed, its old address
 * goes here, so links in course syllabi keep working. Validated with zod; Astro turns each into a
 * redirect page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';

export const redirectsSchema = z.array(z.strictObject({
  /** The old address, root-relative without the base, e.g. `/writeups/old-name/`. */
  from: z.string().regex(/^\/[a-z0-9/_-]*$/, { message: 'a root-relative path like /old-page/' }),
  /** Where it went, e.g. `/writeups/new-name/`. */
  to: z.string().regex(/^\/[a-z0-9/_#-]*$/, { message: 'a root-relative path like /new-page/' }),
}));

export type Redirects = z.output<typeof redirectsSchema>;

/** The redirects, or none when the guide has no redirects file. */
export function readRedirects(path: string): Redirects {
  if (!existsSync(path)) return [];
  const parsed = redirectsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    `${path}: entry ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`${problems.join('\n')}\nFix the entry: {"from": "/old/", "to": "/new/"}.`);
}
