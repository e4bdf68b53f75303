/**
 * Test helper: a ShellCheck checker whose program is a wrapper around the real `shellcheck`
 * that writes `call` to a log at each start (`version` when only asked its version), so a test
 * can count the processes a lint or a page started. Given an earlier helper's `program`, the
 * checker runs that same wrapper (the same file: the disk cache's key) and logs to its log.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createShellChecker, type ShellChecker, type ShellCheckerOptions,
} from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';

export function countingShellChecker(options: ShellCheckerOptions = {}, program?: string):
  { checker: ShellChecker; log: (() => string) & { path: string }; program: string } {
  const dir = program === undefined ? mkdtempSync(join(tmpdir(), 'shipshape-sc-count-'))
    : join(program, '..');
  const log = join(dir, 'calls.log');
  const wrapper = join(dir, 'shellcheck-counting');
  if (program === undefined) {
    writeFileSync(wrapper, `#!/bin/sh\nif [ "$1" = --version ]; then echo version >> '${log}'\n` +
      `else echo call >> '${log}'; fi\nexec shellcheck "$@"\n`);
    chmodSync(wrapper, 0o755);
    writeFileSync(log, '');
  }
  return {
    checker: createShellChecker({ ...options, program: wrapper }),
    log: Object.assign(() => readFileSync(log, 'utf8'), { path: log }),
    program: wrapper,
  };
}
