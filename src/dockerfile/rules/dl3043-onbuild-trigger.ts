/**
 * Analyse stage, Dockerfile engine: DL3043 (hadolint) reports `ONBUILD ONBUILD`, `ONBUILD FROM`
 * and `ONBUILD MAINTAINER`, triggers the builder does not allow.
 */
import type { Rule, RuleText } from '../rule.ts';

const DISALLOWED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const text: RuleText = {
  title: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD',
  description: 'An ONBUILD instruction triggers `ONBUILD`, `FROM` or `MAINTAINER`.',
  rationale: 'These cannot run as triggers: the builder rejects an image built FROM this one ' +
    'as soon as it reaches the trigger, far from the line that caused it.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3043',
  examples: {
    bad: 'FROM node:22.11-bookworm-slim\nONBUILD FROM debian:12.5\n',
    good: 'FROM node:22.11-bookworm-slim\nONBUILD COPY package.json /app/\n',
  },
};

export const rule: Rule = {
  id: 'DL3043',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.instructions
      .filter((i) => i.keyword === 'ONBUILD' && DISALLOWED.has((i.args[0] ?? '').toUpperCase()))
      .map((i) => ({ line: i.line, endLine: i.endLine,
        message: `\`ONBUILD ${(i.args[0] ?? '').toUpperCase()}\` is not allowed as a trigger` }));
  },
};
