/**
 * Bench helper (scale): generates a corpus of N write-ups from the guide's own (issue 15). Each
 * generated write-up is a copy of one source write-up (`.md` files and write-up folders in turn),
 * varied so that no two are the same: a title of its own, a sentence naming its author and app,
 * and another Python minor version in the first `python:3.x` image it names. Folder write-ups are
 * copied whole (their Dockerfile and app files), their Markdown varied alike.
 *
 * Two views of one corpus: `dir` as shipshape reads it (files and folders), and `flatDir`, one
 * `.md` per write-up, as the plain Starlight baseline reads it. Deterministic for a given N.
 */
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chooseMarkdown } from '../../src/bundle/find-writeups.ts';

const AUTHORS = ['adam', 'beatriz', 'chen', 'dmitri', 'elif', 'farah', 'goran', 'hana', 'ivan',
  'jonas', 'kemal', 'lucia', 'mehmet', 'nadia', 'oskar', 'priya', 'quentin', 'rosa', 'sven'];
const APPS = ['flask', 'fastapi', 'django', 'bottle', 'aiohttp', 'starlette', 'tornado'];
const SENTENCES = [
  'Submitted by {author}; the app is a small {app} service.',
  '{author} packaged a {app} application for this lab.',
  'This copy was written by {author}, who containerized a {app} app.',
];

/** One source write-up: a `.md` file, or a folder with its Markdown file's name. */
export interface CorpusSource {
  name: string;
  text: string;
  /** The folder to copy whole, and the name of its Markdown file, for a folder write-up. */
  folder?: { path: string; markdown: string };
}

export interface Corpus {
  /** The write-ups as shipshape reads them (`SHIPSHAPE_CONTENT`). */
  dir: string;
  /** The same write-ups, one `.md` each, for plain Starlight. */
  flatDir: string;
  /** Names (file stem or folder) of the generated write-ups, in order. */
  names: string[];
}

/** `0007` for 7 of 1000: names sort as numbers do. */
function serial(index: number, count: number): string {
  return String(index).padStart(String(Math.max(count - 1, 1)).length, '0');
}

/**
 * The `index`th variation of a write-up's Markdown: its first `# ` heading (or, lacking one, a
 * new one) gets the variation's author, a sentence follows it, and the first `python:3.x` image
 * gets another minor version. Pure.
 */
export function varyWriteup(text: string, index: number): string {
  const author = AUTHORS[index % AUTHORS.length]!;
  const app = APPS[Math.floor(index / AUTHORS.length) % APPS.length]!;
  const sentence = SENTENCES[index % SENTENCES.length]!
    .replace('{author}', author).replace('{app}', app);
  const python = `python:3.${9 + (index % 5)}`;
  const varied = text.replace(/python:3\.\d+/, python);
  const heading = /^# (.+)$/m.exec(varied);
  if (heading === null) return `# Write-up ${index} (${author})\n\n${sentence}\n\n${varied}`;
  const at = heading.index + heading[0].length;
  return `${varied.slice(0, heading.index)}# ${heading[1]} — ${author} ${index}\n\n${sentence}` +
    varied.slice(at);
}

/** The write-ups of a folder of write-ups, as sources for a corpus. */
export async function readSources(writeupsDir: string): Promise<CorpusSource[]> {
  const entries = (await readdir(writeupsDir, { withFileTypes: true }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const sources: CorpusSource[] = [];
  for (const entry of entries) {
    const path = join(writeupsDir, entry.name);
    if (entry.isFile() && extname(entry.name) === '.md') {
      sources.push({ name: entry.name.slice(0, -3), text: await readFile(path, 'utf8') });
    } else if (entry.isDirectory()) {
      const markdown = chooseMarkdown(await readdir(path))?.name;
      if (markdown === undefined) continue;
      sources.push({ name: entry.name, text: await readFile(join(path, markdown), 'utf8'),
        folder: { path, markdown } });
    }
  }
  if (sources.length === 0) throw new Error(`${writeupsDir}: no write-ups to copy`);
  return sources;
}

/** Writes N varied write-ups made from `sources` under `root` (`writeups/`, `flat/`). */
export async function generateCorpus(sources: readonly CorpusSource[], count: number,
  root: string): Promise<Corpus> {
  const dir = join(root, 'writeups');
  const flatDir = join(root, 'flat');
  await mkdir(dir, { recursive: true });
  await mkdir(flatDir, { recursive: true });
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    const name = `${source.name}-${serial(index, count)}`;
    const text = varyWriteup(source.text, index);
    if (source.folder === undefined) {
      await writeFile(join(dir, `${name}.md`), text);
    } else {
      await cp(source.folder.path, join(dir, name), { recursive: true });
      await writeFile(join(dir, name, source.folder.markdown), text);
    }
    await writeFile(join(flatDir, `${name}.md`), text);
    names.push(name);
  }
  return { dir, flatDir, names };
}

/** The Markdown file of the corpus's first write-up: the one the warm rebuild edits. */
export function firstWriteupFile(corpus: Corpus, sources: readonly CorpusSource[]): string {
  const source = sources[0]!;
  const name = corpus.names[0]!;
  return source.folder === undefined ? join(corpus.dir, `${name}.md`)
    : join(corpus.dir, name, source.folder.markdown);
}
