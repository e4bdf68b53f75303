/**
 * PDF tests, run as a child process with a small heap (`--max-old-space-size`): merges the same
 * tagged synthetic part `parts` times into `<out>` (`merge-parts.test.ts`). Prints the page count;
 * runs out of memory if the merge keeps what it has merged.
 * `node merge-many-parts.ts <parts> <out>`
 */
import { PdfMerger } from '../../../src/pdf/merge-parts.ts';
import { syntheticPart } from './synthetic-parts.ts';

const [parts = '1', out = 'merged.pdf'] = process.argv.slice(2);
// 24 pages (a part's budget) of 400 structure elements: 9,600 objects, about a real part's.
const part = await syntheticPart({ id: 'part', pages: 24, elementsPerPage: 400,
  outline: ['Part'] });
const merger = new PdfMerger(out);
for (let index = 0; index < Number(parts); index++) {
  await merger.add(part, `part ${index + 1}`, [2]);
}
merger.finish('Many parts', 'en');
console.log(merger.pageCount);
