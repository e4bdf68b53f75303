/**
 * The guide loader on a rebuild (src/loaders/guide-loader.ts, render-inputs.ts): with the store
 * Astro keeps between builds (its own MutableDataStore), a write-up whose inputs did not change
 * is not rendered again, an edited one is, a removed one leaves the store, and titles told apart
 * (distinguish-titles.ts) stay told apart once, whichever entries were kept. Rendering is Astro's
 * own Markdown processor, counted per file.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile, appendFile, unlink }
  from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's store is not among its package exports; the loader runs against this class in a build.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { guideLoader } from '../../../src/loaders/guide-loader.ts';
import { namedFiles } from '../../../src/loaders/render-inputs.ts';
import { setHtmlOutsideStore } from '../../../src/shared/html-outside-store.ts';

const root = await mkdtemp(join(tmpdir(), 'shipshape-warm-'));
afterAll(() => rm(root, { recursive: true, force: true }));
await mkdir(join(root, 'pages'));
await mkdir(join(root, 'writeups', 'carol'), { recursive: true });
await writeFile(join(root, 'pages', 'index.md'), '---\ntitle: Home\n---\nWelcome.\n');
const titled = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}\n`;
await writeFile(join(root, 'writeups', 'alice.md'), titled('Docker lab', 'Alice\'s write-up.'));
await writeFile(join(root, 'writeups', 'bob.md'), titled('Docker lab', 'Bob\'s write-up.'));
await writeFile(join(root, 'writeups', 'carol', 'README.md'), titled('Carol', '![shot](shot.png)'));
await writeFile(join(root, 'writeups', 'carol', 'Dockerfile'), 'FROM python:3.13-slim\n');

const schema = () => z.looseObject({ title: z.string() });
const loader = guideLoader({ pages: 'pages', writeups: 'writeups', schema, course: false,
  dataFiles: ['dataset.yaml'] });
const processor = await createMarkdownProcessor();
const store = new MutableDataStore();
const logged: string[] = [];

/** Runs the loader as a build does, on the same store; returns the files it rendered. */
async function build(): Promise<string[]> {
  const rendered: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m),
    error: (m: string) => logged.push(m), debug: () => {} };
  const ctx = {
    collection: 'docs',
    store: store.scopedStore('docs'),
    meta: store.metaStore('docs'),
    logger,
    config: { root: pathToFileURL(`${root}/`), base: '/',
      cacheDir: pathToFileURL(`${root}/cache/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) =>
      createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16),
    renderMarkdown: async (content: string, options?: { fileURL?: URL }) => {
      rendered.push(fileURLToPath(options!.fileURL!).slice(root.length + 1));
      const [, handoff = '{}', body = ''] = /^---\n(.*)\n---\n([\s\S]*)$/.exec(content) ?? [];
      const result = await processor.render(body, { frontmatter: JSON.parse(handoff) });
      return { html: result.code, metadata: result.metadata };
    },
  } as unknown as LoaderContext;
  await loader.load(ctx);
  return rendered.sort();
}
const titles = () => Object.fromEntries(store.scopedStore('docs').values()
  .map((e) => [e.id, e.data['title']]));

describe('a rebuild', () => {
  it('renders every write-up the first time, and none again when nothing changed', async () => {
    expect(await build()).toEqual(['pages/index.md', 'writeups/alice.md', 'writeups/bob.md',
      'writeups/carol/README.md']);
    // What the steps hand back (the folder's files among it) is on the entry's data, not kept a
    // second time in its rendering (src/loaders/stored-rendering.ts).
    const carol = store.scopedStore('docs').get('writeups/carol');
    expect(carol?.rendered?.metadata?.['frontmatter']).toEqual({ title: 'Carol' });
    expect(carol?.rendered?.metadata?.['headings']).toEqual([]);
    const first = titles();
    expect(first).toMatchObject({ 'writeups/alice': 'Docker lab (alice)',
      'writeups/bob': 'Docker lab (bob)', 'writeups/carol': 'Carol' });
    logged.length = 0;
    // Authored pages are few and may read other files: they are rendered every time.
    expect(await build()).toEqual(['pages/index.md']);
    expect(titles()).toEqual(first);
    expect(store.scopedStore('docs').get('writeups/alice')?.rendered?.html)
      .toContain('Alice’s write-up.');
  });

  it('renders again only the write-up that was edited', async () => {
    await appendFile(join(root, 'writeups', 'bob.md'), '\nAn edit.\n');
    expect(await build()).toEqual(['pages/index.md', 'writeups/bob.md']);
    expect(store.scopedStore('docs').get('writeups/bob')?.rendered?.html).toContain('An edit.');
    expect(titles()).toMatchObject({ 'writeups/alice': 'Docker lab (alice)',
      'writeups/bob': 'Docker lab (bob)' });
  });

  it('renders a write-up again when a file beside it, its image or the data changes', async () => {
    await writeFile(join(root, 'writeups', 'carol', 'Dockerfile'), 'FROM python:3.12-slim\n');
    expect(await build()).toEqual(['pages/index.md', 'writeups/carol/README.md']);
    await writeFile(join(root, 'writeups', 'carol', 'shot.png'), 'not yet an image');
    expect(await build()).toEqual(['pages/index.md', 'writeups/carol/README.md']);
    await writeFile(join(root, 'dataset.yaml'), 'images: []\n');
    expect(await build()).toEqual(['pages/index.md', 'writeups/alice.md', 'writeups/bob.md',
      'writeups/carol/README.md']);
  });

  it('renders every write-up again when the code blocks\' options change', async () => {
    // Expressive Code reads ec.config.mjs from the project's root; the store outlives it.
    await writeFile(join(root, 'ec.config.mjs'), 'export default {};\n');
    expect(await build()).toEqual(['pages/index.md', 'writeups/alice.md', 'writeups/bob.md',
      'writeups/carol/README.md']);
    expect(await build()).toEqual(['pages/index.md']);
  });

  it('drops a removed write-up, and the title it shared is its own again', async () => {
    await unlink(join(root, 'writeups', 'bob.md'));
    expect(await build()).toEqual(['pages/index.md']);
    expect(titles()).toEqual({ index: 'Home', 'writeups/alice': 'Docker lab',
      'writeups/carol': 'Carol' });
  });
});

describe('with the HTML outside the store, as in `astro build`', () => {
  const folder = join(root, 'cache', 'shipshape-html');
  const stored = (id: string) => store.scopedStore('docs').get(id)?.rendered;
  afterAll(() => setHtmlOutsideStore(false));

  it("moves the kept write-ups' HTML to files without rendering them again", async () => {
    setHtmlOutsideStore(true);
    expect(await build()).toEqual(['pages/index.md']);
    const alice = stored('writeups/alice');
    expect(alice?.html).toBe('');
    const file = String(alice?.metadata?.['htmlFile']);
    expect(file.startsWith(folder)).toBe(true);
    expect(await readFile(file, 'utf8')).toContain('Alice’s write-up.');
    // Authored pages stay in the store.
    expect(stored('index')?.html).toContain('Welcome.');
    expect(await readdir(folder)).toHaveLength(2);
  });

  it('renders a write-up again when its file is gone', async () => {
    await rm(folder, { recursive: true });
    expect(await build()).toEqual(['pages/index.md', 'writeups/alice.md',
      'writeups/carol/README.md']);
    expect(await readFile(String(stored('writeups/alice')?.metadata?.['htmlFile']), 'utf8'))
      .toContain('Alice’s write-up.');
  });

  it("removes an edited write-up's old file", async () => {
    const before = String(stored('writeups/alice')?.metadata?.['htmlFile']);
    await appendFile(join(root, 'writeups', 'alice.md'), '\nAlice again.\n');
    expect(await build()).toEqual(['pages/index.md', 'writeups/alice.md']);
    const after = String(stored('writeups/alice')?.metadata?.['htmlFile']);
    expect(after).not.toBe(before);
    expect((await readdir(folder)).map((name) => join(folder, name)).sort())
      .toEqual([after, String(stored('writeups/carol')?.metadata?.['htmlFile'])].sort());
  });

  it('takes the HTML back into the store when the pages read it from there', async () => {
    setHtmlOutsideStore(false);
    expect(await build()).toEqual(['pages/index.md']);
    expect(stored('writeups/alice')?.html).toContain('Alice again.');
    expect(stored('writeups/alice')?.metadata?.['htmlFile']).toBeUndefined();
  });
});

describe('the files a write-up names', () => {
  it('are its relative links and images, with their size, or missing', () => {
    const text = '![a](shot.png) [b](./notes/x.md#top) <img src="c%20d.svg"> ' +
      '[web](https://example.com) [top](/rules/) [here](#h)';
    const files = namedFiles(text, join(root, 'writeups', 'carol', 'README.md'));
    expect(files).toEqual(['./notes/x.md missing', 'c%20d.svg missing',
      expect.stringMatching(/^shot\.png 16 \d/)]);
  });
});
