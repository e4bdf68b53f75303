/**
 * Ingest stage, examples: the write-up an example's `basedOn` names. A write-up goes by its file
 * name without `.md` (`containerizing-the-vote-service`) or, for a write-up folder, by the
 * folder's name (`app_python`: src/bundle/find-writeups.ts); either gives the page's title and
 * address. An unknown name is a content error at `example.yaml:line`, listing the names there are.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findWriteups } from '../bundle/find-writeups.ts';
import { writeupTitle } from '../ingest/remark-title-from-heading.ts';
import { entryId } from '../loaders/entry-ids.ts';
import { readEntry } from '../loaders/read-entry.ts';
import { ContentError } from '../shared/content-error.ts';
import { lineOfPath, scanRows } from '../shared/yaml-lines.ts';

export interface BasedOnWriteup {
  /** The write-up page's title: its front matter `title`, else the heading it is named by. */
  title: string;
  /** Its address from the site's root (`/writeups/app_python/`); the pipeline adds the base. */
  url: string;
}

/** The name a write-up goes by in `basedOn`: its folder's, or its file's without `.md`. */
function nameOf(writeup: { markdown: string; folder: string | undefined }): string {
  return writeup.folder === undefined ? basename(writeup.markdown, '.md')
    : basename(writeup.folder);
}

/**
 * The write-up `name` names in the folder of write-ups `dir` (shown as `shownDir`). `yaml` is
 * the text of the example's `example.yaml`, shown as `file`, for the line of `basedOn`.
 */
export function findBasedOn(name: string, dir: string, shownDir: string, file: string,
  yaml: string): BasedOnWriteup {
  const writeups = findWriteups(dir).writeups;
  const found = writeups.find((w) => nameOf(w) === name);
  if (found === undefined) {
    const line = lineOfPath(scanRows(yaml), ['basedOn']);
    const names = writeups.map(nameOf).map((n) => `\`${n}\``);
    const near = writeups.map(nameOf).find((n) => n.toLowerCase() === name.toLowerCase());
    throw new ContentError(`${file}:${line}: basedOn: found \`${name}\`, which ${shownDir}/ ` +
      'does not have; expected the name of a write-up there: a file name without `.md` or a ' +
      `write-up folder's name (${names.length === 0 ? 'there are none' : names.join(', ')})`,
    near === undefined ? 'Correct `basedOn`, or remove it.'
      : `Names keep their case: write \`basedOn: ${near}\`.`);
  }
  const { frontmatter, body } = readEntry(readFileSync(found.markdown, 'utf8'),
    `${shownDir}/${name}`);
  const title = frontmatter['title'];
  return {
    title: typeof title === 'string' ? title : (writeupTitle(body) ?? name),
    url: `/${entryId('writeup', dir, found.folder ?? found.markdown)}/`,
  };
}
