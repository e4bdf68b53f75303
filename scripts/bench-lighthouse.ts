/**
 * `node scripts/bench-lighthouse.ts [--dir dist] [--runs 3]`: only the Lighthouse part of
 * `npm run bench` (scripts/bench/first-visit.ts), on an already built guide, printed as the
 * table the bench writes; for trying a change without the bench's clean builds.
 */
import { parseArgs } from 'node:util';
import { lighthouseOn, lighthouseSection, LIGHTHOUSE_RUNS } from './bench/first-visit.ts';

const { values } = parseArgs({ options: {
  dir: { type: 'string', default: 'dist' },
  runs: { type: 'string', default: String(LIGHTHOUSE_RUNS) },
} });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(`--runs must be a positive integer, got ${JSON.stringify(values.runs)}`);
}
console.log(lighthouseSection(await lighthouseOn(values.dir, runs)));
