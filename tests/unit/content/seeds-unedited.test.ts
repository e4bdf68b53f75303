/**
 * The write-ups are raw user input: the copies in content/writeups/ stay byte for byte the seeds
 * in ../shared/seeds/ (skipped where that folder is not beside the project; under CI, which
 * has it beside the clone, its absence fails).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipUnlessCi } from '../../require-or-skip.ts';

const root = join(import.meta.dirname, '../../..');
const seeds = join(root, '../shared/seeds');
const copies: Array<[string, string]> = [
  ['000_0d4e5352c43f9efd.txt', 'containerizing-the-vote-service.md'],
  ['001_4b04fb74c59537f4.txt', 'lab-02-docker-containerization.md'],
  ['002_35c8d2370f401ffa.txt', 'containerization-details.md'],
  ['003_cc0e79ee4f8ba44a.txt', 'docker-implementation-details.md'],
  ['004_955eea472f32a059.txt', 'dockerization-of-flask-application.md'],
];

const noSeeds = skipUnlessCi(existsSync(seeds) ? undefined
  : `the seeds are not beside the project (${seeds})`);

describe.skipIf(noSeeds)('seed write-ups', () => {
  for (const [seed, copy] of copies) {
    it(`${copy} is ${seed}, unedited`, () => {
      expect(readFileSync(join(root, 'content/writeups', copy)).equals(
        readFileSync(join(seeds, seed)))).toBe(true);
    });
  }
});
