/**
 * Issue 15, one reader per input: the examples loader reads each file of `content/examples/`
 * once (the shared app's files once for all five examples, each `example.yaml` and
 * `walkthrough.md` once) and stores the example on its entry (src/examples/stored-example.ts);
 * the page's "Run it here" data and the `.zip` are made from the stored entry, as Astro's store
 * serializes it (devalue), with the same bytes as from the folder, and without reading it again.
 * The titles of the write-ups `basedOn` names are handed over by the guide loader, not read from
 * the write-ups' files (src/loaders/loader-handoff.ts). File reads are counted on `node:fs`.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readFileSync as readText } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, default: actual, readFileSync: vi.fn(actual.readFileSync) };
});

const { examplesLoader } = await import('../../../src/loaders/examples-loader.ts');
const { loaderHandoffs } = await import('../../../src/loaders/loader-handoff.ts');
const { readExample } = await import('../../../src/examples/read-examples.ts');
const { exampleFromStore, storedExampleSchema } =
  await import('../../../src/examples/stored-example.ts');
const { exampleZip } = await import('../../../src/examples/example-zip.ts');
const { runHereData } = await import('../../../src/examples/run-here-data.ts');
const { exampleSidebarItems } = await import('../../../src/examples/sidebar-items.ts');

const root = join(import.meta.dirname, '../../..');
const examplesDir = join(root, 'content/examples');
const reads = vi.mocked(fs.readFileSync);

/** How often each file under content/examples/ was read, by its path there. */
function readsOfExamples(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [path] of reads.mock.calls) {
    const rel = relative(examplesDir, String(path));
    if (rel.startsWith('..')) continue;
    counts.set(rel, (counts.get(rel) ?? 0) + 1);
  }
  return counts;
}

const store = new MutableDataStore();

async function load() {
  const ctx = {
    collection: 'examples',
    store: store.scopedStore('examples'),
    meta: store.metaStore('examples'),
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    config: { root: pathToFileURL(`${root}/`), base: '/' },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) =>
      createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16),
    renderMarkdown: async () => ({ html: '<p>page</p>', metadata: {} }),
  } as unknown as LoaderContext;
  const handoffs = loaderHandoffs();
  // The guide loader's titles of the write-ups the examples are based on (loader-handoff.ts).
  handoffs.writeups.give(['containerizing-the-vote-service', 'lab-02-docker-containerization',
    'containerization-details'].map((name) => ({ name, title: name, url: `/writeups/${name}/` })));
  await examplesLoader({ handoffs }).load(ctx);
  return handoffs;
}

describe('the examples, read once', () => {
  // Braces: a function returned from beforeEach is run as its cleanup.
  beforeEach(() => {
    reads.mockClear();
  });

  it('the loader reads every file of the examples folder once', async () => {
    const handoffs = await load();
    // The course gets the examples from the loader (loader-handoff.ts), in lesson order.
    expect((await handoffs.examples.take()).map((e) => e.slug)).toEqual(['01-first-dockerfile',
      '02-hardened-alpine', '03-multi-stage-slim', '04-distroless', '05-alpine-build-deps']);
    // `basedOn` titles come from the guide loader: no write-up is read here.
    expect(reads.mock.calls.filter(([path]) => String(path).includes('content/writeups/')))
      .toEqual([]);
    const counts = readsOfExamples();
    expect(counts.size).toBeGreaterThan(20);
    expect(counts.get('_app/app.py')).toBe(1);
    expect(counts.get('01-first-dockerfile/example.yaml')).toBe(1);
    expect(counts.get('03-multi-stage-slim/walkthrough.md')).toBe(1);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('pages and zips are made from the stored entries, with the folder\'s bytes', () => {
    const entries = store.scopedStore('examples').values();
    expect(entries.map((e) => e.id)).toEqual(['01-first-dockerfile', '02-hardened-alpine',
      '03-multi-stage-slim', '04-distroless', '05-alpine-build-deps']);
    // Read from the folder here, as the pages did before; then counted afresh below.
    const fromFolder = entries.map((e) => readExample(e.id, root));
    reads.mockClear();
    // What a page gets back from Astro's store: the entry's data through devalue.
    const data = devalue.parse(devalue.stringify(entries.map((e) => e.data))) as
      Array<{ example: unknown }>;
    entries.forEach((_entry, i) => {
      const example = exampleFromStore(storedExampleSchema.parse(data[i]?.example));
      const expected = fromFolder[i]!;
      expect(Buffer.from(exampleZip(example))).toEqual(Buffer.from(exampleZip(expected)));
      const options = { base: '/', root, dataset: [] };
      expect(runHereData(example, options)).toEqual(runHereData(expected, options));
      expect(example.walkthrough).toBe(expected.walkthrough);
    });
    expect(readsOfExamples()).toEqual(new Map());
  });

  it('the sidebar\'s "Examples" group reads each example.yaml once, with the config', () => {
    const items = exampleSidebarItems(root);
    expect(items.map((item) => item.link)).toEqual(['/examples/', '/examples/01-first-dockerfile/',
      '/examples/02-hardened-alpine/', '/examples/03-multi-stage-slim/',
      '/examples/04-distroless/', '/examples/05-alpine-build-deps/']);
    const counts = readsOfExamples();
    expect([...counts.keys()].every((path) => path.endsWith('/example.yaml'))).toBe(true);
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
  });

  it('the example page, its zip and "Run it here" do not read the folder', () => {
    for (const file of ['src/routes/examples/[slug].astro', 'src/routes/examples/[slug].zip.ts',
      'src/components/RunHere.astro']) {
      const source = readText(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/\b(readExample|listExamples|readExamples)\b/);
    }
  });
});
