/**
 * Every example in content/examples/: its Dockerfile gives exactly the findings its
 * example.yaml lists, its .dockerignore keeps tests, caches and virtual environments out of the
 * build context (checked on the zip's file list), its generated commands agree with the
 * Dockerfile, and requirements.txt pins what the in-page runtime runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../../../src/dockerfile/lint.ts';
import { checkBuildContext } from '../../../src/examples/build-context.ts';
import { readTreeText } from '../../../src/examples/example-tree.ts';
import { PYTHON_PACKAGES, readPins } from '../../../src/examples/python-packages.ts';
import { listExamples, readExample } from '../../../src/examples/read-examples.ts';
import { writeZip } from '../../../src/examples/zip.ts';

const root = join(import.meta.dirname, '../../..');
const slugs = listExamples(root);

function zipListing(bytes: Uint8Array): string[] | undefined {
  try {
    const path = join(mkdtempSync(join(tmpdir(), 'shipshape-example-')), 'example.zip');
    writeFileSync(path, bytes);
    return execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')
      .filter((entry) => !entry.endsWith('/'));
  } catch {
    return undefined;
  }
}

describe('content/examples', () => {
  it('has the five lesson stages in order', () => {
    expect(slugs).toEqual(['01-first-dockerfile', '02-hardened-alpine', '03-multi-stage-slim',
      '04-distroless', '05-alpine-build-deps']);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const example = readExample(slug, root);

      it('gives exactly the expected lint findings', () => {
        const { findings } = lintModel(example.model, { hasDockerignore: true, fragment: false });
        expect(findings.map((f) => ({ rule: f.rule, line: f.line })))
          .toEqual(example.meta.findings);
      });

      it('is a complete folder: Dockerfile, app, requirements, tests, README…', () => {
        const paths = example.files.map((f) => f.path);
        for (const path of ['Dockerfile', 'app.py', 'requirements.txt', 'tests/test_app.py',
          'README.md', '.dockerignore']) {
          expect(paths).toContain(path);
        }
        expect(paths).not.toContain('example.yaml');
        expect(readTreeText(example.files, 'README.md')).toContain(example.commands.build);
      });

      it('keeps tests, caches and virtual environments out of the build context', () => {
        const zip = writeZip(example.files);
        const listed = zipListing(zip) ?? example.files.map((f) => f.path);
        expect(listed).toEqual(example.files.map((f) => f.path));
        const check = checkBuildContext(listed, readTreeText(example.files, '.dockerignore'));
        expect(check.leaks).toEqual([]);
        expect(check.unguarded).toEqual([]);
        expect(check.ignored).toContain('tests/test_app.py');
        expect(check.sent).toContain('app.py');
        expect(check.sent).toContain('requirements.txt');
      });

      it('generates commands that agree with the Dockerfile', () => {
        const { commands, meta } = example;
        expect(commands.problems.filter((p) => p.kind === 'mismatch')).toEqual([]);
        expect(commands.port).toBe(meta.port);
        const exposed = example.model.stages.at(-1)?.instructions
          .filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args) ?? [];
        if (exposed.length > 0) expect(exposed).toEqual([String(commands.port)]);
        expect(commands.run).toContain(`-p ${meta.port}:${meta.port}`);
        expect(commands.probe).toBe(`curl http://localhost:${meta.port}${meta.healthPath}`);
        const healthcheck = example.model.stages.at(-1)?.instructions
          .find((i) => i.keyword === 'HEALTHCHECK');
        if (healthcheck === undefined) {
          expect(commands.healthcheckUrl).toBeUndefined();
        } else {
          expect(commands.healthcheckUrl).toBe(`http://localhost:${meta.port}${meta.healthPath}`);
          expect(commands.inspect).toContain(commands.container);
        }
      });

      // The versions differ: the runtime's are Debian 13's builds, the pins releases with no
      // known advisory (python-advisories.test.ts); Run names the difference.
      it('pins every package the in-page runtime carries', () => {
        const pins = readPins(readTreeText(example.files, 'requirements.txt') ?? '');
        for (const pkg of PYTHON_PACKAGES) expect(pins.get(pkg.name.toLowerCase())).toBeDefined();
      });
    });
  }
});
