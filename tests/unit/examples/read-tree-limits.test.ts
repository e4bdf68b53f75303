/**
 * An example folder holds regular files of at most MAX_EXAMPLE_FILE_BYTES: a larger file, or a
 * symbolic link (it could lead out of content/), is a content error that names the file as the
 * author knows it (`content/examples/<slug>/…`), never by the build machine's absolute path.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree } from '../../../src/examples/read-examples.ts';
import { ContentError } from '../../../src/shared/content-error.ts';
import { MAX_EXAMPLE_FILE_BYTES } from '../../../src/shared/limits.ts';

const root = mkdtempSync(join(tmpdir(), 'shipshape-example-tree-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\n');
  return dir;
}

function refusal(dir: string): ContentError {
  try {
    readTree(dir, 'content/examples/06-big');
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('readTree accepted the folder');
}

describe('readTree on an example folder', () => {
  it('refuses a file over the limit, named by its path under content/', () => {
    const dir = folder('big');
    writeFileSync(join(dir, 'data', 'dump.bin'), new Uint8Array(MAX_EXAMPLE_FILE_BYTES + 1));
    const error = refusal(dir);
    expect(error.message).toMatch(/^content\/examples\/06-big\/data\/dump\.bin: found a file of /);
    expect(error.message).not.toContain(root);
  });

  it('refuses a symbolic link, named by its path under content/', () => {
    const dir = folder('link');
    symlinkSync('/etc/passwd', join(dir, 'data', 'passwd'));
    const error = refusal(dir);
    expect(error.message).toMatch(/^content\/examples\/06-big\/data\/passwd: found a symbolic /);
    expect(error.message).not.toContain(root);
  });

  it('reads a folder of regular files under the limit', () => {
    expect(readTree(folder('fine')).map((file) => file.path)).toEqual(['Dockerfile']);
  });
});
