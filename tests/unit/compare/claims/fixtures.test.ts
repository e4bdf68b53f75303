/**
 * Fixture-driven tests for the analyse stage's claim extractor (comparisons): each folder in
 * tests/fixtures/compare/claims/ holds an `input.md` and the `expected.txt` listing of what
 * extractClaims finds in it, one claim or unparsed claim a line. `UPDATE_FIXTURES=1` rewrites
 * the expected files; review the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractClaims, type Claim, type UnparsedClaim,
} from '../../../../src/compare/claims/extract-claims.ts';

const root = join(import.meta.dirname, '../../../fixtures/compare/claims');
const update = process.env['UPDATE_FIXTURES'] === '1';

/** `7 python:3.12-slim base-image size "~125 MB" =125000000 ~ table`. */
function claimLine(claim: Claim): string {
  const size = claim.size;
  const bytes = size === undefined ? []
    : [`=${size.bytes}${size.low !== undefined || size.high !== undefined
      ? ` [${size.low ?? ''}..${size.high ?? ''}]` : ''}${size.bound ? ` ${size.bound}` : ''}` +
      `${size.approx ? ' ~' : ''}`];
  return [
    claim.line, claim.image ?? '(none)', claim.subject, claim.property,
    JSON.stringify(claim.value), ...bytes, ...(claim.stage ? [`stage=${claim.stage}`] : []),
    claim.source,
  ].join(' ');
}

function unparsedLine(item: UnparsedClaim): string {
  return `${item.line} ${item.reason} | ${item.text}`;
}

describe('claim extraction fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      const { claims, unparsed } = extractClaims(input, `${name}/input.md`);
      for (const claim of [...claims, ...unparsed]) expect(claim.file).toBe(`${name}/input.md`);
      const actual = [
        'claims:', ...claims.map(claimLine), 'unparsed:', ...unparsed.map(unparsedLine),
      ].join('\n') + '\n';
      const expectedPath = join(dir, 'expected.txt');
      if (update || (!existsSync(expectedPath) && !process.env['CI'])) {
        writeFileSync(expectedPath, actual);
      }
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
