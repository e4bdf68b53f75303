/**
 * Playground (render, Node): what the simulated build beside the editor builds against — the
 * guide's example app (`content/examples/_app/`: `app.py`, `requirements.txt`, its tests and
 * `.dockerignore`) as the build context, and the base-image sizes the dataset states, so a
 * FROM line it knows gets a size estimate. The simulation itself is "Run it here"'s
 * (`examples/build-simulation.ts`), run in the checking worker. A site without the example app
 * (another Starlight site using the plugin) gets no simulated build; one without the dataset,
 * no size estimates.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../compare/dataset-schema.ts';
import { baseImageSizes, type BaseImageSize } from '../examples/base-image-sizes.ts';
import { APP_DIR, EXAMPLES_DIR, readTree } from '../examples/read-examples.ts';
import { encodeFile, type EncodedFile } from '../examples/run-here-payload.ts';

export interface BuildContext {
  /** The command the log starts with. */
  command: string;
  /** Where the context comes from, for people: `content/examples/_app`. */
  folder: string;
  files: EncodedFile[];
  baseImages: Array<[string, BaseImageSize]>;
}

export function playgroundBuildContext(root: string, dataset: Dataset): BuildContext
  | undefined {
  const folder = `${EXAMPLES_DIR}/${APP_DIR}`;
  if (!existsSync(join(root, folder))) return undefined;
  return {
    command: 'docker build -t playground .',
    folder,
    files: readTree(join(root, folder), folder).map(encodeFile),
    baseImages: [...baseImageSizes(dataset)],
  };
}
