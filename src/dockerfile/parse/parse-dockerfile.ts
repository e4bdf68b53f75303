/**
 * Analyse stage, Dockerfile engine: `parseDockerfile`, the model builder (`build-model.ts`) with
 * its syntax authority injected. On Node (the build, the CLI, tests) that is dockerfile-utils'
 * `validate` (`syntax.ts`), run whenever the pre-check cannot clear the text; pass `validate` to
 * use another. dockerfile-utils does not run in browsers: the browser entry (`../browser.ts`)
 * calls `buildModel` without a validator instead. Node only (imports dockerfile-utils).
 *
 * A model depends on its text alone, so the last texts' models are kept (frozen, so no reader
 * can change what the next one gets): a write-up's Dockerfile block is read by the lint, the
 * walkthrough, the claims and the practices steps, and was parsed by each (7,071 parses of 240
 * texts in a clean build of 200 generated write-ups; docs/benchmarks.md, "Build CPU, round 4").
 */
import type { DockerfileModel } from '../model.ts';
import { buildModel, type BuildOptions } from './build-model.ts';
import { validateSyntax } from './syntax.ts';

export type { SyntaxValidator } from './build-model.ts';

/** Enough for every block of a page and of its neighbours; bounded for a long `astro dev`. */
const KEPT_MODELS = 256;
const models = new Map<string, DockerfileModel>();

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

export function parseDockerfile(source: string, options: BuildOptions = {}): DockerfileModel {
  if (options.validate !== undefined) return buildModel(source, { validate: options.validate });
  const kept = models.get(source);
  if (kept !== undefined) {
    // Most recently used last: the oldest text is the one dropped.
    models.delete(source);
    models.set(source, kept);
    return kept;
  }
  const model = deepFreeze(buildModel(source, { validate: validateSyntax }));
  models.set(source, model);
  if (models.size > KEPT_MODELS) models.delete(models.keys().next().value!);
  return model;
}
