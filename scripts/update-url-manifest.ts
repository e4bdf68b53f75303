/**
 * Writes `content/url-manifest.json` from the built site (`npm run build` first): every public
 * page and anchor. Run it when you add pages or headings on purpose, and commit the result;
 * `tests/site/url-manifest.test.ts` fails when a committed address disappears.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSite } from '../src/checks/site-files.ts';
import { manifestOf } from '../src/site/url-manifest.ts';

const root = join(import.meta.dirname, '..');
const manifest = manifestOf(readSite(join(root, 'dist')));
writeFileSync(join(root, 'content/url-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`content/url-manifest.json: ${Object.keys(manifest).length} pages, ` +
  `${Object.values(manifest).flat().length} anchors`);
