/**
 * Analyse stage, Dockerfile engine: `parseDockerfile`, the model builder (`build-model.ts`) with
 * its syntax authority injected. On Node (the build, the CLI, tests) that is dockerfile-utils'
 * `validate` (`syntax.ts`), run whenever the pre-check cannot clear the text; pass `validate` to
 * use another. dockerfile-utils does not run in browsers: the browser entry (`../browser.ts`)
 * calls `buildModel` without a validator instead. Node only (imports dockerfile-utils).
 */
import type { DockerfileModel } from '../model.ts';
import { buildModel, type BuildOptions } from './build-model.ts';
import { validateSyntax } from './syntax.ts';

export type { SyntaxValidator } from './build-model.ts';

export function parseDockerfile(source: string, options: BuildOptions = {}): DockerfileModel {
  return buildModel(source, { validate: options.validate ?? validateSyntax });
}
