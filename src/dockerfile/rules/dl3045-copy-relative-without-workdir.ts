/**
 * Analyse stage, Dockerfile engine: DL3045 (hadolint) checks that a COPY to a relative
 * destination happens only after a WORKDIR in the same stage, or in a stage it is built FROM.
 * Absolute paths (also Windows `C:\`), and destinations that start with a variable, are fine.
 */
import type { DockerfileModel, Stage } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

function isAbsoluteOrVariable(destination: string): boolean {
  return destination.startsWith('/') || destination.startsWith('$') ||
    /^[A-Za-z]:[\\/]/.test(destination);
}

/**
 * For each stage, whether a WORKDIR anywhere in an ancestor stage carries over (the child starts
 * from its image). The parent is the first earlier stage of the name its FROM gives, matched as
 * the builder does; stages in file order, so each parent is decided before its children and a
 * long chain of stages costs one pass.
 */
function inheritedWorkdirs(model: DockerfileModel): boolean[] {
  const byName = new Map<string, Stage>();
  const inherits: boolean[] = [];
  for (const stage of model.stages) {
    const parent = byName.get(stage.resolvedImage.toLowerCase());
    inherits[stage.index] = parent !== undefined && (inherits[parent.index] === true ||
      parent.instructions.some((i) => i.keyword === 'WORKDIR'));
    const name = stage.name?.toLowerCase();
    if (name !== undefined && !byName.has(name)) byName.set(name, stage);
  }
  return inherits;
}

export const text: RuleText = {
  title: 'COPY to a relative destination without WORKDIR set',
  description: 'A COPY whose destination is a relative path should come after a WORKDIR in its ' +
    'stage, so that the files land in a known directory.',
  rationale: 'A relative destination is resolved against the working directory, which is ' +
    'whatever the base image set, often `/`. When the base image changes, the files move ' +
    'silently; setting WORKDIR yourself pins where they go.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3045',
  examples: {
    bad: 'FROM node:22-alpine\nCOPY package.json ./\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\n',
  },
};

export const rule: Rule = {
  id: 'DL3045',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, fragment }) {
    const hits: RuleHit[] = [];
    const inherits = inheritedWorkdirs(model);
    // Instructions before the first FROM too, as hadolint checks them (with no WORKDIR yet);
    // not in a snippet, whose stage may have set a WORKDIR in lines left out.
    const beforeFrom = { index: -1,
      instructions: fragment ? [] : model.instructions.filter((i) => i.stage < 0) };
    for (const stage of [beforeFrom, ...model.stages]) {
      let workdir = inherits[stage.index] === true;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') workdir = true;
        if (instruction.keyword !== 'COPY' || workdir) continue;
        const last = instruction.args[instruction.args.length - 1];
        if (instruction.args.length < 2 || last === undefined) continue;
        const destination = unquote(last);
        // As written too: the word splitter drops the backslashes of `d:\app\x` (hadolint reads
        // the raw text, and so does a Windows builder with its escape directive).
        const raw = unquote(instruction.argsText.trim().split(/\s+/).pop() ?? '');
        if (isAbsoluteOrVariable(destination) || isAbsoluteOrVariable(raw)) continue;
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
