/**
 * Analyse stage, Dockerfile engine: DL3023 (hadolint) reports `COPY --from=<name>` that names
 * the stage the COPY is in.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

export const text: RuleText = {
  title: 'COPY --from cannot reference its own FROM alias',
  description: '`COPY --from=` names the stage it is written in.',
  rationale: 'A stage cannot copy from itself: its result does not exist yet while it is ' +
    'being built. The builder rejects the file (a circular dependency); the name is usually ' +
    'a typo for an earlier stage.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3023',
  examples: {
    bad: 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\n' +
      'COPY --from=build /out/app /app\n',
    good: 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\n\n' +
      'FROM debian:12-slim\nCOPY --from=build /out/app /app\n',
  },
};

export const rule: Rule = {
  id: 'DL3023',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'COPY') continue;
      const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
      const stage = model.stages[instruction.stage];
      if (from === undefined || stage?.name === undefined) continue;
      if (unquote(from) !== stage.name) continue;
      hits.push({ line: instruction.line, endLine: instruction.endLine,
        message: `COPY --from=${stage.name} names its own stage: a stage cannot copy from ` +
          'itself' });
    }
    return hits;
  },
};
