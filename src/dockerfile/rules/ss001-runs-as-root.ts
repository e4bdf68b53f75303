/**
 * Analyse stage, Dockerfile engine: SS001 reports an image that runs as root. The final stage
 * (with the stages it is built `FROM`) never sets a USER, or its last USER is root or UID 0.
 * Distroless `:nonroot` and other `*-nonroot` base images already run unprivileged, so they pass.
 */
import type { Instruction, Stage } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { isRootUser } from '../rules-shared/root-user.ts';
import { stageLineage } from '../rules-shared/stage-lineage.ts';
import { substituteVariables, variablesInScope } from '../scope.ts';

/**
 * How to run unprivileged in this image: scratch and distroless have no shell and no useradd, so
 * only a numeric USER works there (distroless also offers `:nonroot` tags); BusyBox (alpine,
 * busybox) has `adduser`, not `useradd`.
 */
function fixFor(base: Stage): string {
  const { name, tag } = base.ref;
  const short = name.slice(name.lastIndexOf('/') + 1);
  if (name === 'scratch') {
    return '`scratch` has no shell and no `useradd`, so set a numeric id: `USER 65532:65532` ' +
      'before CMD (and `COPY --chown=65532:65532` what the app writes)';
  }
  if (name.includes('distroless')) {
    return 'distroless images have no shell and no `useradd`: use the `:nonroot` tag ' +
      `(\`${base.image.replace(/[:@].*$/, '')}:nonroot\`) or add \`USER 65532:65532\` before CMD`;
  }
  if (short === 'alpine' || short === 'busybox' || (tag ?? '').includes('alpine')) {
    return 'create a user with BusyBox\'s `adduser` (`RUN adduser -D -u 10001 app`) and add ' +
      '`USER 10001` before CMD';
  }
  return 'create a user (`RUN useradd --create-home --uid 10001 app`) and add `USER 10001` ' +
    'before CMD, or use a `nonroot` base image';
}

/** `gcr.io/distroless/static:nonroot`, `…:debug-nonroot`, or an image named `…-nonroot`. */
function isNonRootImage(stage: Stage): boolean {
  const { name, tag } = stage.ref;
  return /(^|-)nonroot($|-)/.test(tag ?? '') || name.endsWith('-nonroot');
}

function label(stage: Stage): string {
  return stage.name === undefined
    ? `\`FROM ${stage.image}\` (line ${stage.line})`
    : `\`${stage.name}\` (line ${stage.line})`;
}

export const text: RuleText = {
  title: 'Image runs as root',
  description: 'The final stage never switches to an unprivileged user (or switches back to ' +
    'root), so the container runs as root.',
  rationale: 'Containers run as root unless the image says otherwise, and root in the ' +
    'container owns every file the app can reach, including mounted volumes; a container ' +
    'escape then starts from root. Creating a user and ending with `USER` costs two lines ' +
    'and removes that whole class of risk.',
  upstreamUrl: undefined,
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nRUN useradd --create-home app\nWORKDIR /app\nCOPY app.py .\n' +
      'USER app\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'SS001',
  source: 'shipshape',
  severity: 'warning',
  sameAs: [],
  scope: 'file',
  check({ model }) {
    const final = model.stages[model.stages.length - 1];
    if (!final) return [];
    const chain = stageLineage(model, final);
    let user: Instruction | undefined;
    for (const stage of chain) {
      user = stage.instructions.findLast((instruction) => instruction.keyword === 'USER');
      if (user) break;
    }
    const hits: RuleHit[] = [];
    if (user) {
      const value = substituteVariables(user.args[0] ?? '', variablesInScope(model, user));
      if (isRootUser(value)) {
        hits.push({
          line: user.line,
          endLine: user.endLine,
          message: `The final stage ${label(final)} ends as root (\`USER ${value}\`): switch ` +
            'back to an unprivileged user after the steps that need root.',
        });
      }
      return hits;
    }
    const base = chain[chain.length - 1] ?? final;
    if (isNonRootImage(base)) return hits;
    hits.push({
      ...fromLines(final),
      message: `The final stage ${label(final)} has no USER instruction, so the container runs ` +
        `as root: ${fixFor(base)}.`,
    });
    return hits;
  },
};
