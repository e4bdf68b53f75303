/**
 * Plugin: the content collections a site using shipshape declares in `src/content.config.ts`
 * (`export { collections } from 'shipshape/content';`). Starlight's `docs` collection is fed by
 * the guide loader from the folders given to `shipshape({ pages, writeups })`; its schema is
 * Starlight's plus what the Markdown steps hand back.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import options, { syllabus } from 'virtual:shipshape/options';
import { diagnosticSchema } from '../shared/shipshape-frontmatter.ts';
import { guideLoader } from '../loaders/guide-loader.ts';
import { examplesLoader } from '../loaders/examples-loader.ts';
import { loaderHandoffs } from '../loaders/loader-handoff.ts';
import { dockerfileBlockSchema } from '../render/dockerfile-block-schema.ts';
import { practiceEvidenceSchema } from '../practices/evidence-schema.ts';
import { foundClaimsSchema } from '../compare/claims/claims-schema.ts';
import { storedExampleSchema } from '../examples/stored-example.ts';

const schema = docsSchema({
  extend: z.object({
    /** The file as pages name it when that differs from `filePath`: relative to the write-ups
     * folder when it is outside the project (src/shared/shown-path.ts). */
    shownPath: z.string().optional(),
    /** What the ingest steps found and did; shown on the authors' report page. */
    diagnostics: z.array(diagnosticSchema).default([]),
    /** Every Dockerfile code block of the page with the engine's findings. */
    dockerfiles: z.array(dockerfileBlockSchema).default([]),
    /** Which of those blocks the practices matrix judges, and the `.dockerignore` shown. */
    practiceEvidence: practiceEvidenceSchema.default({ blocks: [], dockerignores: [] }),
    /** A write-up's claims about base images, read once from its tree; `/compare/` lists them. */
    claims: foundClaimsSchema.default({ claims: [], unparsed: [] }),
  }),
});

/** One entry per example folder (`examples` option, `content/examples/<slug>/` by default), its
 * page generated and rendered. */
const exampleSchema = z.object({
  title: z.string(),
  description: z.string(),
  /** Position in the lesson order. */
  order: z.number().int(),
  diagnostics: z.array(diagnosticSchema).default([]),
  dockerfiles: z.array(dockerfileBlockSchema).default([]),
  /** The example as the loader read it, once: its page, "Run it here" and `.zip` are made
   * from this, not from the folder (src/examples/stored-example.ts). */
  example: storedExampleSchema,
});

/**
 * Starlight reads an `i18n` collection for its interface strings and Astro warns on every build
 * when there is none ("The collection "i18n" does not exist or is empty"). The guide keeps
 * Starlight's English strings: one English entry that overrides nothing.
 */
const i18n = defineCollection({
  loader: {
    name: 'shipshape-i18n',
    load: async ({ store, parseData }) => {
      store.clear();
      store.set({ id: 'en', data: await parseData({ id: 'en', data: {} }) });
    },
  },
  schema: i18nSchema(),
});

/** What the two loaders hand each other while they load (src/loaders/loader-handoff.ts). */
const handoffs = loaderHandoffs();

export const collections = {
  i18n,
  examples: defineCollection({ loader: examplesLoader({ examples: options.examples,
    writeups: options.writeups, ownWriteups: options.ownWriteups, handoffs }),
  schema: exampleSchema }),
  docs: defineCollection({
    loader: guideLoader({ pages: `./${options.pages}`, writeups: options.writeups,
      syllabus: options.syllabus, syllabusSource: syllabus, course: options.features.course,
      lessons: options.lessons,
      exercises: options.exercises,
      examples: options.examples, ownWriteups: options.ownWriteups, schema,
      dataFiles: [options.dataset], renderedWith: options, handoffs }),
    schema,
  }),
};
