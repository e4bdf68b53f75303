/**
 * Issue 14, `astro dev` on a guide whose write-ups are being edited: a copy of the project with a
 * small content folder is served by `astro dev`, its files are edited, added and deleted as an
 * author would, and the pages are fetched until they show the change (each wait is bounded; no
 * duration is asserted). Covers a folder write-up's files (Dockerfile, .dockerignore, its
 * Markdown), single-file write-ups, the same-title step (src/loaders/distinguish-titles.ts) on one
 * edit, and a deleted write-up, whose page goes while the others keep working.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, buildEnv, prepareFixture } from './build-fixture.ts';

const root = join(import.meta.dirname, '../..');
const DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n';
let dir: string;
let server: ChildProcess;
let address = '';
let output = '';

const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(new URL(path, address));
  return { status: response.status, html: await response.text() };
}

/** The page's `<title>` text, up to Starlight's ` | site` suffix. */
const titleOf = (html: string) => /<title>(.*?)(?: \| [^<]*)?<\/title>/s.exec(html)?.[1];

/** Fetches `path` until `ready` holds for what came back; fails with the last answer if never. */
async function until(path: string, ready: (page: { status: number; html: string }) => boolean,
  what: string): Promise<{ status: number; html: string }> {
  let last = { status: 0, html: '' };
  for (let attempt = 0; attempt < 60; attempt++) {
    last = await get(path).catch(() => ({ status: 0, html: '' }));
    if (ready(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${path}: never ${what}; last answer ${last.status}, title ` +
    `${titleOf(last.html)}\n--- astro dev said:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  dir = prepareFixture({
    'content/pages/index.md': '---\ntitle: Home\n---\n\nHello.\n',
    'content/writeups/app/DOCKER.md': '# App in a box\n\nThe first text.\n',
    'content/writeups/app/Dockerfile': DOCKERFILE,
    'content/writeups/solo.md': '# Docker Best Practices\n\nSolo.\n',
    'content/writeups/twin/README.md': '# Docker Best Practices\n\nTwin.\n',
  });
  // Built first: `astro build` keeps the write-ups' HTML in files, which `astro dev` does not
  // read (src/shared/html-outside-store.ts); it takes the pages back into the store.
  const built = build(dir);
  if (built.code !== 0) throw new Error(`the build failed:\n${built.output}`);
  // Port 0: the system picks a free one, and astro dev prints it.
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev',
    '--port', '0', '--host', '127.0.0.1'], { cwd: dir, env: buildEnv() });
  const seen = new Promise<void>((resolve, reject) => {
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (found?.[1]) {
        address = found[1];
        resolve();
      }
    };
    server.stdout?.on('data', take);
    server.stderr?.on('data', take);
    server.on('exit', (code) => reject(new Error(`astro dev ended (${code}):\n${output}`)));
  });
  await seen;
}, 180_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev after astro build', () => {
  it("serves the write-ups whose HTML the build kept outside the store", async () => {
    const solo = await until('/writeups/solo/', (page) => page.status === 200, 'served');
    expect(solo.html).toContain('<p>Solo.</p>');
  });
});

describe('astro dev reloads a folder write-up', () => {
  it('serves it with its Dockerfile', async () => {
    const page = await until('/writeups/app/', (p) => p.status === 200, 'served');
    expect(page.html).toContain('The first text.');
    expect(page.html).toContain('python:3.12-slim');
  });

  it('shows an edited Dockerfile', async () => {
    write('content/writeups/app/Dockerfile', DOCKERFILE.replace('python:3.12-slim',
      'python:3.13-alpine'));
    const page = await until('/writeups/app/', (p) => p.html.includes('python:3.13-alpine'),
      'showed the edited Dockerfile');
    expect(page.html).not.toContain('python:3.12-slim');
  });

  it('shows an added .dockerignore, and no longer once it is deleted', async () => {
    write('content/writeups/app/.dockerignore', 'venv-left-out-by-dockerignore/\n');
    await until('/writeups/app/', (p) => p.html.includes('venv-left-out-by-dockerignore'),
      'showed the added .dockerignore');
    unlinkSync(join(dir, 'content/writeups/app/.dockerignore'));
    await until('/writeups/app/', (p) => p.status === 200 &&
      !p.html.includes('venv-left-out-by-dockerignore'), 'dropped the deleted .dockerignore');
  });

  it('shows its edited Markdown', async () => {
    write('content/writeups/app/DOCKER.md', '# App in a box\n\nThe second text.\n');
    await until('/writeups/app/', (p) => p.html.includes('The second text.'),
      'showed the edited text');
  });
});

describe('astro dev keeps same titles told apart', () => {
  it('tells two write-ups of one title apart at the start', async () => {
    const solo = await until('/writeups/solo/', (p) => p.status === 200, 'served');
    expect(titleOf(solo.html)).toBe('Docker Best Practices (solo)');
  });

  it('gives the other its plain title back when one is retitled', async () => {
    write('content/writeups/twin/README.md', '# Twin notes\n\nTwin.\n');
    await until('/writeups/twin/', (p) => titleOf(p.html) === 'Twin notes', 'retitled');
    await until('/writeups/solo/', (p) => titleOf(p.html) === 'Docker Best Practices',
      'lost its suffix');
  });

  it('tells a newly added write-up of the same title apart', async () => {
    write('content/writeups/added.md', '# Docker Best Practices\n\nAdded.\n');
    await until('/writeups/added/', (p) => titleOf(p.html) === 'Docker Best Practices (added)',
      'served with its name after the title');
    const solo = await until('/writeups/solo/',
      (p) => titleOf(p.html) === 'Docker Best Practices (solo)', 'told apart from the added one');
    // The sidebar is made from the write-ups there are now, not those of the start.
    expect(solo.html).toContain('href="/writeups/added/"');
  });
});

describe('astro dev drops a deleted write-up', () => {
  it('drops a deleted single-file write-up, and the other pages keep working', async () => {
    unlinkSync(join(dir, 'content/writeups/added.md'));
    await until('/writeups/added/', (p) => p.status === 404, 'gone');
    await until('/writeups/solo/', (p) => p.status === 200 &&
      titleOf(p.html) === 'Docker Best Practices', 'served alone under its title');
  });

  it('drops a folder write-up whose Markdown file is deleted', async () => {
    unlinkSync(join(dir, 'content/writeups/app/DOCKER.md'));
    await until('/writeups/app/', (p) => p.status === 404, 'gone');
    const twin = await get('/writeups/twin/');
    expect(twin.status).toBe(200);
    expect(twin.html).not.toContain('href="/writeups/app/"');
  });

  it('drops a deleted write-up folder', async () => {
    rmSync(join(dir, 'content/writeups/twin'), { recursive: true });
    await until('/writeups/twin/', (p) => p.status === 404, 'gone');
    expect((await get('/')).status).toBe(200);
  });
});
