/**
 * Plugin: the content collections a site using shipshape declares in `src/content.config.ts`
 * (`export { collections } from 'shipshape/content';`). Starlight's `docs` collection is fed by
 * the guide loader from the folders given to `shipshape({ pages, writeups })`; its schema is
 * Starlight's plus what the Markdown steps hand back.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import options from 'virtual:shipshape/options';
import { diagnosticSchema } from '../shared/shipshape-frontmatter.ts';
import { guideLoader } from '../loaders/guide-loader.ts';
import { examplesLoader } from '../loaders/examples-loader.ts';
import { dockerfileBlockSchema } from '../render/dockerfile-block-schema.ts';
import { practiceEvidenceSchema } from '../practices/evidence-schema.ts';

const schema = docsSchema({
  extend: z.object({
    /** What the ingest steps found and did; shown on the authors' report page. */
    diagnostics: z.array(diagnosticSchema).default([]),
    /** Every Dockerfile code block of the page with the engine's findings. */
    dockerfiles: z.array(dockerfileBlockSchema).default([]),
    /** Which of those blocks the practices matrix judges, and the `.dockerignore` shown. */
    practiceEvidence: practiceEvidenceSchema.default({ blocks: [], dockerignores: [] }),
  }),
});

/** One entry per example folder (content/examples/<slug>/), its page generated and rendered. */
const exampleSchema = z.object({
  title: z.string(),
  description: z.string(),
  /** Position in the lesson order. */
  order: z.number().int(),
  diagnostics: z.array(diagnosticSchema).default([]),
  dockerfiles: z.array(dockerfileBlockSchema).default([]),
});

export const collections = {
  examples: defineCollection({ loader: examplesLoader(), schema: exampleSchema }),
  docs: defineCollection({
    loader: guideLoader({ pages: `./${options.pages}`, writeups: options.writeups,
      syllabus: options.syllabus, course: options.features.course, schema,
      dataFiles: [options.dataset], renderedWith: options }),
    schema,
  }),
};
