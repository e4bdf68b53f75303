/**
 * Examples: the shape of `content/examples/<slug>/example.yaml`, the small metadata file beside
 * each lesson's Dockerfile. Types come from the schema. Browser-safe.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** One lint finding the example's Dockerfile is expected to give (and no others). */
export const expectedFindingSchema = z.strictObject({
  /** The rule id as the engine reports it (`DL3042`, `SS004`, `JSONArgsRecommended`). */
  rule: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'a rule id such as `DL3042`' }),
  /** 1-based Dockerfile line the finding starts on. */
  line: z.number().int().positive(),
});

export const exampleMetaSchema = z.strictObject({
  /** Title of the lesson stage, e.g. "The typical first Dockerfile". */
  title: text,
  /** What the example shows, one or two sentences for the page and the README. */
  shows: text,
  /** Position in the lesson (1 = first). */
  order: z.number().int().positive(),
  /** The port the app listens on in the container; `EXPOSE` and `ENV PORT` must agree. */
  port: z.number().int().min(1).max(65535),
  /** Path of the health endpoint (`/health`); the HEALTHCHECK's URL, when there is one. */
  healthPath: z.string().regex(/^\/\S*$/, { message: 'a path starting with `/`' }),
  /**
   * What `curl localhost:<port><healthPath>` prints, as a sample: the app's `/health` body
   * with `…` where values vary (`{"status":"healthy","timestamp":"…","uptime_seconds":…}`).
   */
  healthResponse: text,
  /** Name for `docker build -t`; default `info-service:<slug>`. */
  image: z.string().regex(/^[a-z0-9][a-z0-9._/-]*(?::[\w][\w.-]*)?$/, {
    message: 'an image name such as `info-service:first` (lower case, optional :tag)',
  }).optional(),
  /** The write-up whose Dockerfile this stage follows: a file name under the write-ups folder
   * without `.md`, or a write-up folder's name (`app_python`), case kept. */
  basedOn: z.string().regex(/^[A-Za-z0-9][\w .-]*$/, {
    message: 'a write-up\'s name: its file name without `.md`, or its folder\'s name',
  }).optional(),
  /** Exactly the findings the lint engine gives for the Dockerfile; `[]` when clean. */
  findings: z.array(expectedFindingSchema),
});

export type ExampleMeta = z.output<typeof exampleMetaSchema>;
export type ExpectedFinding = z.output<typeof expectedFindingSchema>;
