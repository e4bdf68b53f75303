/**
 * Analyse stage, walkthroughs: finds, among a write-up's code blocks, two versions of one
 * Dockerfile (the "typical" first try and the final one), so that the guide can show the change
 * as a diff. Browser-safe.
 *
 * Two complete Dockerfiles (a FROM, a CMD or ENTRYPOINT, no elided lines: what the linter does not
 * call a fragment) are versions of one another when the final stages build on the same image
 * repository (`python:alpine` and `python:${PYTHON_VERSION}-alpine` both build on `python`) and
 * at least 40% of the instructions of both, counted together, are same or changed rows of their
 * diff (the vote service: 4 pairs among 5 + 11 instructions, 8 of 16 = 50%).
 */
import type { DockerfileModel } from '../../dockerfile/model.ts';
import { isFragment } from '../../dockerfile/lint.ts';
import { parseDockerfile } from '../../dockerfile/parse/parse-dockerfile.ts';
import { isDockerfileLanguage } from '../../dockerfile/dockerfile-language.ts';
import { diffDockerfileModels } from './diff-dockerfiles.ts';

export interface CodeBlockInput {
  id: string;
  /** The fence's language (`dockerfile`, `Containerfile`, `docker`, …). */
  lang: string;
  source: string;
  /** Line of the block in the write-up, for document order. */
  line: number;
}

export interface VersionPair {
  /** Id of the earlier block. */
  before: string;
  /** Id of the later block. */
  after: string;
}

/** Least share of both sides' instructions that must pair up (same or changed). */
export const MIN_SHARED = 0.4;

/**
 * The image repository the final stage builds on. A final stage `FROM build` builds on another
 * stage, so the repository is that stage's, followed back to an image.
 */
export function finalBaseRepository(model: DockerfileModel): string | undefined {
  let stage = model.stages[model.stages.length - 1];
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    const name = stage.ref.name.toLowerCase();
    const parent = model.stages.find((s) => s.index < (stage?.index ?? 0) &&
      s.name?.toLowerCase() === name);
    if (!parent) return name;
    stage = parent;
  }
  return undefined;
}

/** Same and changed rows over all instructions of both sides (each pair holds one of each). */
export function sharedShare(before: DockerfileModel, after: DockerfileModel): number {
  const total = before.instructions.length + after.instructions.length;
  if (total === 0) return 0;
  const paired = diffDockerfileModels(before, after)
    .filter((row) => row.kind === 'same' || row.kind === 'changed').length;
  return (2 * paired) / total;
}

function versionsOfOne(before: DockerfileModel, after: DockerfileModel): boolean {
  const repository = finalBaseRepository(before);
  return repository !== undefined && repository === finalBaseRepository(after) &&
    sharedShare(before, after) >= MIN_SHARED;
}

/**
 * Pairs each complete Dockerfile block, in document order, with the LAST later block that is a
 * version of it (typical → final, skipping the intermediate attempts); a block is in one pair at
 * most. A write-up about one image gives at most one pair; one that walks through two images
 * may give two.
 */
export function findVersionPairs(blocks: readonly CodeBlockInput[]): VersionPair[] {
  const complete = [...blocks]
    .filter((block) => isDockerfileLanguage(block.lang.trim()))
    .sort((a, b) => a.line - b.line)
    .map((block) => ({ id: block.id, model: parseDockerfile(block.source) }))
    .filter((block) => !isFragment(block.model));
  const pairs: VersionPair[] = [];
  const used = new Set<number>();
  for (let i = 0; i < complete.length; i++) {
    const first = complete[i];
    if (!first || used.has(i)) continue;
    for (let j = complete.length - 1; j > i; j--) {
      const last = complete[j];
      if (!last || used.has(j) || !versionsOfOne(first.model, last.model)) continue;
      pairs.push({ before: first.id, after: last.id });
      used.add(i);
      used.add(j);
      break;
    }
  }
  return pairs;
}
