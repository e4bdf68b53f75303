/**
 * Analyse stage, Dockerfile engine: BuildKit's ReservedStageName check. Reports a stage named
 * `scratch` or `context` (case-insensitive, as BuildKit lowercases stage names): both words
 * already mean something to the builder.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

const RESERVED = new Set(['scratch', 'context']);

export const text: RuleText = {
  title: 'Do not name a stage scratch or context',
  description: 'A build stage should not be named `scratch` or `context`.',
  rationale: '`scratch` is the empty base image and `context` names the build context (in ' +
    '`--build-context` and `COPY --from`), so a stage with either name makes `FROM scratch` ' +
    'or `COPY --from=context` ambiguous to readers and to the builder.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/reserved-stage-name/',
  examples: {
    bad: 'FROM golang:1.23 AS scratch\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\n' +
      'FROM gcr.io/distroless/static\nCOPY --from=scratch /app /app\nCMD ["/app"]\n',
    good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\n' +
      'FROM gcr.io/distroless/static\nCOPY --from=build /app /app\nCMD ["/app"]\n',
  },
};

export const rule: Rule = {
  id: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages
      .filter((stage) => stage.name !== undefined && RESERVED.has(stage.name.toLowerCase()))
      .map((stage) => ({
        ...fromLines(stage),
        message: 'Stage name should not use the same name as reserved stage ' +
          `"${stage.name?.toLowerCase() ?? ''}": pick another name (e.g. \`build\`).`,
      }));
  },
};
