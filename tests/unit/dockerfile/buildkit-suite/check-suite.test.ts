/**
 * Unit tests: BuildKit's build-check suite (`frontend/dockerfile/dockerfile_check_test.go` of
 * moby/buildkit, commit 73ed6825c4b7569379ef89df0aedcdbe64473d31), every case table-driven
 * through the engine (`check-cases.ts`, `agreement.ts`). A case must agree unless it says why
 * shipshape differs (`differs`), and a deliberate difference must still differ, so that the
 * reason is revisited when it stops being true. Cases that rest on `# check=skip=…` comments
 * must agree once the engine honours them (probed), and are reported as pending until then.
 */
import { describe, expect, it } from 'vitest';
import { honoursCheckDirective, runCase } from './agreement.ts';
import { checkCases } from './check-cases.ts';

const directives = honoursCheckDirective();

describe("BuildKit's dockerfile_check_test.go", () => {
  for (const test of checkCases) {
    const pending = test.needs === 'check-directive' && !directives;
    const label = test.differs ? `${test.test} (differs: ${test.differs})`
      : pending ? `${test.test} (pending: # check=skip comments are not honoured yet)`
        : test.test;
    it(label, () => {
      const outcome = runCase(test);
      if (test.differs) expect(outcome.agrees).toBe(false);
      else if (!pending) expect(outcome.actual).toEqual(outcome.expected);
    });
  }

  it('counts the cases: every checkLinterWarnings call of the Go file', () => {
    expect(checkCases).toHaveLength(88);
  });
});
