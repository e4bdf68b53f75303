/**
 * The command checks (published ports, image names, EXPOSEd ports) run on the tree the pipeline
 * parsed (src/render/remark-command-findings.ts): for every write-up they find what each check
 * finds in a parse of its own of the repaired text, at the same lines of the author's file.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWriteups } from '../../../src/bundle/find-writeups.ts';
import { bundleDockerfiles } from '../../../src/bundle/bundle-data.ts';
import { readBundle } from '../../../src/bundle/read-bundle.ts';
import { checkExposedPorts } from '../../../src/examples/check-exposed-ports.ts';
import { checkImageNames } from '../../../src/examples/check-image-names.ts';
import { checkPublishedPorts } from '../../../src/examples/check-published-ports.ts';
import { repairSource } from '../../../src/ingest/repair-source.ts';
import { readEntry } from '../../../src/loaders/read-entry.ts';
import { renderWriteupClaims } from './pipeline-claims.ts';

const folders = ['content/writeups', 'tests/fixtures/bundles', 'tests/fixtures/pipeline'];

describe('the command checks in the pipeline', { timeout: 60_000 }, () => {
  it('find in its tree what a parse of their own finds', async () => {
    let total = 0;
    for (const folder of folders) {
      for (const writeup of findWriteups(folder).writeups) {
        const path = relative(process.cwd(), writeup.markdown);
        const repaired = repairSource(readEntry(readFileSync(writeup.markdown, 'utf8'), path).body);
        const main = writeup.folder === undefined ? undefined : bundleDockerfiles(readBundle(
          writeup.folder, basename(writeup.markdown), relative(process.cwd(), writeup.folder)))[0];
        const alone = [
          ...checkPublishedPorts(repaired.text, path).map((f) => ({ title: 'Port check', ...f })),
          ...checkImageNames(repaired.text, path).map((f) => ({ title: 'Image name check', ...f })),
          ...(main?.text === undefined ? [] : checkExposedPorts(repaired.text, path, main.text,
            main.path).map((f) => ({ title: 'Port check', ...f }))),
        ].map((f) => ({ title: f.title, ruleId: f.ruleId, column: f.column, message: f.message,
          line: repaired.origins[f.line - 1] ?? f.line }));
        const { findings } = await renderWriteupClaims(writeup);
        expect(findings.map((f) => ({ title: f.title, ruleId: f.ruleId, column: f.column,
          message: f.message, line: f.line })), path).toEqual(alone);
        total += findings.length;
      }
    }
    expect(total).toBeGreaterThan(0);
  });
});
