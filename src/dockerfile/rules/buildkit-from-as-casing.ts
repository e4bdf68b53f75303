/**
 * Analyse stage, Dockerfile engine: BuildKit's FromAsCasing check. Reports a `FROM … AS name`
 * whose `AS` is not cased like its `FROM` (`FROM x as y`). A mixed-case `From` is left to
 * ConsistentInstructionCasing, as BuildKit does, so one slip is not reported twice.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

function isUpper(word: string): boolean {
  return word === word.toUpperCase();
}

function isLower(word: string): boolean {
  return word === word.toLowerCase();
}

export const text: RuleText = {
  title: "Case 'AS' like 'FROM'",
  description: 'A `FROM … AS name` line should write `AS` in the same case as `FROM`: ' +
    '`FROM … AS` or `from … as`, not `FROM … as`.',
  rationale: 'Instruction keywords are case-insensitive, so the build works either way, but a ' +
    'lowercase `as` after an uppercase `FROM` reads like part of the image name. Matching case ' +
    'keeps stage names easy to spot when scanning a multi-stage file.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/from-as-casing/',
  examples: {
    bad: 'FROM golang:1.23 as build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n' +
      'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\n' +
      'ENTRYPOINT ["/app"]\n',
    good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n' +
      'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\n' +
      'ENTRYPOINT ["/app"]\n',
  },
};

export const rule: Rule = {
  id: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'FROM') continue;
      const from = instruction.rawKeyword;
      const as = instruction.args[1];
      if (as === undefined || as.toLowerCase() !== 'as' || instruction.args.length < 3) continue;
      // A mixed-case `From` has no casing for `as` to match.
      if (!isUpper(from) && !isLower(from)) continue;
      const fixed = isUpper(from) ? 'AS' : 'as';
      if (as === fixed) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `'${as}' and '${from}' keywords' casing do not match: write \`${from} … ` +
          `${fixed} ${instruction.args[2] ?? ''}\`.`,
      });
    }
    return hits;
  },
};
