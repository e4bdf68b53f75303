/**
 * Analyse stage, Dockerfile engine: DL3060 (hadolint) reports a RUN with `yarn install` and no
 * `yarn cache clean` after it (unless yarn's cache is a cache or tmpfs mount), in stages that
 * end up in an image: the last stage, and stages a later stage is built on.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { mountsCacheOver } from '../rules-shared/cache-mount.ts';
import { hitOn, runInstructions } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

const installs = (c: ShellCommand): boolean => hasWord(c, ['yarn'], ['install']);
const cleans = (c: ShellCommand): boolean => hasWord(c, ['yarn'], ['cache']) &&
  c.args.includes('clean');

export const text: RuleText = {
  title: 'yarn cache clean missing after yarn install',
  description: 'A RUN runs `yarn install` without `yarn cache clean` after it.',
  rationale: 'yarn keeps every package it downloads in its cache; unless the same RUN cleans ' +
    'it (or mounts a cache there), the layer ships a second copy of the dependencies.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3060',
  examples: {
    bad: 'FROM node:22.11-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\n' +
      'RUN yarn install --frozen-lockfile\n',
    good: 'FROM node:22.11-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\n' +
      'RUN yarn install --frozen-lockfile && yarn cache clean\n',
  },
};

export const rule: Rule = {
  id: 'DL3060',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const last = model.stages.length - 1;
    const bases = new Set(model.stages.map((s) => s.image));
    const shipped = (stage: number): boolean => stage === last || stage < 0 ||
      (model.stages[stage]?.name !== undefined && bases.has(model.stages[stage]?.name ?? ''));
    return runInstructions(model).filter(({ instruction, commands }) => {
      const install = commands.findIndex(installs);
      if (install < 0 || !shipped(instruction.stage)) return false;
      const clean = commands.findIndex(cleans);
      if (clean < 0) return !mountsCacheOver(instruction.flags, '.cache/yarn');
      return clean < install;
    }).map(({ instruction }) => hitOn(instruction,
      '`yarn install` without `yarn cache clean` after it: the cache stays in the layer'));
  },
};
