/**
 * The analyse stage's claim extractor (comparisons) on the real write-ups in content/writeups:
 * every size claim each one makes, with its line and image, and the sizes it must leave out
 * (caches, build context, layers, build logs). Files are read raw; the one piece of mojibake in
 * a sentence under test (`â‰ˆ` for `≈`) is repaired here, as ingest does before the
 * extractor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../../../src/compare/claims/extract-claims.ts';

const writeups = join(import.meta.dirname, '../../../../content/writeups');

function extract(name: string) {
  const raw = readFileSync(join(writeups, name), 'utf8');
  return extractClaims(raw.replaceAll('â‰ˆ', '≈'), `content/writeups/${name}`);
}

/** `35 python:3.9-alpine3.15 unknown ~60 MB`: what a reader checks a size claim by. */
function sizes(claims: Claim[]): string[] {
  return claims
    .filter((claim) => claim.property === 'size')
    .map((claim) => `${claim.line} ${claim.image} ${claim.subject} ${claim.value}` +
      (claim.stage ? ` (${claim.stage})` : ''));
}

function at(claims: Claim[], line: number, property: Claim['property']): [string, string][] {
  return claims
    .filter((claim) => claim.line === line && claim.property === property)
    .map((claim) => [claim.image ?? '', claim.value]);
}

describe('claims in the seed write-ups', () => {
  it('seed 003: the Alpine/distroless table, columns named by its Base Image row', () => {
    const { claims, unparsed } = extract('docker-implementation-details.md');
    expect(sizes(claims)).toEqual([
      '35 python:3.9-alpine3.15 unknown ~60 MB',
      '35 gcr.io/distroless/python3-debian11 unknown ~67 MB',
    ]);
    expect(at(claims, 36, 'shell')).toEqual([
      ['python:3.9-alpine3.15', 'Yes (busybox)'],
      ['gcr.io/distroless/python3-debian11', 'No'],
    ]);
    expect(at(claims, 37, 'package-manager')).toEqual([
      ['python:3.9-alpine3.15', 'Yes (apk)'],
      ['gcr.io/distroless/python3-debian11', 'No'],
    ]);
    expect(at(claims, 38, 'default-user').map(([, value]) => value))
      .toEqual(['Explicitly created', 'Fixed UID/GID (1000)']);
    expect(at(claims, 41, 'libc')).toEqual([
      ['python:3.9-alpine3.15', 'musl libc'],
      ['gcr.io/distroless/python3-debian11', 'glibc with Debian security updates'],
    ]);
    const size = claims.find((claim) => claim.value === '~60 MB')?.size;
    expect(size).toEqual({ bytes: 60e6, approx: true, unit: 'MB', raw: '~60 MB' });
    expect(claims.every((claim) => claim.source === 'table')).toBe(true);
    expect(unparsed).toEqual([]);
  });

  it('seed 004: the bold-labelled Feature table survives the unclosed fences above it', () => {
    const { claims, unparsed } = extract('dockerization-of-flask-application.md');
    expect(sizes(claims)).toEqual([
      '72 alpine:3.18 unknown ~15MB',
      '72 gcr.io/distroless/static:nonroot unknown ~5MB',
    ]);
    expect(at(claims, 73, 'shell')).toEqual([
      ['alpine:3.18', 'Yes (/bin/sh)'],
      ['gcr.io/distroless/static:nonroot', 'No shell available (no /bin/sh)'],
    ]);
    expect(at(claims, 74, 'package-manager').map(([, value]) => value))
      .toEqual(['Yes (apk available)', 'No package manager']);
    expect(at(claims, 76, 'default-user').map(([, value]) => value))
      .toEqual(['No (needs manual setup)', 'Yes (runs as nonroot by default)']);
    expect(unparsed).toEqual([]);
  });

  it('seed 002: sentences, attributed through the write-up\'s own base image', () => {
    const { claims, unparsed } = extract('containerization-details.md');
    expect(sizes(claims)).toEqual([
      '17 python:3-alpine3.15 base-image ≈5MB',
      '48 python:3-alpine3.15 final-image 59MB',
      '48 full base-image 350MB+',
    ]);
    const plus = claims.find((claim) => claim.value === '350MB+');
    expect(plus?.size).toMatchObject({ bytes: 350e6, low: 350e6, approx: false });
    expect(plus?.size?.high).toBeUndefined();
    expect(plus?.context).toMatch(/^Final image typically much lower .* standard Python images$/);
    // "avoids ~200MB cache bloat" is about pip's cache, not an image.
    expect(unparsed).toEqual([]);
  });

  it('seed 001: slim vs full vs alpine, the stage table, and what is not an image size', () => {
    const { claims, unparsed } = extract('lab-02-docker-containerization.md');
    expect(sizes(claims)).toEqual([
      '69 full base-image ~900MB',
      '69 slim base-image ~225MB',
      '163 python:3.13-full base-image ~900MB',
      '163 python:3.13-slim base-image ~225MB',
      '167 python:3.13-alpine base-image ~50MB',
      '173 python:3.13-slim final-image ~225MB (Builder)',
      '174 python:3.13-slim final-image ~155MB',
      '177 python:3.13-slim final-image ~155MB',
      '179 gcr.io/distroless/python3 base-image 70MB',
      '350 python:3.13-slim final-image ~155MB',
      '447 full final-image ~250MB',
    ]);
    expect(claims.find((claim) => claim.line === 173)?.source).toBe('table');
    expect(claims.find((claim) => claim.line === 167)?.source).toBe('sentence');
    expect(unparsed.map((item) => [item.line, item.reason])).toEqual([
      [350, '`~200MB`: a hypothetical size ("would", "could"), not a measured one'],
    ]);
  });

  it('seed 000: opinions about Alpine and slim, but no number to check', () => {
    expect(extract('containerizing-the-vote-service.md')).toEqual({ claims: [], unparsed: [] });
  });
});
