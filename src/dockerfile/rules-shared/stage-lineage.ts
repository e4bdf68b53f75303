/**
 * Analyse stage, Dockerfile engine, shared by rules: which stages a stage is built on. A stage
 * whose FROM names an earlier stage (`FROM build`, case-insensitively, the nearest earlier stage
 * of that name) starts from that stage's result and inherits its WORKDIR, USER, SHELL, ENV and
 * HEALTHCHECK.
 */
import type { DockerfileModel, Stage } from '../model.ts';

/**
 * For each stage, the nearest earlier stage its FROM names. Memoized per model (a model is not
 * changed once built), so a rule asking for every instruction's lineage does not search the
 * stages again and again: with thousands of chained stages that was cubic.
 */
const parentsOf = new WeakMap<DockerfileModel, Array<Stage | undefined>>();

function parents(model: DockerfileModel): Array<Stage | undefined> {
  let found = parentsOf.get(model);
  if (!found) {
    const latest = new Map<string, Stage>();
    found = model.stages.map((stage) => {
      const parent = latest.get(stage.resolvedImage.toLowerCase());
      const name = stage.name?.toLowerCase();
      if (name !== undefined) latest.set(name, stage);
      return parent;
    });
    parentsOf.set(model, found);
  }
  return found;
}

/**
 * The stage and the stages it is built `FROM`, nearest first; the last one names the image.
 * Empty when there is no stage (an instruction before the first FROM).
 */
export function stageLineage(model: DockerfileModel, stage: Stage | undefined): Stage[] {
  const chain: Stage[] = [];
  const up = parents(model);
  // A parent always comes earlier in the file, so the chain cannot loop.
  for (let current = stage; current; current = up[current.index]) chain.push(current);
  return chain;
}
