/**
 * PDF, contents page numbers: each entry gets the page its target landed on; a missing target
 * is an error naming the entry; two passes agree only when every number is the same.
 */
import { describe, expect, it } from 'vitest';
import { sameNumbers, tocPageNumbers } from '../../../src/pdf/toc-numbers.ts';

const toc = [
  { label: 'Course', target: 'grp-1', level: 1 },
  { label: 'Syllabus', target: 'pg-syllabus', level: 2 },
];

describe('contents page numbers', () => {
  it('takes each entry’s page from the destinations', () => {
    const numbers = tocPageNumbers(toc, new Map([['grp-1', 3], ['pg-syllabus', 3], ['x', 9]]));
    expect([...numbers]).toEqual([['grp-1', 3], ['pg-syllabus', 3]]);
  });

  it('names the entries without a destination', () => {
    expect(() => tocPageNumbers(toc, new Map([['grp-1', 3]]))).toThrow(
      /no destination for 1 contents entries: `pg-syllabus` \(Syllabus\)/,
    );
  });

  it('is stable only when a pass repeats every number', () => {
    const a = new Map([['grp-1', 3], ['pg-syllabus', 4]]);
    expect(sameNumbers(undefined, a)).toBe(false);
    expect(sameNumbers(new Map(a), a)).toBe(true);
    expect(sameNumbers(new Map([['grp-1', 3], ['pg-syllabus', 5]]), a)).toBe(false);
  });
});
