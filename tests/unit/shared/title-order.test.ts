/** The one order of write-up titles (src/shared/title-order.ts). */
import { describe, expect, it } from 'vitest';
import { compareTitles } from '../../../src/shared/title-order.ts';

describe('title order', () => {
  it('puts case aside, numbers by value and skips a leading emoji', () => {
    expect(['Zebra', '🐳 Containerizing', 'apple', 'Lab 10', 'lab 9', 'Containerization']
      .sort(compareTitles)).toEqual(['apple', 'Containerization', '🐳 Containerizing', 'lab 9',
      'Lab 10', 'Zebra']);
  });

  it('keeps a title of marks only, and orders ties the same way every time', () => {
    expect(['🐳', '!!'].sort(compareTitles)).toEqual(['!!', '🐳']);
    expect(compareTitles('Lab', 'lab')).not.toBe(0);
  });
});
