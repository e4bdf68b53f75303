/**
 * Outputs stage, command line: `--fix` for one file. Applies the engine's fixes
 * (`src/dockerfile/fixes/`), then either writes the file in place and says on stderr what was
 * fixed, or — with `--dry-run` — returns the unified diff and writes nothing. The caller lints
 * the returned text, so what is printed afterwards is what is left to fix by hand.
 */
import { applyFixes } from '../dockerfile/fixes/index.ts';
import type { LintResult } from '../dockerfile/lint.ts';
import { terminalSafe } from '../shared/terminal-text.ts';
import type { CliIO } from './lint-command.ts';
import { unifiedDiff } from './unified-diff.ts';

export interface FixOutcome {
  /** The text to lint now: fixed, or the original when nothing applied. */
  text: string;
  /** With `--dry-run`: the diff ('' when nothing changes). */
  diff: string;
  /** The file could not be written. */
  failed: boolean;
}

export async function fixFile(path: string, name: string, text: string, dryRun: boolean,
  io: CliIO, lint: (text: string) => LintResult): Promise<FixOutcome> {
  const result = applyFixes(text, lint);
  if (result.refused !== undefined) {
    io.stderr(`shipshape: ${terminalSafe(name)}: --fix: ${result.refused}\n`);
  }
  if (result.text === text) return { text, diff: '', failed: false };
  if (dryRun) {
    return { text: result.text, diff: unifiedDiff(name, text, result.text), failed: false };
  }
  try {
    if (io.writeFile === undefined) throw new Error('no file writing here');
    await io.writeFile(path, result.text);
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    io.stderr(`shipshape: ${terminalSafe(name)}: --fix: cannot write the file (${reason})\n`);
    return { text, diff: '', failed: true };
  }
  const rules = [...new Set(result.applied.map((fix) => fix.rule))].join(', ');
  const count = result.applied.length;
  io.stderr(`shipshape: ${terminalSafe(name)}: fixed ${count} finding${count === 1 ? '' : 's'} ` +
    `(${rules})\n`);
  return { text: result.text, diff: '', failed: false };
}
