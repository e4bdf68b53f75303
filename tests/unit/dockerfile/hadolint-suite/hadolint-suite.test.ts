/**
 * hadolint's own rule specs (`test/Hadolint/Rule/DL*Spec.hs`, every assertion, at the commit in
 * `cases.json`) run against shipshape's rules: one test per upstream assertion, named after its
 * file, line and title, the `onBuild…` ones with every RUN wrapped in ONBUILD. Known differences
 * (`known-differences.ts`) are asserted to still differ.
 */
import { describe, expect, it } from 'vitest';
import { loadSuites, runCase, suiteName } from './agreement.ts';
import { KNOWN_DIFFERENCES } from './known-differences.ts';

const { commit, suites } = loadSuites();

describe(`hadolint's rule specs at ${commit.slice(0, 12)}`, () => {
  it('holds every assertion of every DL spec file', () => {
    expect(Object.keys(suites).length).toBeGreaterThanOrEqual(70);
    expect(Object.values(suites).flat().length).toBeGreaterThanOrEqual(1000);
  });

  for (const [file, cases] of Object.entries(suites)) {
    describe(suiteName(file), () => {
      for (const testCase of cases) {
        const name = `${testCase.source} ${testCase.kind}: ${testCase.title}`;
        const known = KNOWN_DIFFERENCES.get(testCase.source);
        const outcome = () => runCase(testCase);
        if (known !== undefined) {
          it(`${name} [known difference: ${known}]`, () => {
            expect(outcome().agrees, 'agrees now: remove it from known-differences.ts')
              .toBe(false);
          });
        } else {
          it(name, () => {
            const result = outcome();
            const found = result.found ?? 'no rule';
            expect(result.agrees, `expected ${result.expected}, found ${found}\n` +
              testCase.dockerfile).toBe(true);
          });
        }
      }
    });
  }
});
