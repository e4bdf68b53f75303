/**
 * Regenerates the vendored vector files in this folder from checkouts of their sources. Only the
 * payload strings are taken (and each one's title), never the sources' code.
 *
 *   node tests/hostile/vectors/extract-vectors.ts \
 *     --dompurify path/to/DOMPurify --owasp path/to/CheatSheetSeries
 *
 * Each path is a git checkout (or bare repository); the files are read at its HEAD.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { dompurify: { type: 'string' }, owasp: { type: 'string' } },
});
if (!values.dompurify || !values.owasp) {
  throw new Error('usage: extract-vectors.ts --dompurify <checkout> --owasp <checkout>');
}
const here = import.meta.dirname;

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir(repo), ...args], {
    encoding: 'utf8', maxBuffer: 64 << 20,
  });
}
function gitDir(repo: string): string {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--git-dir'], { encoding: 'utf8' })
      .trim().replace(/^(?!\/)/, `${repo}/`);
  } catch {
    return repo;
  }
}

interface Vector { title: string; payload: string }

function write(name: string, header: Record<string, string>, vectors: Vector[]): void {
  const file = join(here, name);
  const data = { ...header, count: vectors.length, vectors };
  writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${file}: ${vectors.length} vectors`);
}

// DOMPurify: test/fixtures/expect.mjs is an array of { title, payload, expected }.
const purifyFile = 'test/fixtures/expect.mjs';
const purifyCommit = git(values.dompurify, 'rev-parse', 'HEAD').trim();
const tmp = join(here, '.expect.tmp.mjs');
writeFileSync(tmp, git(values.dompurify, 'show', `HEAD:${purifyFile}`));
const purify = (await import(pathToFileURL(tmp).href)) as { default: Vector[] };
execFileSync('rm', ['-f', tmp]);
write('dompurify.json', {
  source: `https://github.com/cure53/DOMPurify/blob/${purifyCommit}/${purifyFile}`,
  license: 'Apache-2.0 OR MPL-2.0 (DOMPurify, (c) Cure53 and other contributors)',
  commit: purifyCommit,
  taken: 'every `payload` with its `title`; the `expected` outputs are not taken',
}, purify.default.map(({ title, payload }) => ({ title, payload })));

// OWASP: every ```html and ```js fence of the cheat sheet is one payload, under its heading.
const owaspFile = 'cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md';
const owaspCommit = git(values.owasp, 'rev-parse', 'HEAD').trim();
const sheet = git(values.owasp, 'show', `HEAD:${owaspFile}`);
const owasp: Vector[] = [];
let heading = '';
const lines = sheet.split('\n');
for (let i = 0; i < lines.length; i++) {
  const line = lines[i] ?? '';
  if (/^#{2,6} /.test(line)) heading = line.replace(/^#+ /, '');
  if (!/^```(?:html|js)\s*$/.test(line)) continue;
  const body: string[] = [];
  while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1] ?? '')) body.push(lines[++i] ?? '');
  i++;
  // The sheet was converted from a wiki, which left Markdown escapes (`\<a …\>`) inside fences.
  const payload = body.join('\n').trim().replace(/\\([<>])/g, '$1');
  if (payload) owasp.push({ title: heading, payload });
}
write('owasp-xss-filter-evasion.json', {
  source: `https://github.com/OWASP/CheatSheetSeries/blob/${owaspCommit}/${owaspFile}`,
  license: 'CC-BY-SA-4.0 (OWASP Cheat Sheet Series); this file is shared under the same licence',
  commit: owaspCommit,
  taken: 'the body of every ```html and ```js fence, titled by its heading; `\\<`, `\\>` ' +
    'unescaped',
}, owasp);
