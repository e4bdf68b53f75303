/**
 * Analyse stage, Dockerfile engine: BuildKit's MaintainerDeprecated check. Reports every
 * MAINTAINER instruction; the author belongs in a label.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { authorsLabel } from '../rules-shared/authors-label.ts';

export const text: RuleText = {
  title: 'MAINTAINER is deprecated',
  description: 'The `MAINTAINER` instruction is deprecated; record the image author with ' +
    '`LABEL org.opencontainers.image.authors=…` instead.',
  rationale: '`MAINTAINER` only fills a legacy field that tools no longer show, while labels are ' +
    'what registries, scanners and `docker inspect` read. The OCI `authors` label carries the ' +
    'same information where people will actually find it.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/maintainer-deprecated/',
  examples: {
    bad: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN apk add --no-cache curl\n',
    good: 'FROM alpine:3.20\n' +
      'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n' +
      'RUN apk add --no-cache curl\n',
  },
};

export const rule: Rule = {
  id: 'MaintainerDeprecated',
  source: 'buildkit',
  severity: 'warning',
  sameAs: ['DL4000'],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'MAINTAINER') continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `MAINTAINER is deprecated: write \`${authorsLabel(instruction)}\` instead.`,
      });
    }
    return hits;
  },
};
