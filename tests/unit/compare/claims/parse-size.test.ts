/**
 * Unit tests for the analyse stage's size reader (comparisons): units, approximation marks,
 * ranges, bounds, decimal commas, Russian units, binary units, and where each size was found.
 */
import { describe, expect, it } from 'vitest';
import {
  findSizes, parseSize, type ParsedSize,
} from '../../../../src/compare/claims/parse-size.ts';

const MB = 1e6;
const MiB = 2 ** 20;

describe('parseSize', () => {
  const cases: [string, ParsedSize][] = [
    ['59MB', { bytes: 59 * MB, approx: false, unit: 'MB', raw: '59MB' }],
    ['~60 MB', { bytes: 60 * MB, approx: true, unit: 'MB', raw: '~60 MB' }],
    ['≈5MB', { bytes: 5 * MB, approx: true, unit: 'MB', raw: '≈5MB' }],
    ['about 80 megabytes', { bytes: 80 * MB, approx: true, unit: 'MB', raw: 'about 80 megabytes' }],
    ['1.2 GB', { bytes: 1.2e9, approx: false, unit: 'GB', raw: '1.2 GB' }],
    ['1.43kB', { bytes: 1430, approx: false, unit: 'KB', raw: '1.43kB' }],
    ['622B', { bytes: 622, approx: false, unit: 'B', raw: '622B' }],
    ['512 MiB', { bytes: 512 * MiB, approx: false, unit: 'MiB', raw: '512 MiB' }],
    ['120 KiB', { bytes: 120 * 1024, approx: false, unit: 'KiB', raw: '120 KiB' }],
    ['2 GiB', { bytes: 2 * 2 ** 30, approx: false, unit: 'GiB', raw: '2 GiB' }],
    ['350MB+', { bytes: 350 * MB, low: 350 * MB, bound: 'above', approx: false, unit: 'MB',
      raw: '350MB+' }],
    ['<1MB', { bytes: MB, high: MB, bound: 'below', approx: false, unit: 'MB', raw: '<1MB' }],
    ['≥ 2 GB', { bytes: 2e9, low: 2e9, bound: 'above', approx: false, unit: 'GB',
      raw: '≥ 2 GB' }],
    // Bounds in words: a side of the number, not the number as a size.
    ['under 6 MB', { bytes: 6 * MB, high: 6 * MB, bound: 'below', approx: false, unit: 'MB',
      raw: 'under 6 MB' }],
    ['less than 10MB', { bytes: 10 * MB, high: 10 * MB, bound: 'below', approx: false,
      unit: 'MB', raw: 'less than 10MB' }],
    ['well over 1 GB', { bytes: 1e9, low: 1e9, bound: 'above', approx: false, unit: 'GB',
      raw: 'over 1 GB' }],
    ['at least 300 MB', { bytes: 300 * MB, low: 300 * MB, bound: 'above', approx: false,
      unit: 'MB', raw: 'at least 300 MB' }],
    ['менее 5 МБ', { bytes: 5 * MB, high: 5 * MB, bound: 'below', approx: false, unit: 'MB',
      raw: 'менее 5 МБ' }],
    ['150-200 MB', { bytes: 175 * MB, low: 150 * MB, high: 200 * MB, approx: false, unit: 'MB',
      raw: '150-200 MB' }],
    ['150–200MB', { bytes: 175 * MB, low: 150 * MB, high: 200 * MB, approx: false, unit: 'MB',
      raw: '150–200MB' }],
    ['~150MB - 200MB', { bytes: 175 * MB, low: 150 * MB, high: 200 * MB, approx: true,
      unit: 'MB', raw: '~150MB - 200MB' }],
    ['500KB–2MB', { bytes: 1.25 * MB, low: 0.5 * MB, high: 2 * MB, approx: false, unit: 'MB',
      raw: '500KB–2MB' }],
    ['5,5 MB', { bytes: 5.5 * MB, approx: false, unit: 'MB', raw: '5,5 MB' }],
    ['1,200 MB', { bytes: 1200 * MB, approx: false, unit: 'MB', raw: '1,200 MB' }],
    ['5,5 МБ', { bytes: 5.5 * MB, approx: false, unit: 'MB', raw: '5,5 МБ' }],
    // A Russian unit means a Russian text, where the comma is always decimal.
    ['1,200 МБ', { bytes: 1.2 * MB, approx: false, unit: 'MB', raw: '1,200 МБ' }],
    ['около 7,4 Мб', { bytes: 7.4 * MB, approx: true, unit: 'MB',
      raw: 'около 7,4 Мб' }],
    ['2 ГБ', { bytes: 2e9, approx: false, unit: 'GB', raw: '2 ГБ' }],
    ['300 КБ', { bytes: 300e3, approx: false, unit: 'KB', raw: '300 КБ' }],
    ['64 МиБ', { bytes: 64 * MiB, approx: false, unit: 'MiB', raw: '64 МиБ' }],
    ['от 150 до 200 МБ', { bytes: 175 * MB, low: 150 * MB, high: 200 * MB, approx: false,
      unit: 'MB', raw: '150 до 200 МБ' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => expect(parseSize(text)).toEqual(expected));
  }

  it('leaves a difference ("20MB smaller than") and a range ("150 to 200 MB") no bound', () => {
    expect(parseSize('20MB smaller than the full image')?.bound).toBeUndefined();
    expect(parseSize('from 150 to 200 MB')).toMatchObject({ low: 150 * MB, high: 200 * MB });
    expect(parseSize('from 150 to 200 MB')?.bound).toBeUndefined();
  });

  it('counts MB in powers of ten and MiB in powers of two', () => {
    expect(parseSize('1 MB')?.bytes).toBe(1_000_000);
    expect(parseSize('1 MiB')?.bytes).toBe(1_048_576);
  });

  it('reads a size with words around it, as in a table cell', () => {
    expect(parseSize('~60 MB (unpacked)')?.bytes).toBe(60 * MB);
  });

  it('gives no single size for none or several', () => {
    expect(parseSize('No')).toBeUndefined();
    expect(parseSize('N/A')).toBeUndefined();
    expect(parseSize('~100MB to ~5MB')).toBeUndefined();
  });

  it('leaves numbers that are not sizes alone', () => {
    for (const text of [
      'python:3.13-slim', '50+ Alpine packages', '24.3s', '60%', 'sha256:51e1a0a317fdb6e1',
      '5MBps', '8 bits', 'x86_64MB',
    ]) {
      expect(findSizes(text), text).toEqual([]);
    }
  });

  it('does not take a version before a dash for the low end of a range', () => {
    expect(parseSize('python:3.13-5MB')).toEqual({ bytes: 5 * MB, approx: false, unit: 'MB',
      raw: '5MB' });
  });

  it('does not read mojibake: the caller repairs `â‰ˆ` to `≈` first', () => {
    expect(findSizes('â‰ˆ5MB').some((found) => found.size.approx)).toBe(false);
  });
});

describe('findSizes', () => {
  it('finds a change of size as two sizes, with their offsets', () => {
    const text = 'reduces the context from ~100MB to ~5MB.';
    const found = findSizes(text);
    expect(found.map((item) => [item.size.raw, item.size.bytes])).toEqual([
      ['~100MB', 100 * MB],
      ['~5MB', 5 * MB],
    ]);
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.size.raw);
  });

  it('reads "from 900 to 225 MB" as two sizes sharing the unit, not a range', () => {
    expect(findSizes('from 900 to 225 MB').map((item) => [item.size.raw, item.size.bytes]))
      .toEqual([['900', 900 * MB], ['225 MB', 225 * MB]]);
  });

  it('finds every size in a sentence, in order', () => {
    const text = 'container size is just 59MB) then 350MB+ for standard Python images';
    expect(findSizes(text).map((item) => [item.size.raw, item.start])).toEqual([
      ['59MB', 23],
      ['350MB+', 34],
    ]);
  });
});
