/**
 * Course stage: a heading that is only a file name ("📄 `02-containerized-vote.md`") is where a
 * write-up was pasted from, not what its section is about; a lesson never shows it as a heading.
 */
import type { ElementContent } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { headingOf } from './extract-section.ts';

/** One word with an extension. */
const FILE_NAME = /^[\p{L}\p{N}_./-]*[\p{L}\p{N}_-]\.([A-Za-z0-9]{1,10})$/u;
/**
 * Extensions that name a file even outside code formatting. Not `js`: "Node.js" is a name.
 * Written as code (`` `app.js` ``), any extension counts.
 */
const FILE_EXTENSIONS = new Set([
  'md', 'markdown', 'mdx', 'txt', 'rst', 'adoc', 'yaml', 'yml', 'json', 'toml', 'ini', 'cfg',
  'conf', 'py', 'sh', 'lock', 'env', 'html', 'csv', 'xml', 'pdf', 'png', 'jpg', 'svg',
]);

/** The text a reader sees as the heading, without leading emoji, symbols and spaces. */
function words(text: string): string {
  return text.replace(/^[^\p{L}\p{N}._/]+/u, '').trim();
}

/** True when `node` (a heading or its wrapper) names nothing but a file. */
export function isFileNameHeading(node: ElementContent): boolean {
  const heading = headingOf(node);
  if (heading === undefined) return false;
  const text = words(toString(heading));
  const match = FILE_NAME.exec(text);
  if (match === null) return false;
  const code = select('code', heading);
  return FILE_EXTENSIONS.has((match[1] ?? '').toLowerCase())
    || (code !== undefined && words(toString(code)) === text);
}
