/**
 * PDF, contents page numbers: each entry gets the page its target landed on; a missing target
 * is an error naming the entry.
 */
import { describe, expect, it } from 'vitest';
import { tocPageNumbers } from '../../../src/pdf/toc-numbers.ts';

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

});
