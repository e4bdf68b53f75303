/**
 * Examples, "Run it here", build time: the JSON the widget needs from an `Example` — its parsed
 * Dockerfile model (so the page does not bundle the parser), the build context minus the files
 * the reader edits, the sizes of the FROM images from the dataset, the commands "Run it
 * yourself" prints, whether the Python runtime was built into the site (and if not, why
 * and what to run), and which Python the page runs next to the image's. Node only (reads
 * the dataset and checks the runtime's files).
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DATASET_FILE, readDataset } from '../compare/load-dataset.ts';
import type { Dataset } from '../compare/dataset-schema.ts';
import { baseImageSizes } from './base-image-sizes.ts';
import { ASSETS_FOLDER, WORKER_FILE } from './pyodide-asset-names.ts';
import { assetBytes, pyodideAssets, unavailableReason } from './pyodide-assets.ts';
import { imagePython, pagePython } from './python-versions.ts';
import type { Example } from './read-examples.ts';
import { encodeFile, type RunHerePayload, type RuntimeStatus } from './run-here-payload.ts';

/** The files a reader can edit in the page, when the example has them. */
export const EDITABLE_FILES = ['app.py', 'requirements.txt'] as const;

export const runHereOptionsSchema = z.strictObject({
  /** The site's base path (`/`, `/courses/docker/`): the runtime is served under it. */
  base: z.string().regex(/^\//, { message: 'a path starting with `/`, e.g. `/` or `/docs/`' })
    .transform((base) => (base.endsWith('/') ? base : `${base}/`)),
  /** The project root: where `content/` and the packages cache (`.cache/`) are. */
  root: z.string().min(1),
  /** The base-image dataset; default: read from `DATASET_FILE` under `root`. */
  dataset: z.custom<Dataset>((value) => Array.isArray(value)).optional(),
});

export type RunHereOptions = z.input<typeof runHereOptionsSchema>;

function runtimeStatus(base: string, root: string): RuntimeStatus {
  const assets = pyodideAssets(root);
  if (!assets.available) return { available: false, reason: unavailableReason(assets.reason) };
  const assetsUrl = `${base}${ASSETS_FOLDER}/`;
  return { available: true, assetsUrl, workerUrl: `${assetsUrl}${WORKER_FILE}`,
    downloadBytes: assetBytes(assets.files) };
}

/** The widget's data for one example. */
export function runHereData(example: Example, options: RunHereOptions): RunHerePayload {
  const { base, root, dataset: given } = runHereOptionsSchema.parse(options);
  const dataset = given ?? readDataset(join(root, DATASET_FILE));
  const sizes = baseImageSizes(dataset);
  const final = example.model.stages.at(-1)?.resolvedImage ?? 'unknown';
  // Both spellings `simulateBuild` looks a FROM image up by.
  const images = new Set(example.model.stages.flatMap((stage) => [stage.resolvedImage,
    stage.resolvedImage.replace(/^docker\.io\/(?:library\/)?/, '')]));
  const editable: string[] = EDITABLE_FILES.filter((path) =>
    example.files.some((file) => file.path === path));
  return {
    slug: example.slug,
    buildCommand: example.commands.build,
    runCommand: example.commands.run,
    image: example.commands.image,
    port: example.commands.port,
    healthPath: example.commands.healthPath,
    model: example.model,
    files: example.files.filter((file) => !editable.includes(file.path)).map(encodeFile),
    editable,
    baseImages: [...sizes].filter(([tag]) => images.has(tag)),
    runtime: runtimeStatus(base, root),
    python: { page: pagePython(root), image: imagePython(final, dataset) },
  };
}
