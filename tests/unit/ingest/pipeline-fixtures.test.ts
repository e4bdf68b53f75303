/**
 * Fixture-driven tests for the ingest repairs: each folder in tests/fixtures/pipeline/ holds an
 * `input.md`, the `expected.html` it must render to and the `expected-diagnostics.txt` it must
 * report (`LINE severity rule: message`). `UPDATE_FIXTURES=1` rewrites the expected files; review
 * the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFixture } from './render-fixture.ts';

const root = join(import.meta.dirname, '../../fixtures/pipeline');
const update = process.env['UPDATE_FIXTURES'] === '1';

describe('ingest pipeline fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const dir = join(root, name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      const { html, diagnostics, title } = await renderFixture(input, join(dir, 'input.md'));
      const actualDiagnostics = [`title: ${title ?? '(none)'}`, ...diagnostics].join('\n') + '\n';
      const htmlPath = join(dir, 'expected.html');
      const diagnosticsPath = join(dir, 'expected-diagnostics.txt');
      const create = (path: string) => update || (!existsSync(path) && !process.env['CI']);
      if (create(htmlPath)) writeFileSync(htmlPath, `${html}\n`);
      if (create(diagnosticsPath)) writeFileSync(diagnosticsPath, actualDiagnostics);
      expect(`${html}\n`).toBe(readFileSync(htmlPath, 'utf8'));
      expect(actualDiagnostics).toBe(readFileSync(diagnosticsPath, 'utf8'));
    });
  }
});
