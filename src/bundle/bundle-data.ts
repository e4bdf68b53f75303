/**
 * Write-up folders, shared by every stage after ingest: the shape of a write-up folder's files
 * as the guide loader reads them once and hands them to the Markdown plugins, and the one way
 * to read them back. Later stages never read the folder again.
 *
 * Where it travels: the loader's hand-off front matter, `shipshape.bundle` (so a plugin reads it
 * from `file.data.astro.frontmatter.shipshape.bundle`, through `readWriteupBundle`). A single
 * `.md` write-up has none.
 *
 * "The whole Dockerfile of this write-up" — what walkthrough inference, the practices matrix,
 * CopyIgnoredFile and the size claims work from — is `writeupDockerfile(file.data)`: the
 * folder's `Dockerfile`, else its only (or first, by name) `*.Dockerfile` / `Dockerfile.*`, at
 * the top of the folder before any below it; with its `.dockerignore` when the folder has one.
 */
import { z } from 'astro/zod';

export const bundleFileSchema = z.object({
  /** Path inside the folder, `/`-separated, as the author named it (`app/main.py`). */
  path: z.string(),
  /** Size in bytes. */
  size: z.number().int().nonnegative(),
  /** What the file is to the guide, by name (file-kinds.ts). */
  role: z.enum(['dockerfile', 'dockerignore', 'other']),
  /** The file's text (UTF-8, `\n` line endings) when it is shown. */
  text: z.string().optional(),
  /** Why the text is not shown (binary, too large, a link out of the folder), when it is not. */
  withheld: z.string().optional(),
});
export type BundleFile = z.output<typeof bundleFileSchema>;

export const writeupBundleSchema = z.object({
  /** The folder as messages name it, relative to the project root (`content/writeups/app`). */
  folder: z.string(),
  /** The write-up's Markdown file, inside the folder (`DOCKER.md`). */
  markdown: z.string(),
  /** Every other file of the folder, in path order, up to the limit (shared/limits.ts). */
  files: z.array(bundleFileSchema),
  /** What is not listed (dependency folders, files past the limit), one sentence each. */
  omitted: z.array(z.string()),
});
export type WriteupBundle = z.output<typeof writeupBundleSchema>;

/**
 * Each hand-off validated once: several steps of a page read the folder's files (and a folder
 * of many files is costly to check each time). Keyed by the hand-off object itself, so a page
 * never sees another's, and an entry goes with its page.
 */
const validated = new WeakMap<object, WriteupBundle | undefined>();

/** The folder's files from a VFile's data, or undefined for a single-file write-up. */
export function readWriteupBundle(data: Record<string, unknown>): WriteupBundle | undefined {
  const astro = data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const shipshape = astro?.frontmatter?.['shipshape'] as Record<string, unknown> | undefined;
  const given: unknown = shipshape?.['bundle'];
  if (given === undefined) return undefined;
  if (typeof given === 'object' && given !== null && validated.has(given)) {
    return validated.get(given);
  }
  const parsed = writeupBundleSchema.safeParse(given);
  const bundle = parsed.success ? parsed.data : undefined;
  if (typeof given === 'object' && given !== null) validated.set(given, bundle);
  return bundle;
}

export interface WriteupDockerfile {
  /** Path inside the folder (`Dockerfile`, `distroless.Dockerfile`). */
  path: string;
  /** The whole file. */
  text: string;
  /** The `.dockerignore` beside it: its text, or undefined when the folder has none. */
  dockerignore: string | undefined;
}

/** The Dockerfiles of a folder that can be shown, main one first (see the module comment). */
export function bundleDockerfiles(bundle: WriteupBundle): BundleFile[] {
  const shown = bundle.files.filter((f) => f.role === 'dockerfile' && f.text !== undefined);
  const depth = (f: BundleFile) => f.path.split('/').length;
  const plain = (f: BundleFile) => (/^dockerfile$/i.test(f.path.split('/').at(-1) ?? '') ? 0 : 1);
  return [...shown].sort((a, b) => depth(a) - depth(b) || plain(a) - plain(b) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The `.dockerignore` beside a Dockerfile at `path` (same folder), if the folder has one. */
export function dockerignoreBeside(bundle: WriteupBundle, path: string): string | undefined {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const file = bundle.files.find((f) => f.path === `${dir}.dockerignore`);
  return file === undefined ? undefined : (file.text ?? '');
}

/** The whole Dockerfile of this write-up, from a VFile's data; undefined when it has none. */
export function writeupDockerfile(data: Record<string, unknown>): WriteupDockerfile | undefined {
  const bundle = readWriteupBundle(data);
  const main = bundle === undefined ? undefined : bundleDockerfiles(bundle)[0];
  if (bundle === undefined || main?.text === undefined) return undefined;
  return { path: main.path, text: main.text, dockerignore: dockerignoreBeside(bundle, main.path) };
}
