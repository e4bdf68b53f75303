/**
 * Analyse stage, Dockerfile engine: DL3045 (hadolint) checks that a COPY to a relative
 * destination happens only after a WORKDIR in the same stage, or in a stage it is built FROM.
 * Absolute paths (also Windows `C:\`), and destinations that start with a variable, are fine.
 */
import type { DockerfileModel, Stage } from '../model.ts';
import type { Rule, RuleHit } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

function isAbsoluteOrVariable(destination: string): boolean {
  return destination.startsWith('/') || destination.startsWith('$') ||
    /^[A-Za-z]:[\\/]/.test(destination);
}

/** The earlier stage this one is built FROM, matched by name as the builder does. */
function parentOf(model: DockerfileModel, stage: Stage): Stage | undefined {
  const image = stage.resolvedImage.toLowerCase();
  return model.stages.find((other) => other.index < stage.index &&
    other.name !== undefined && other.name.toLowerCase() === image);
}

/** A WORKDIR anywhere in an ancestor stage carries over: the child starts from its image. */
function inheritsWorkdir(model: DockerfileModel, stage: Stage): boolean {
  const seen = new Set<number>();
  for (let parent = parentOf(model, stage); parent && !seen.has(parent.index);
    parent = parentOf(model, parent)) {
    seen.add(parent.index);
    if (parent.instructions.some((i) => i.keyword === 'WORKDIR')) return true;
  }
  return false;
}

export const rule: Rule = {
  id: 'DL3045',
  source: 'hadolint',
  severity: 'warning',
  title: 'COPY to a relative destination without WORKDIR set',
  description: 'A COPY whose destination is a relative path should come after a WORKDIR in its ' +
    'stage, so that the files land in a known directory.',
  rationale: 'A relative destination is resolved against the working directory, which is ' +
    'whatever the base image set, often `/`. When the base image changes, the files move ' +
    'silently; setting WORKDIR yourself pins where they go.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3045',
  sameAs: [],
  scope: 'any',
  examples: {
    bad: 'FROM node:22-alpine\nCOPY package.json ./\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\n',
  },
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      let workdir = inheritsWorkdir(model, stage);
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') workdir = true;
        if (instruction.keyword !== 'COPY' || workdir) continue;
        const last = instruction.args[instruction.args.length - 1];
        if (instruction.args.length < 2 || last === undefined) continue;
        const destination = unquote(last);
        if (isAbsoluteOrVariable(destination)) continue;
        hits.push({
          line: instruction.line,
          endLine: instruction.endLine,
          message: `COPY to the relative path \`${destination}\` with no WORKDIR set in this ` +
            'stage: add a WORKDIR before it, or use an absolute destination',
        });
      }
    }
    return hits;
  },
};
