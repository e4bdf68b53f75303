/** `shipshape build --content DIR`: what it asks the build for, and what it refuses. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planBuild, projectRoot } from '../../../src/cli/build-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planBuild', () => {
  it('hands a relative --content to the build as an absolute SHIPSHAPE_CONTENT', () => {
    expect(planBuild(['--content', '.'], dir)).toEqual(
      { kind: 'run', env: { SHIPSHAPE_CONTENT: dir }, content: dir });
    expect(planBuild([], dir)).toEqual({ kind: 'run', env: {}, content: undefined });
  });

  it('refuses a missing folder, a file and unknown options with a sentence', () => {
    writeFileSync(join(dir, 'a.md'), '# A\n');
    expect(planBuild(['--content', 'nope'], dir)).toEqual({ kind: 'error',
      message: expect.stringMatching(/^--content `nope` does not exist; expected a folder/) });
    expect(planBuild(['--content', 'a.md'], dir)).toMatchObject({ kind: 'error',
      message: expect.stringMatching(/is a file; expected a folder/) });
    expect(planBuild(['--out', 'x'], dir)).toMatchObject({ kind: 'error' });
    expect(planBuild(['--help'], dir)).toEqual({ kind: 'help' });
  });

  it('finds the project folder from the bundled CLI', () => {
    const root = join(import.meta.dirname, '../../..');
    expect(projectRoot(join(root, '.cache/cli'))).toBe(join(root));
  });
});
