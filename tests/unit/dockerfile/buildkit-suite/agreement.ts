/**
 * Test helper: runs one case of BuildKit's build-check suite (`check-cases.ts`) through the Node
 * engine with BuildKit's checks and our syntax rule (SS000) only, so that findings of hadolint's
 * rules for the same problem do not merge into them, and says whether the result is BuildKit's:
 * the same warnings (rule and line, as a multiset) and syntax errors exactly where BuildKit
 * stops with a parse error.
 */
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';
import { readIgnorePatterns } from '../../../../src/dockerfile/rules-shared/dockerignore.ts';
import type { CheckCase } from './check-cases.ts';

const RULES = allRules.filter((rule) => rule.source === 'buildkit' || rule.id === 'SS000');
const BUILDKIT_IDS = new Set(RULES.filter((r) => r.source === 'buildkit').map((r) => r.id));

export interface Outcome {
  /** `Rule:line`, sorted. */
  expected: string[];
  actual: string[];
  agrees: boolean;
}

export function runCase(test: CheckCase): Outcome {
  const { findings } = lintDockerfile(test.dockerfile, {
    fragment: false,
    rules: RULES,
    dockerignore: test.dockerignore === undefined ? [] : readIgnorePatterns(test.dockerignore),
    settings: {
      // The build argument `BUILDKIT_DOCKERFILE_CHECK`, as `--buildkit-check` gives it.
      ...(test.buildkitCheck === undefined ? {} : { buildkitCheck: test.buildkitCheck }),
      // The target platform (`--platform`) and what the case's registry holds (image facts).
      rules: { platform: test.platform, imagePlatforms: test.imagePlatforms },
    },
  });
  const actual = findings
    .flatMap((f) => [f.rule].filter((id) => BUILDKIT_IDS.has(id) || id === 'SS000')
      .map((id) => `${id}:${f.line}`))
    .sort();
  const expected = [...test.warnings.map((w) => `${w.rule}:${w.line}`),
    ...(test.syntaxErrorLines ?? []).map((line) => `SS000:${line}`)].sort();
  return { expected, actual, agrees: expected.join() === actual.join() };
}

/** Whether the engine honours `# check=skip=…` (the suppression layer), probed on one file. */
export function honoursCheckDirective(): boolean {
  const { findings } = lintDockerfile('# check=skip=FromAsCasing\nFROM scratch as base\n',
    { fragment: false, rules: RULES });
  return !findings.some((f) => f.rule === 'FromAsCasing');
}
