/** The cohort page's address option (src/cohort/cohort-integration.ts). */
import { describe, expect, it } from 'vitest';
import { cohortPath } from '../../../src/cohort/cohort-integration.ts';

describe('the cohort page address', () => {
  it('is /cohort/ by default and takes one or more segments', () => {
    expect(cohortPath()).toBe('cohort/');
    expect(cohortPath({ path: '/course/submissions/' })).toBe('course/submissions/');
  });

  it('refuses what is no plain path, naming the value', () => {
    expect(() => cohortPath({ path: '../x' }))
      .toThrow(/received `\.\.\/x`, expected path segments/);
    expect(() => cohortPath({ path: 'Cohort Page' })).toThrow(/`Cohort Page`/);
  });
});
