/**
 * Analyse stage, Dockerfile engine: BuildKit's UndefinedArgInFrom check. Reports a variable in a
 * FROM image or `--platform` that no ARG before the first FROM declares. BuildKit's automatic
 * platform args (`BUILDPLATFORM`, `TARGETARCH`, …) are always declared there.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { PLATFORM_ARGS } from '../rules-shared/platform-args.ts';
import { suggestName } from '../rules-shared/suggest-name.ts';

/** `$NAME` and `${NAME…}`, nested defaults included; FROM arguments are single words. */
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

export const text: RuleText = {
  title: 'Declare the ARGs a FROM uses',
  description: 'A variable in a `FROM` line must be declared by an `ARG` before the first ' +
    '`FROM`; only the automatic platform args are available without one.',
  rationale: 'An undeclared variable in `FROM` expands to an empty string, so ' +
    '`python:${PYTON_VERSION}-slim` quietly becomes an invalid or unintended image. Declaring ' +
    'the ARG, with a default, makes the base image explicit and catches typos.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/undefined-arg-in-from/',
  examples: {
    bad: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTON_VERSION}-slim\nWORKDIR /app\n' +
      'COPY app.py .\nCMD ["python", "app.py"]\n',
    good: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTHON_VERSION}-slim\nWORKDIR /app\n' +
      'COPY app.py .\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const declared = new Set([...PLATFORM_ARGS, ...model.globalArgs.map((v) => v.name)]);
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      const words = [stage.image, stage.platform ?? ''];
      const missing = new Set<string>();
      for (const word of words) {
        for (const match of word.matchAll(REFERENCE)) {
          const name = match[1] ?? '';
          if (!declared.has(name)) missing.add(name);
        }
      }
      for (const name of missing) {
        const hint = suggestName(name, declared);
        hits.push({
          ...fromLines(stage),
          message: `FROM argument '${name}' is not declared` +
            (hint === undefined ? '' : ` (did you mean ${hint}?)`) +
            `: add \`ARG ${name}=…\` before the first FROM.`,
        });
      }
    }
    return hits;
  },
};
