/**
 * Analyse stage, Dockerfile engine: DL3067 (hadolint) reports `COPY --from=<stage> / /`, which
 * copies another stage's entire filesystem.
 */
import type { Rule, RuleText } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

export const text: RuleText = {
  title: 'Do not copy an entire filesystem from another stage',
  description: '`COPY --from=… / /` copies every file of another stage.',
  rationale: 'Copying `/` brings the other stage\'s compilers, caches and package databases ' +
    'along, which defeats the point of a multi-stage build; copy the files the image needs.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3067',
  examples: {
    bad: 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\n\n' +
      'FROM debian:12-slim\nCOPY --from=build / /\n',
    good: 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\n\n' +
      'FROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/app\n',
  },
};

export const rule: Rule = {
  id: 'DL3067',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.instructions.filter((i) => {
      if (i.keyword !== 'COPY' || !i.flags.some((f) => f.name === 'from')) return false;
      const words = (i.json ?? i.args).map(unquote);
      return words.length >= 2 && words.at(-1) === '/' && words.slice(0, -1).includes('/');
    }).map((i) => ({ line: i.line, endLine: i.endLine,
      message: 'COPY of `/` from another stage copies its whole filesystem: copy only what ' +
        'the image needs' }));
  },
};
