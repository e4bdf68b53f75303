/**
 * Issue 15, one reader per input, the course: the plugin reads the syllabus once when Astro
 * loads its config and hands the text to both the sidebar and the course loader (through
 * `virtual:shipshape/options`); the course loader reads neither the syllabus nor any
 * `example.yaml` (the examples loader hands it the examples: src/loaders/loader-handoff.ts).
 * File reads are counted on `node:fs` and `node:fs/promises` themselves.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, default: actual, readFileSync: vi.fn(actual.readFileSync) };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, default: actual, readFile: vi.fn(actual.readFile) };
});

const { default: shipshape } = await import('../../../src/plugin/index.ts');
const { loadCourse } = await import('../../../src/loaders/load-course.ts');
const { Handoff } = await import('../../../src/loaders/loader-handoff.ts');

const repo = join(import.meta.dirname, '../../..');
const syncReads = vi.mocked(fs.readFileSync);
const asyncReads = vi.mocked(fsp.readFile);
const readsOf = (test: (path: string) => boolean): number =>
  [...syncReads.mock.calls, ...asyncReads.mock.calls]
    .filter(([path]) => test(resolve(String(path)))).length;

describe('the syllabus, read once', () => {
  it('when the config loads, for the sidebar and the course loader alike', () => {
    syncReads.mockClear();
    asyncReads.mockClear();
    const updates: Array<Record<string, unknown>> = [];
    const integrations: AstroIntegration[] = [];
    const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
    const plugin = shipshape({ features: { shellcheck: false, subsetFonts: false } });
    const setup = plugin.hooks['config:setup'] as (args: unknown) => void;
    setup({ config: {}, command: 'build', logger,
      astroConfig: { root: pathToFileURL(`${repo}/`), base: '/',
        markdown: { processor: unified() } },
      updateConfig: (update: Record<string, unknown>) => updates.push(update),
      addIntegration: (integration: AstroIntegration) => integrations.push(integration),
      addRouteMiddleware: () => {} });
    const sidebar = updates.flatMap((u) => (u['sidebar'] ?? []) as Array<{ label: string;
      items: unknown[] }>);
    const course = sidebar.find((group) => group.label === 'Course');
    expect(course?.items.slice(0, 2)).toEqual([{ label: 'Syllabus', link: '/syllabus/' },
      { slug: 'lessons/first-dockerfile' }]);

    const own = integrations.find((i) => i.name === 'shipshape')!;
    let virtualCode = '';
    const watched: string[] = [];
    (own.hooks['astro:config:setup'] as (args: unknown) => void)({
      config: { root: pathToFileURL(`${repo}/`), base: '/', redirects: {} },
      injectRoute: () => {},
      addWatchFile: (path: string) => watched.push(path),
      updateConfig: (update: { vite?: { plugins?: Array<{ load: (id: string) => string }> } }) => {
        const virtual = update.vite?.plugins?.[0];
        if (virtual) virtualCode = virtual.load('\0virtual:shipshape/options');
      },
    });
    const handed = JSON.parse(/export const syllabus = (.*);$/m.exec(virtualCode)?.[1] ?? 'null');
    const path = join(repo, 'content/syllabus.yaml');
    expect(handed).toEqual({ file: 'content/syllabus.yaml',
      text: fs.readFileSync(path, 'utf8') });
    // `astro dev` restarts on an edit and reads it again then.
    expect(watched).toContain(path);
    // The one read above in this test, and the plugin's.
    expect(readsOf((p) => p === path)).toBe(2);
  });
});

const root = await mkdtemp(join(tmpdir(), 'shipshape-course-once-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the course loader', () => {
  const text = 'title: Course\nintro: Why this course.\nlessons:\n  - slug: one\n    title: One\n' +
    '    objectives: [Build it.]\n    minutes: 5\n    sources:\n      - example: ex-one\n';

  it('composes the course from the text and examples it is handed, reading neither', async () => {
    syncReads.mockClear();
    asyncReads.mockClear();
    const store = new MutableDataStore();
    const ctx = {
      collection: 'docs',
      store: store.scopedStore('docs'),
      meta: store.metaStore('docs'),
      logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
      config: { root: pathToFileURL(`${root}/`), base: '/' },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: unknown) =>
        createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16),
      renderMarkdown: async (content: string) =>
        ({ html: `<p>${content.split('\n---\n')[1]?.trim() ?? ''}</p>`, metadata: {} }),
    } as unknown as LoaderContext;
    const examples = new Handoff<Array<{ slug: string; title: string; shows: string }>>();
    examples.give([{ slug: 'ex-one', title: 'Example one, handed over', shows: 'It shows.' }]);
    // Neither the syllabus nor the examples' folder exists on disk: only what is handed over.
    await loadCourse(ctx, { source: { file: 'content/syllabus.yaml', text },
      exampleListing: examples, ownWriteups: true });
    const lesson = store.scopedStore('docs').get('lessons/one');
    expect(lesson?.data['title']).toBe('One');
    expect(lesson?.rendered?.html).toContain('Example one, handed over');
    expect(readsOf((p) => p.endsWith('syllabus.yaml') || p.endsWith('example.yaml'))).toBe(0);
  });
});
