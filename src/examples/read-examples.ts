/**
 * Examples, Node entry: reads `content/examples/` from disk. The app lives once in `_app/`;
 * every other folder is an example (its Dockerfile, `example.yaml`, README and anything else it
 * overrides), and `readExample` returns its merged tree as the reader downloads it, with the
 * "Run it yourself" section generated into the README. Caches a local test run leaves behind
 * (`__pycache__`, `.pytest_cache`, `.pyc`) are not content and are not read. Node only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDockerfile } from '../dockerfile/parse/parse-dockerfile.ts';
import type { DockerfileModel } from '../dockerfile/model.ts';
import type { ExampleMeta } from './example-schema.ts';
import { mergeExampleTree, readTreeText, sortTree, type TreeFile } from './example-tree.ts';
import { parseExampleMeta } from './parse-example-meta.ts';
import { ContentError } from '../shared/content-error.ts';
import { MAX_EXAMPLE_FILE_BYTES } from '../shared/limits.ts';
import { appDefaultPort, formatRunSection, runCommands, type RunCommands } from './run-commands.ts';

/** Where the examples live by default, relative to the project root (the plugin's `examples`
 * option names another folder; every function here takes it as `dir`). */
export const EXAMPLES_DIR = 'content/examples';
/** The shared app's folder inside `EXAMPLES_DIR`. */
export const APP_DIR = '_app';

export interface Example {
  slug: string;
  /** The example's own folder (`content/examples/<slug>`). */
  dir: string;
  meta: ExampleMeta;
  /** `example.yaml` as written, for messages that name one of its lines. */
  yaml: string;
  /** `walkthrough.md`, the page's step-by-step text, when the example has one. */
  walkthrough: string | undefined;
  /** The merged tree: what the reader downloads and builds. */
  files: TreeFile[];
  dockerfile: string;
  model: DockerfileModel;
  commands: RunCommands;
}

const SKIPPED_DIRS = new Set(['__pycache__', '.pytest_cache', '.mypy_cache']);

/**
 * Every file under `dir`, with `/`-separated paths relative to it, sorted. Errors name a file as
 * `shownAs` (the folder as the author knows it, e.g. `content/examples/02-hardened-alpine`)
 * joined with its path inside, never the machine's absolute path.
 */
export function readTree(dir: string, shownAs = dir): TreeFile[] {
  const files: TreeFile[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      const shown = join(shownAs, relative(dir, full)).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && !/\.py[cod]$/.test(entry.name)) {
        const { size } = statSync(full);
        if (size > MAX_EXAMPLE_FILE_BYTES) {
          throw new ContentError(`${shown}: found a file of ${Math.ceil(size / 1024)} KB; ` +
            `expected at most ${MAX_EXAMPLE_FILE_BYTES / 1024} KB per example file`,
          'Examples are shown and downloaded whole: keep large files out of them.');
        }
        files.push({ path: relative(dir, full).split(sep).join('/'),
          data: new Uint8Array(readFileSync(full)) });
      } else if (!entry.isFile()) {
        // Not read: a link could lead out of content/, a device or pipe would never end.
        throw new ContentError(`${shown}: found a symbolic link, device or pipe; expected ` +
          'regular files and folders only in an example', 'Copy the file into the example.');
      }
    }
  };
  walk(dir);
  return sortTree(files);
}

/** The examples' folders (`_app` and other `_` folders are not examples), unordered. */
function exampleSlugs(root: string, dir: string): string[] {
  const base = join(root, dir);
  // A guide without examples is a guide: no folder, no example pages.
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name);
}

/** Lesson order: `order` in each `example.yaml`, then the folder's name. */
const byLesson = (a: { slug: string; meta: ExampleMeta }, b: { slug: string; meta: ExampleMeta }) =>
  a.meta.order - b.meta.order || a.slug.localeCompare(b.slug);

/**
 * Every example's `example.yaml` alone, each read once, in lesson order: for callers that need
 * no files (the sidebar, when Astro loads its config).
 */
export function readExampleMetas(root = '.', dir = EXAMPLES_DIR):
  Array<{ slug: string; meta: ExampleMeta }> {
  return exampleSlugs(root, dir).map((slug) => ({ slug, meta: readExampleMeta(slug, root, dir) }))
    .sort(byLesson);
}

/** The slugs of the examples, in lesson order (`order` in each `example.yaml`). */
export function listExamples(root = '.', dir = EXAMPLES_DIR): string[] {
  return readExampleMetas(root, dir).map((example) => example.slug);
}

/** An example's `example.yaml` alone, for callers that need no files (sidebar, lessons). */
export function readExampleMeta(slug: string, root = '.', dir = EXAMPLES_DIR): ExampleMeta {
  const file = join(dir, slug, 'example.yaml');
  return parseExampleMeta(readFileSync(join(root, file), 'utf8'), file);
}

/** The shared app's files (`<examples>/_app/`). */
function readApp(root: string, examples: string): TreeFile[] {
  return readTree(join(root, examples, APP_DIR), join(examples, APP_DIR));
}

/**
 * One example with its merged tree; throws `ExampleMetaError` for a bad `example.yaml`. `app`
 * is the shared app's files when the caller has read them already (readExamples).
 */
export function readExample(slug: string, root = '.', examples = EXAMPLES_DIR,
  app = readApp(root, examples)): Example {
  const dir = join(examples, slug);
  const own = readTree(join(root, dir), dir);
  // Taken from the files just read, not read again; a missing file fails as it always did.
  const yaml = readTreeText(own, 'example.yaml');
  const meta = yaml === undefined ? readExampleMeta(slug, root, examples)
    : parseExampleMeta(yaml, join(dir, 'example.yaml'));
  const dockerfile = readTreeText(own, 'Dockerfile') ?? readTreeText(app, 'Dockerfile');
  if (dockerfile === undefined) {
    throw new Error(`${dir}: no Dockerfile; every example folder needs one`);
  }
  const model = parseDockerfile(dockerfile);
  const appSource = readTreeText(own, 'app.py') ?? readTreeText(app, 'app.py') ?? '';
  const commands = runCommands({ slug, meta, model, appDefaultPort: appDefaultPort(appSource) });
  const files = mergeExampleTree(app, own, formatRunSection(commands));
  return { slug, dir, meta, yaml: yaml ?? '', walkthrough: readTreeText(own, 'walkthrough.md'),
    files, dockerfile, model, commands };
}

/**
 * Every example, in lesson order (as `listExamples`), each file read once: the app's files once
 * for all of them, each `example.yaml` once. The examples loader's one read of the folder.
 */
export function readExamples(root = '.', dir = EXAMPLES_DIR): Example[] {
  const slugs = exampleSlugs(root, dir);
  if (slugs.length === 0) return [];
  const app = readApp(root, dir);
  return slugs.map((slug) => readExample(slug, root, dir, app)).sort(byLesson);
}
