/**
 * Analyse stage, comparisons: sets a write-up's claim against the sourced dataset — agrees,
 * disagrees (with the likely reason: compressed download vs unpacked size, another tag, the
 * author's own image), or cannot be checked (and why). Pure.
 */
import type { Claim } from './claims/types.ts';
import { parseSize } from './claims/parse-size.ts';
import type { BaseImage, Dataset } from './dataset-schema.ts';

export interface Verdict {
  kind: 'agrees' | 'disagrees' | 'unchecked';
  /** One sentence for the reader. */
  reason: string;
  /** The dataset figure compared with, as the source states it. */
  figure?: string;
  source?: string;
}

/** Within this factor of a sourced figure a rounded claim agrees with it. */
const TOLERANCE = 0.25;

function normalize(reference: string): string {
  return reference.replace(/^(?:docker\.io\/)?(?:library\/)?/, '').toLowerCase();
}

export function findImage(dataset: Dataset, image: string | undefined): BaseImage | undefined {
  if (!image) return undefined;
  const wanted = normalize(image);
  return dataset.find((row) => normalize(row.reference) === wanted);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}

interface Figure {
  measure: string;
  bytes: number;
  stated: string;
  source: string;
}

function figures(row: BaseImage): Figure[] {
  return row.sizes.flatMap((size) => {
    const bytes = size.bytes !== 'unknown' ? size.bytes : parseSize(size.stated)?.bytes;
    return bytes === undefined ? [] : [{ measure: size.measure, bytes, stated: size.stated,
      source: size.source }];
  });
}

function near(claimed: number, actual: number): boolean {
  if (actual === 0) return claimed < 1e6;
  return Math.abs(claimed - actual) / actual <= TOLERANCE;
}

/**
 * A bound ("under 6 MB", `350MB+`) agrees with a figure on its side of the number, whatever the
 * distance: it claims a side, not a size.
 */
function judgeBound(claim: Claim, known: Figure[], bound: 'below' | 'above',
  at: number): Verdict {
  const within = (figure: Figure) => bound === 'below' ? figure.bytes <= at : figure.bytes >= at;
  const side = bound === 'below' ? 'under' : 'over';
  const match = known.find(within);
  if (match) {
    return { kind: 'agrees', figure: `${match.stated} (${match.measure})`, source: match.source,
      reason: `The ${match.measure} size the source gives is ${side} ${megabytes(at)}, as the ` +
        'write-up says.' };
  }
  const figure = known.map((f) => `${f.stated} (${f.measure === 'unknown' ? 'measure not stated'
    : f.measure})`).join(', ');
  return { kind: 'disagrees', figure, ...(known[0] ? { source: known[0].source } : {}),
    reason: `The source gives ${figure}; the write-up says ${side} ${megabytes(at)} ` +
      `(\`${claim.value}\`), which no sourced figure is.` };
}

function judgeSize(claim: Claim, row: BaseImage): Verdict {
  const claimed = claim.size?.bytes;
  const known = figures(row);
  if (claimed === undefined) return { kind: 'unchecked', reason: 'The size could not be read.' };
  if (known.length === 0) {
    return { kind: 'unchecked', reason: `No source gives a size for ${row.reference}.` };
  }
  if (claim.size?.bound !== undefined) return judgeBound(claim, known, claim.size.bound, claimed);
  const match = known.find((figure) => near(claimed, figure.bytes));
  if (match) {
    return { kind: 'agrees', figure: `${match.stated} (${match.measure})`, source: match.source,
      reason: `Agrees with the ${match.measure} size the source gives.` };
  }
  const compressed = known.find((f) => f.measure === 'compressed');
  const unpacked = known.find((f) => f.measure === 'unpacked');
  const shown = compressed ?? known[0];
  const figure = known.map((f) => `${f.stated} (${f.measure === 'unknown' ? 'measure not stated'
    : f.measure})`).join(', ');
  let reason = `The source gives ${figure}; the claim is ${megabytes(claimed)}.`;
  if (compressed && unpacked && claimed > compressed.bytes && claimed < unpacked.bytes) {
    reason += ' It lies between the compressed download and the unpacked size: the write-up ' +
      'does not say which it measures, or measured another build.';
  } else if (compressed && claimed > compressed.bytes * (1 + TOLERANCE) && !unpacked) {
    reason += ' It may be the unpacked size on disk, which no source here gives.';
  } else if (known.every((f) => claimed > f.bytes)) {
    reason += ' It is larger than every sourced figure: likely another (older) build or tag, ' +
      'or the size of an image built on this one.';
  } else {
    reason += ' Likely another tag, build date or platform than the one sourced.';
  }
  return { kind: 'disagrees', figure, ...(shown ? { source: shown.source } : {}), reason };
}

function yesNo(text: string): boolean | undefined {
  if (/^\s*(?:yes|да)\b/i.test(text)) return true;
  if (/^\s*(?:no|нет)\b/i.test(text)) return false;
  return undefined;
}

function judgeFact(claim: Claim, row: BaseImage): Verdict {
  const fact = claim.property === 'shell' ? row.shell
    : claim.property === 'package-manager' ? row.packageManager
      : claim.property === 'libc' ? row.libc
        : claim.property === 'default-user' ? row.defaultUser : undefined;
  if (!fact) return { kind: 'unchecked', reason: 'The dataset has no such property.' };
  if (fact.value === 'unknown') return { kind: 'unchecked', reason: 'No source states it.' };
  const says = yesNo(claim.value);
  const present = !/^none\b/i.test(fact.value);
  let agrees: boolean | undefined;
  if (claim.property === 'libc') {
    const libc = /musl|glibc/i.exec(claim.value)?.[0]?.toLowerCase();
    agrees = libc === undefined ? undefined : fact.value.toLowerCase().includes(libc);
  } else if (claim.property === 'default-user') {
    const uid = /\b\d{3,5}\b/.exec(claim.value)?.[0];
    agrees = uid === undefined ? undefined : fact.value.includes(uid);
  } else if (says !== undefined) {
    agrees = says === present;
  }
  if (agrees === undefined) {
    return { kind: 'unchecked', figure: fact.value, source: fact.source,
      reason: 'The claim cannot be read as a definite value to compare.' };
  }
  return {
    kind: agrees ? 'agrees' : 'disagrees',
    figure: fact.value,
    source: fact.source,
    reason: agrees ? 'Agrees with the source.' : `The source says: ${fact.value}.`,
  };
}

export function judgeClaim(claim: Claim, dataset: Dataset): Verdict {
  if (claim.subject === 'final-image') {
    return { kind: 'unchecked', reason: 'About the author\'s own image (app and dependencies ' +
      'on top of the base), which no public source measures.' };
  }
  const row = findImage(dataset, claim.image);
  if (!row) {
    return { kind: 'unchecked', reason: claim.image
      ? `The dataset has no row for \`${claim.image}\` (a family or a tag it does not list).`
      : 'The claim names no image.' };
  }
  if (claim.property === 'size') return judgeSize(claim, row);
  if (claim.property === 'other') {
    return { kind: 'unchecked', reason: 'An opinion or a property the dataset does not hold.' };
  }
  return judgeFact(claim, row);
}
