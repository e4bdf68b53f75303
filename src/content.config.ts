/**
 * Content collections. Starlight's `docs` collection is fed by the guide loader from the
 * top-level `content/` folder; its schema is Starlight's plus the ingest diagnostics.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { diagnosticSchema } from './ingest/shipshape-frontmatter.ts';
import { guideLoader } from './loaders/guide-loader.ts';

const schema = docsSchema({
  extend: z.object({
    /** What the ingest steps found and did; shown on the authors' report page. */
    diagnostics: z.array(diagnosticSchema).default([]),
  }),
});

export const collections = {
  docs: defineCollection({
    loader: guideLoader({ pages: './content/pages', writeups: './content/writeups', schema }),
    schema,
  }),
};
