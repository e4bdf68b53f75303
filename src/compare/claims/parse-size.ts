/**
 * Analyse stage, comparisons: reads sizes as write-ups write them (`~60 MB`, `≈5MB`, `350MB+`,
 * `150–200MB`, `5,5 МБ`, `1 GiB`) into bytes, so that numbers from different write-ups and from
 * the image dataset can be set side by side. Pure string work, browser-safe.
 *
 * Units: `KB`, `MB`, `GB` are decimal (10^3, 10^6, 10^9 bytes), because that is what Docker prints
 * (`docker images`, Docker Hub) and what write-ups copy; `KiB`, `MiB`, `GiB` are binary (2^10,
 * 2^20, 2^30). Russian `КБ`, `МБ`, `ГБ` are the decimal units,
 * `КиБ`, `МиБ`, `ГиБ` the binary ones.
 * `Mb` and `mb` are read as megabytes: write-ups about images never mean megabits.
 */

export type SizeUnit = 'B' | 'KB' | 'MB' | 'GB' | 'KiB' | 'MiB' | 'GiB';

export interface ParsedSize {
  /**
   * The value to compare at: the number itself, the midpoint of a range, or the number of a bound
   * (`350MB+`, `<1MB`).
   */
  bytes: number;
  /** Lower end: of a range, or the number of `350MB+` / `>350MB`. */
  low?: number | undefined;
  /** Upper end: of a range, or the number of `<1MB`. */
  high?: number | undefined;
  /**
   * A bound, not a size: `below` for `<1MB`, `under 6 MB`, `less than 6 MB`; `above` for
   * `350MB+`, `over 1 GB`, `at least 2 GB`. It says which side of the number the size lies on,
   * so it is checked as such (a figure of 3.4 MB bears out "under 6 MB").
   */
  bound?: 'below' | 'above' | undefined;
  /**
   * Marked as approximate (`~`, `≈`, `about`, `около`…); a range or bound alone is not.
   */
  approx: boolean;
  /** Unit of the (last) number, normalized. */
  unit: SizeUnit;
  /** The text read, markers included (`~60 MB`, `150-200 MB`, `350MB+`). */
  raw: string;
}

/** A size and where it is in the text it was found in (UTF-16 offsets, end exclusive). */
export interface FoundSize {
  size: ParsedSize;
  start: number;
  end: number;
}

const FACTOR: Record<SizeUnit, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
};

/**
 * A number, then a unit. Grouped thousands (`1,200`) come first so the comma is not read as a
 * decimal one; `unitOf` undoes that for Russian units, where the comma is always decimal. The
 * look-behind keeps version numbers and hashes (`3.13`, `sha256:51e1…`, `x86_64`) out.
 */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?`;
const UNIT =
  String.raw`[KkMmGg]iB|[KkMmGg][Bb]|B|bytes?|kilobytes?|megabytes?|gigabytes?` +
  String.raw`|[КкМмГг]иБ|[КкМмГг][Бб]|[КкМмГг]байт\p{L}*` +
  String.raw`|(?:кило|мега|гига)байт\p{L}*|байт\p{L}*`;
const NUMBER_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.:/])(${NUMBER})[ \u00A0\u202F]?(${UNIT})(?![\p{L}\p{N}])`,
  'gu',
);

