/**
 * Test helper: a ShellCheck checker whose program is a wrapper around the real `shellcheck`
 * that writes `call` to a log at each start, so a test can count the processes a lint or a
 * page started.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createShellChecker, type ShellChecker,
} from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';

export function countingShellChecker(): { checker: ShellChecker; log(): string } {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-count-'));
  const log = join(dir, 'calls.log');
  const wrapper = join(dir, 'shellcheck-counting');
  writeFileSync(wrapper, `#!/bin/sh\necho call >> '${log}'\nexec shellcheck "$@"\n`);
  chmodSync(wrapper, 0o755);
  writeFileSync(log, '');
  return {
    checker: createShellChecker({ program: wrapper }),
    log: () => readFileSync(log, 'utf8'),
  };
}
