/**
 * "Run it here" runtime files: the integration writes Pyodide's files, the packages archive and
 * the worker into `<outDir>/pyodide/` (the worker importing the sibling `./pyodide.mjs`, not a
 * bundled copy, not a CDN); without the packages it writes nothing and warns once, saying what
 * to run.
 */
import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PYODIDE_FILES, WORKER_FILE } from '../../../src/examples/pyodide-asset-names.ts';
import { pyodideAssets, unavailableReason } from '../../../src/examples/pyodide-assets.ts';
import { pyodideAssetsIntegration } from
  '../../../src/examples/pyodide-assets-integration.ts';
import { packagesStatus } from '../../../src/examples/pyodide-node.ts';
import { skipUnlessCi } from '../../require-or-skip.ts';

const root = join(import.meta.dirname, '../../..');
const packages = packagesStatus(root);
/** The tests that need `npm run setup:python`'s packages skip without them (not under CI). */
const noPackages = skipUnlessCi(packages.available ? undefined : packages.reason);

type Hook = (options: unknown) => Promise<void> | void;

/** Runs the integration's config and build-done hooks as Astro would, for a project `at`. */
async function buildDone(at: string): Promise<{ out: string; warnings: string[] }> {
  const integration = pyodideAssetsIntegration();
  const hooks = integration.hooks as Record<string, Hook>;
  await hooks['astro:config:setup']?.({ config: { root: pathToFileURL(`${at}/`),
    base: '/courses/docker' } });
  const out = mkdtempSync(join(tmpdir(), 'shipshape-dist-'));
  onTestFinished(() => rmSync(out, { recursive: true, force: true }));
  const warnings: string[] = [];
  const logger = { warn: (line: string) => warnings.push(line), info: () => undefined };
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${out}/`), logger });
  return { out, warnings };
}

describe('pyodideAssetsIntegration', () => {
  it.skipIf(noPackages)('writes the runtime into pyodide/', async () => {
    const { out, warnings } = await buildDone(root);
    expect(warnings).toEqual([]);
    expect(readdirSync(join(out, 'pyodide')).sort()).toEqual(
      [...PYODIDE_FILES, 'site-packages.zip', WORKER_FILE].sort());
    const worker = readFileSync(join(out, 'pyodide', WORKER_FILE), 'utf8');
    expect(worker).toContain('import("./pyodide.mjs")');
    expect(worker).not.toMatch(/https?:\/\/(?!localhost)/);
  }, 60_000);

  it('copies nothing without the packages, and says what to run', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'shipshape-bare-'));
    mkdirSync(join(bare, 'content/examples'), { recursive: true });
    const { out, warnings } = await buildDone(bare);
    expect(existsSync(join(out, 'pyodide'))).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^"Run it here" is disabled on example pages: /);
    expect(warnings[0]).toMatch(/`npm run setup:python`.*Then build the site again\.$/s);
  });

  it('says nothing in a guide without examples', async () => {
    const { out, warnings } = await buildDone(mkdtempSync(join(tmpdir(), 'shipshape-bare-')));
    expect([warnings, existsSync(join(out, 'pyodide'))]).toEqual([[], false]);
  });
});

describe('pyodideAssets', () => {
  it.skipIf(noPackages)('lists the files with their sources', () => {
    const status = pyodideAssets(root);
    expect(status.available ? status.files.map((f) => f.name) : status.reason).toEqual(
      [...PYODIDE_FILES, 'site-packages.zip']);
  });

  it('names the missing archive', () => {
    const status = pyodideAssets(mkdtempSync(join(tmpdir(), 'shipshape-bare-')));
    expect(status.available ? '' : status.reason).toMatch(/site-packages\.zip/);
  });

  it('ends the reason with what to do after the fix', () => {
    expect(unavailableReason('no archive: run `npm run setup:python` first.'))
      .toBe('no archive: run `npm run setup:python` first. Then build the site again.');
  });
});
