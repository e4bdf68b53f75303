/**
 * Analyse stage, Dockerfile engine, shared by rules: which stages a stage is built on. A stage
 * whose FROM names an earlier stage (`FROM build`, case-insensitively, the nearest earlier stage
 * of that name) starts from that stage's result and inherits its WORKDIR, USER, SHELL, ENV and
 * HEALTHCHECK.
 */
import type { DockerfileModel, Stage } from '../model.ts';

/**
 * The stage and the stages it is built `FROM`, nearest first; the last one names the image.
 * Empty when there is no stage (an instruction before the first FROM).
 */
export function stageLineage(model: DockerfileModel, stage: Stage | undefined): Stage[] {
  const chain: Stage[] = [];
  let current = stage;
  while (current && !chain.includes(current)) {
    chain.push(current);
    const image = current.resolvedImage.toLowerCase();
    const before = current.index;
    current = model.stages.findLast((s) => s.index < before && s.name?.toLowerCase() === image);
  }
  return chain;
}
