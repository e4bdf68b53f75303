/**
 * Cohort, Astro integration: adds the instructor's overview page (src/cohort/cohort-page.astro)
 * at a configurable address, `/cohort/` by default. The option is validated once, here.
 */
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';

export const cohortOptionsSchema = z.object({
  /**
   * The overview's address, without the site base: one or more path segments of lower-case
   * letters, digits and hyphens, e.g. `cohort` or `course/submissions`.
   */
  path: z.string()
    .transform((path) => path.replace(/^\/+|\/+$/g, ''))
    .refine((path) => /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/.test(path), {
      message: 'expected path segments of a-z, 0-9 and `-`, such as `cohort`',
    })
    .default('cohort'),
});

export type CohortOptions = z.input<typeof cohortOptionsSchema>;

/** The overview's address without the base, `cohort/`, from the same options. */
export function cohortPath(options: CohortOptions = {}): string {
  const parsed = cohortOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`shipshape cohort: option \`path\`: received ` +
      `\`${String(options.path)}\`, ${issue?.message ?? 'not accepted'}`);
  }
  return `${parsed.data.path}/`;
}

export function cohortIntegration(options: CohortOptions = {}): AstroIntegration {
  const path = cohortPath(options);
  return {
    name: 'shipshape:cohort',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: `/${path}`,
          entrypoint: new URL('./cohort-page.astro', import.meta.url), prerender: true });
      },
    },
  };
}
