/**
 * Analyse stage, Dockerfile engine: BuildKit's UndefinedArgInFrom check. Reports a variable in a
 * FROM image or `--platform` that no ARG before the first FROM declares. BuildKit's automatic
 * platform args (`BUILDPLATFORM`, `TARGETARCH`, …) are always declared there.
 */
import type { Rule, RuleHit } from '../rule.ts';

/** BuildKit's `defaultArgs`: what a FROM line can use without any ARG. */
const PREDEFINED = ['BUILDPLATFORM', 'BUILDOS', 'BUILDOSVERSION', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETOSVERSION', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE'];

/** `$NAME` and `${NAME…}`, nested defaults included; FROM arguments are single words. */
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/** Edit distance counting a swap of two neighbours as one edit: `PAHT` is one typo away. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((row[j - 1] ?? 0) + 1, (up[j] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** A close spelling among the declared names, for the "did you mean" hint BuildKit gives. */
function suggest(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const option of options) {
    const d = distance(name.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

export const rule: Rule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  title: 'Declare the ARGs a FROM uses',
  description: 'A variable in a `FROM` line must be declared by an `ARG` before the first ' +
    '`FROM`; only the automatic platform args are available without one.',
  rationale: 'An undeclared variable in `FROM` expands to an empty string, so ' +
    '`python:${PYTON_VERSION}-slim` quietly becomes an invalid or unintended image. Declaring ' +
    'the ARG, with a default, makes the base image explicit and catches typos.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/undefined-arg-in-from/',
  sameAs: [],
  scope: 'any',
  examples: {
    bad: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTON_VERSION}-slim\nWORKDIR /app\n' +
      'COPY app.py .\nCMD ["python", "app.py"]\n',
    good: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTHON_VERSION}-slim\nWORKDIR /app\n' +
      'COPY app.py .\nCMD ["python", "app.py"]\n',
  },
  check({ model }) {
    const declared = new Set([...PREDEFINED, ...model.globalArgs.map((v) => v.name)]);
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      const from = stage.instructions[0];
      const words = [stage.image, stage.platform ?? ''];
      const missing = new Set<string>();
      for (const word of words) {
        for (const match of word.matchAll(REFERENCE)) {
          const name = match[1] ?? '';
          if (!declared.has(name)) missing.add(name);
        }
      }
      for (const name of missing) {
        const hint = suggest(name, declared);
        hits.push({
          line: stage.line,
          endLine: from?.endLine ?? stage.line,
          message: `FROM argument '${name}' is not declared` +
            (hint === undefined ? '' : ` (did you mean ${hint}?)`) +
            `: add \`ARG ${name}=…\` before the first FROM.`,
        });
      }
    }
    return hits;
  },
};
