/**
 * Analyse stage, Dockerfile engine: DL3007 reports a FROM image tagged `latest`. The tag is read
 * after global ARG defaults are substituted, so `python:${TAG}` with `ARG TAG=latest` counts too
 * (hadolint reads the text as written and misses it).
 */
import type { Rule, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'Do not use the latest tag',
  description: 'A FROM uses the `latest` tag; pin the version explicitly to a release tag.',
  rationale: '`latest` is just the tag a publisher moved last, not a version: every pull can ' +
    'bring a new base image, so builds stop being reproducible and break when the base changes ' +
    'under them. A release tag changes only when you change it.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3007',
  examples: {
    bad: 'FROM node:latest\nCOPY server.js /app/\nCMD ["node", "/app/server.js"]\n',
    good: 'FROM node:22.11-bookworm-slim\nCOPY server.js /app/\nCMD ["node", "/app/server.js"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3007',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages
      // A digest pins the image whatever the tag says (`:latest@sha256:…`), as in hadolint.
      .filter((stage) => stage.ref.tag === 'latest' && stage.ref.digest === undefined)
      .map((stage) => ({
        line: stage.line,
        endLine: stage.line,
        message: stage.image === stage.resolvedImage
          ? `image \`${stage.image}\` uses the \`latest\` tag: pin a release tag instead`
          : `image \`${stage.image}\` resolves to \`${stage.resolvedImage}\`, the \`latest\` ` +
            'tag: pin a release tag instead',
      }));
  },
};