/** Text just before a number that makes it the upper end of a range: `150-`, `150MB – `. */
const RANGE_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.:/])(${NUMBER})(?:[ \u00A0]?(${UNIT}))?\s*` +
    String.raw`(?:-|–|—|−|\.\.\.?|…|\bto\b|(?<!\p{L})до(?!\p{L}))\s*$`,
  'u',
);
const APPROX_BEFORE = new RegExp(
  String.raw`(?:[~≈∼≃～]|(?<!\p{L})(?:` +
    String.raw`about|around|roughly|approx\.?|approximately|circa|ca\.` +
    String.raw`|около|примерно|порядка` +
    String.raw`|приблизительно|почти)(?!\p{L}))\s*$`,
  'iu',
);
/**
 * Signs and words that make the number a bound: `<`, "under", "less than", "at most", "не более";
 * "up to" only before a number that ends no range. Words after a number ("20MB smaller than…")
 * make a difference instead (sentence-claims.ts), never a bound.
 */
const AT_MOST_BEFORE = new RegExp(String.raw`(?:<=?|≤|⩽|(?<!\p{L})(?:under|below|beneath|` +
  String.raw`(?:a\s+bit\s+|just\s+|slightly\s+)?(?:less|smaller|lighter|fewer)\s+than|` +
  String.raw`no\s+(?:more|larger|bigger)\s+than|not\s+(?:more|larger|bigger)\s+than|` +
  String.raw`at\s+most|up\s+to|max(?:imum)?\.?|менее|меньше|не\s+более)(?!\p{L}))\s*$`, 'iu');
const AT_LEAST_BEFORE = new RegExp(String.raw`(?:>=?|≥|⩾|(?<!\p{L})(?:over|above|` +
  String.raw`(?:a\s+bit\s+|just\s+|slightly\s+|well\s+)?(?:more|larger|bigger|greater|heavier)` +
  String.raw`\s+than|at\s+least|min(?:imum)?\.?|более|больше|свыше|не\s+менее)(?!\p{L}))\s*$`,
'iu');

function unitOf(written: string): SizeUnit | undefined {
  const lower = written.toLowerCase();
  const binary = /^[kmgкмг][iи][bб]$/u.test(lower);
  if (/^(?:b|bytes?|байт\p{L}*)$/u.test(lower)) return written === 'b' ? undefined : 'B';
  const first = lower[0];
  if (first === 'k' || first === 'к') return binary ? 'KiB' : 'KB';
  if (first === 'm' || first === 'м') return binary ? 'MiB' : 'MB';
  if (first === 'g' || first === 'г') return binary ? 'GiB' : 'GB';
  return undefined;
}

function isRussian(unit: string): boolean {
  return /[а-яё]/iu.test(unit);
}

/** `5,5` is 5.5; `1,200` is 1200 unless the unit is Russian, where the comma is decimal. */
function numberOf(text: string, unitWritten: string): number {
  if (/^\d{1,3}(?:,\d{3})+$/.test(text) && !isRussian(unitWritten)) {
    return Number(text.replaceAll(',', ''));
  }
  return Number(text.replace(',', '.'));
}

interface Pair {
  value: number;
  unit: SizeUnit;
  start: number;
  end: number;
}

function toBytes(value: number, unit: SizeUnit): number {
  return Math.round(value * FACTOR[unit]);
}

/** Reads markers before `at` (approx, bounds) and returns where they start. */
function markersBefore(text: string, at: number, floor: number) {
  let start = at;
  let approx = false;
  let bound: 'at-most' | 'at-least' | undefined;
  // An approximate bound (`~<1MB`, `< ~1MB`) carries both markers, in either order.
  for (let guard = 0; guard < 3; guard++) {
    const before = text.slice(floor, start);
    const approxMatch = APPROX_BEFORE.exec(before);
    if (approxMatch) {
      approx = true;
      start -= approxMatch[0].length;
      continue;
    }
    const most = AT_MOST_BEFORE.exec(before);
    const least = most ? null : AT_LEAST_BEFORE.exec(before);
    const boundMatch = most ?? least;
    if (boundMatch && bound === undefined) {
      bound = most ? 'at-most' : 'at-least';
      start -= boundMatch[0].length;
      continue;
    }
    break;
  }
  return { start, approx, bound };
}

function make(
  text: string,
  start: number,
  end: number,
  unit: SizeUnit,
  bytes: number,
  extra: { low?: number; high?: number; approx: boolean },
): FoundSize {
  const size: ParsedSize = { bytes, approx: extra.approx, unit, raw: text.slice(start, end) };
  if (extra.low !== undefined) size.low = extra.low;
  if (extra.high !== undefined) size.high = extra.high;
  return { size, start, end };
}

/**
 * Every size in `text`, in order, with its offsets. `150-200 MB` and `150MB–200MB` are one range;
 * `~100MB to ~5MB` is two sizes (a change, not a range, because the first is the larger), and so
 * is `from 900 to 225 MB`, where the first number takes the second's unit.
 */
export function findSizes(text: string): FoundSize[] {
  const pairs: Pair[] = [];
  for (const match of text.matchAll(NUMBER_UNIT)) {
    const [whole, numberText = '', unitText = ''] = match;
    const unit = unitOf(unitText);
    if (unit === undefined) continue;
    pairs.push({
      value: numberOf(numberText, unitText),
      unit,
      start: match.index,
      end: match.index + whole.length,
    });
  }
  const found: FoundSize[] = [];
  let floor = 0;
  // The sized pair just before, where it sits in `found`, and the floor its markers were read to.
  let previous: { pair: Pair; index: number; floor: number } | undefined;
  for (const pair of pairs) {
    let end = pair.end;
    const plus = text[end] === '+';
    if (plus) end++;
    const high = toBytes(pair.value, pair.unit);
    // A range start may be a bare number (`150-200 MB`) or the previous sized pair.
    const rangeFloor = previous ? previous.pair.start : floor;
    const head = markersBefore(text, pair.start, rangeFloor);
    const rangeMatch = RANGE_START.exec(text.slice(rangeFloor, head.start));
    const lowStart = head.start - (rangeMatch?.[0].length ?? 0);
    // The slice hid what precedes the low number: `python:3.13-5MB` is no range.
    if (rangeMatch && !plus && !/[\p{L}\p{N}_.:/]/u.test(text[lowStart - 1] ?? ' ')) {
      const lowUnitText = rangeMatch[2];
      const lowUnit = lowUnitText === undefined ? pair.unit : unitOf(lowUnitText);
      const lowValue = numberOf(rangeMatch[1] ?? '', lowUnitText ?? '');
      const merged = previous !== undefined && lowStart === previous.pair.start;
      if (lowUnit !== undefined && (lowUnitText === undefined || merged)) {
        const low = toBytes(lowValue, lowUnit);
        if (low <= high) {
          if (merged) found.splice(previous?.index ?? found.length, 1);
          const lead = markersBefore(text, lowStart, merged ? (previous?.floor ?? 0) : floor);
          const bytes = Math.round((low + high) / 2);
          const approx = lead.approx || head.approx;
          found.push(make(text, lead.start, end, pair.unit, bytes, { low, high, approx }));
          previous = undefined;
          floor = end;
          continue;
        }
        if (!merged) {
          // `from 900 to 225 MB`: two sizes sharing the unit written once.
          const lead = markersBefore(text, lowStart, floor);
          const lowEnd = lowStart + (rangeMatch[1] ?? '').length;
          found.push(make(text, lead.start, lowEnd, pair.unit, low, { approx: lead.approx }));
        }
      }
    }
    const extra: { low?: number; high?: number; approx: boolean } = { approx: head.approx };
    if (plus || head.bound === 'at-least') extra.low = high;
    if (head.bound === 'at-most') extra.high = high;
    previous = { pair, index: found.length, floor };
    const made = make(text, head.start, end, pair.unit, high, extra);
    if (plus || head.bound !== undefined) {
      made.size.bound = plus || head.bound === 'at-least' ? 'above' : 'below';
    }
    found.push(made);
    floor = end;
  }
  return found;
}

/**
 * The one size `text` gives (a table cell such as `~60 MB` or `~60 MB (compressed)`), or
 * `undefined` when it gives none or several: picking one of several would hide a claim.
 */
export function parseSize(text: string): ParsedSize | undefined {
  const found = findSizes(text);
  return found.length === 1 ? found[0]?.size : undefined;
}
