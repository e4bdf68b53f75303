/**
 * Unit tests: identifiers sort as `localeCompare` sorts them in English (findings at one line
 * keep the order they had), without ICU's collator, and the same in any locale.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../src/dockerfile/rules/index.ts';
import { compareIds } from '../../../src/shared/compare-ids.ts';

describe('compareIds', () => {
  it("orders every rule id, and ShellCheck's, as English localeCompare does", () => {
    const ids = [...allRules.map((rule) => rule.id), 'SC1000', 'SC2086', 'SC2154', 'SC3010'];
    expect(ids.length).toBeGreaterThan(100);
    const byLocale = [...ids].sort((a, b) => a.localeCompare(b, 'en'));
    expect([...ids].reverse().sort(compareIds)).toEqual(byLocale);
    // Where code units alone would differ: an upper-case letter before a lower-case one.
    expect(['SecretsUsedInArgOrEnv', 'SS001'].sort(compareIds))
      .toEqual(['SecretsUsedInArgOrEnv', 'SS001']);
    expect(['SS001', 'SecretsUsedInArgOrEnv'].sort(compareIds))
      .toEqual(['SecretsUsedInArgOrEnv', 'SS001']);
  });

  it('is a total order: equal only for the same text', () => {
    expect(compareIds('DL3008', 'DL3008')).toBe(0);
    expect(compareIds('abc', 'ABC')).not.toBe(0);
    expect(Math.sign(compareIds('abc', 'ABC'))).toBe(-Math.sign(compareIds('ABC', 'abc')));
  });
});
