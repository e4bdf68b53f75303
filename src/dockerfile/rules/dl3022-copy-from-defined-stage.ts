/**
 * Analyse stage, Dockerfile engine: DL3022 (hadolint) checks that `COPY --from=` names a stage
 * defined earlier (by `AS` name, or by the index of a stage already started). A value with a
 * `:` is an image reference (`--from=nginx:1.27`) and is accepted, as hadolint does.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

export const text: RuleText = {
  title: 'COPY --from should reference a previously defined stage',
  description: '`COPY --from=` should name a stage declared earlier with `FROM … AS name`, or ' +
    'the index of an earlier stage.',
  rationale: 'When `--from` names no earlier stage, the builder treats it as an image to pull, ' +
    'so a typo in a stage name quietly copies from a registry image, or fails far from the ' +
    'mistake. Naming stages and referring to them by name keeps multi-stage builds readable ' +
    'and safe to reorder.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3022',
  examples: {
    bad: 'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY main.go /src/\n' +
      'RUN go build -o /out/app main.go\n\nFROM gcr.io/distroless/static-debian12:nonroot\n' +
      'COPY --from=builder /out/app /app\nENTRYPOINT ["/app"]\n',
    good: 'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY main.go /src/\n' +
      'RUN go build -o /out/app main.go\n\nFROM gcr.io/distroless/static-debian12:nonroot\n' +
      'COPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3022',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    const names = new Set<string>();
    let started = 0;
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'FROM') {
        const stage = model.stages[instruction.stage];
        // Stage names are case-insensitive for the builder.
        if (stage?.name !== undefined) names.add(stage.name.toLowerCase());
        started++;
        continue;
      }
      if (instruction.keyword !== 'COPY') continue;
      const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
      if (from === undefined) continue;
      const value = unquote(from);
      if (value.includes(':') || names.has(value.toLowerCase())) continue;
      if (/^\d+$/.test(value) && Number(value) < started) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `COPY --from=${value} names no earlier stage: define it with ` +
          `\`FROM … AS ${value}\` before this line, or fix the name`,
      });
    }
    return hits;
  },
};
