/**
 * Tests for the ingest stage in `astro dev` (src/loaders/watch-content.ts): which entry a changed
 * path belongs to, and whether it is still there — any file of a write-up folder means the
 * folder's write-up, a `.md` directly in the write-ups folder its own, a page's file its page;
 * and a file that changes again after it was read, with no event for it, is read again.
 */
import {
  existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { changeAt, watchContent } from '../../../src/loaders/watch-content.ts';

const root = mkdtempSync(join(tmpdir(), 'watch-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pages = join(root, 'content/pages');
const writeups = join(root, 'content/writeups');
mkdirSync(join(writeups, 'app'), { recursive: true });
mkdirSync(pages, { recursive: true });
writeFileSync(join(writeups, 'app/DOCKER.md'), '# App\n');
writeFileSync(join(writeups, 'app/Dockerfile'), 'FROM alpine\n');
writeFileSync(join(writeups, 'solo.md'), '# Solo\n');
writeFileSync(join(pages, 'index.md'), '---\ntitle: Home\n---\n');
const at = (path: string) => changeAt(join(root, path), pages, writeups, existsSync);

describe('changeAt', () => {
  it('takes a folder file (Dockerfile, .dockerignore) for its folder\'s write-up', () => {
    for (const file of ['Dockerfile', '.dockerignore', 'src/app.py', 'DOCKER.md']) {
      const change = at(`content/writeups/app/${file}`);
      expect(change?.kind === 'writeup' && [change.id, change.writeup?.markdown])
        .toEqual(['writeups/app', join(writeups, 'app/DOCKER.md')]);
    }
  });

  it('takes a Markdown file in the write-ups folder for its own write-up', () => {
    const change = at('content/writeups/solo.md');
    expect(change?.kind === 'writeup' && [change.id, change.writeup?.folder])
      .toEqual(['writeups/solo', undefined]);
  });

  it('finds a write-up gone when its folder has no Markdown file left, or is gone', () => {
    unlinkSync(join(writeups, 'app/DOCKER.md'));
    expect(at('content/writeups/app/DOCKER.md')).toEqual({ kind: 'writeup', id: 'writeups/app',
      writeup: undefined });
    rmSync(join(writeups, 'app'), { recursive: true });
    expect(at('content/writeups/app')).toEqual({ kind: 'writeup', id: 'writeups/app',
      writeup: undefined });
  });

  it('takes a page\'s file for its page, gone when deleted', () => {
    expect(at('content/pages/index.md')).toEqual({ kind: 'page', id: 'index',
      path: join(pages, 'index.md') });
    expect(at('content/pages/old.md')).toEqual({ kind: 'page', id: 'old', path: undefined });
  });

  it('leaves alone what is no page: hidden files, other files, other folders', () => {
    expect(at('content/writeups/.DS_Store')).toBeUndefined();
    expect(at('content/pages/logo.png')).toBeUndefined();
    expect(at('content/data/base-images.yaml')).toBeUndefined();
  });
});

describe('watchContent', () => {
  it('reads a file again when it changed after it was read and no event came', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'watch-content-settle-'));
    const [pagesDir, writeupsDir] = [join(dir, 'pages'), join(dir, 'writeups')];
    mkdirSync(join(writeupsDir, 'app'), { recursive: true });
    mkdirSync(pagesDir);
    const dockerfile = join(writeupsDir, 'app/Dockerfile');
    writeFileSync(join(writeupsDir, 'app/DOCKER.md'), '# App\n');
    const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
    const ctx = { watcher, store: { has: () => true, delete: () => {} },
      logger: { info: () => {} } } as unknown as LoaderContext;
    const seen: string[] = [];
    watchContent(ctx, pagesDir, writeupsDir, existsSync, {
      load: async () => { seen.push(readFileSync(dockerfile, 'utf8')); },
      settle: async () => {},
    }, 40);
    // Emptied and reported: chokidar drops the `change` of the write that follows within 50 ms.
    writeFileSync(dockerfile, '');
    watcher.emit('change', dockerfile);
    await new Promise((resolve) => setTimeout(resolve, 10));
    writeFileSync(dockerfile, 'FROM python:3.13-alpine\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toEqual(['', 'FROM python:3.13-alpine\n']);
    // Nothing changed since: read no more.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(seen).toHaveLength(2);
    rmSync(dir, { recursive: true, force: true });
  });
});
