/**
 * Ingest stage, examples: the write-up an example's `basedOn` names. A write-up goes by its file
 * name without `.md` (`containerizing-the-vote-service`) or, for a write-up folder, by the
 * folder's name (`app_python`: src/bundle/find-writeups.ts); either gives the page's title and
 * address. The titles are the guide loader's (it reads the write-ups, once) and reach the
 * examples loader through a hand-off (src/loaders/loader-handoff.ts); nothing here reads a
 * write-up. An unknown name is a content error at `example.yaml:line`, listing the names there
 * are.
 */
import { basename } from 'node:path';
import type { WriteupSource } from '../bundle/find-writeups.ts';
import { entryId } from '../loaders/entry-ids.ts';
import type { NamedWriteup } from '../loaders/loader-handoff.ts';
import { ContentError } from '../shared/content-error.ts';
import { lineOfPath, scanRows } from '../shared/yaml-lines.ts';

export interface BasedOnWriteup {
  /** The write-up page's title: its front matter `title`, else the heading it is named by. */
  title: string;
  /** Its address from the site's root (`/writeups/app_python/`); the pipeline adds the base. */
  url: string;
}

/**
 * A write-up of the folder `dir` as `basedOn` names it, with `title`, the title its page was
 * given (before same titles are told apart).
 */
export function namedWriteup(writeup: WriteupSource, dir: string, title: string): NamedWriteup {
  const name = writeup.folder === undefined ? basename(writeup.markdown, '.md')
    : basename(writeup.folder);
  return { name, title, url: `/${entryId('writeup', dir, writeup.folder ?? writeup.markdown)}/` };
}

/**
 * The write-up `name` names among `writeups` (their folder shown as `shownDir`). `yaml` is the
 * text of the example's `example.yaml`, shown as `file`, for the line of `basedOn`.
 */
export function findBasedOn(name: string, writeups: readonly NamedWriteup[], shownDir: string,
  file: string, yaml: string): BasedOnWriteup {
  const found = writeups.find((w) => w.name === name);
  if (found === undefined) {
    const line = lineOfPath(scanRows(yaml), ['basedOn']);
    const names = writeups.map((w) => `\`${w.name}\``);
    const near = writeups.map((w) => w.name).find((n) => n.toLowerCase() === name.toLowerCase());
    throw new ContentError(`${file}:${line}: basedOn: found \`${name}\`, which ${shownDir}/ ` +
      'does not have; expected the name of a write-up there: a file name without `.md` or a ' +
      `write-up folder's name (${names.length === 0 ? 'there are none' : names.join(', ')})`,
    near === undefined ? 'Correct `basedOn`, or remove it.'
      : `Names keep their case: write \`basedOn: ${near}\`.`);
  }
  return { title: found.title, url: found.url };
}
