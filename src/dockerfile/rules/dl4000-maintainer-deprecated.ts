/**
 * Analyse stage, Dockerfile engine: DL4000 (hadolint) reports the deprecated MAINTAINER
 * instruction.
 */
import type { Rule, RuleText } from '../rule.ts';
import { authorsLabel } from '../rules-shared/authors-label.ts';

export const text: RuleText = {
  title: 'MAINTAINER is deprecated',
  description: 'MAINTAINER is deprecated; record the author with a label instead, e.g. ' +
    '`LABEL org.opencontainers.image.authors="…"`.',
  rationale: 'MAINTAINER writes a field that image tooling no longer reads, and Docker has ' +
    'deprecated it. A standard OCI label keeps the same information where registries, ' +
    'scanners and `docker inspect` look for it.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL4000',
  examples: {
    bad: 'FROM alpine:3.21\nMAINTAINER Jane Doe <jane@example.com>\n',
    good: 'FROM alpine:3.21\n' +
      'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
  },
};

export const rule: Rule = {
  id: 'DL4000',
  source: 'hadolint',
  severity: 'error',
  sameAs: ['MaintainerDeprecated'],
  scope: 'any',
  check({ model }) {
    return model.instructions
      .filter((instruction) => instruction.keyword === 'MAINTAINER')
      .map((instruction) => ({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `MAINTAINER is deprecated: use \`${authorsLabel(instruction)}\``,
      }));
  },
};
