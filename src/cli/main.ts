/**
 * Outputs stage, command line entry: wires `runCli` to the process (files, stdin, exit code).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runCli } from './lint-command.ts';
import { createShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import { terminalSafe } from '../shared/terminal-text.ts';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    readStdin,
    hasDockerignore: (path) => existsSync(join(dirname(path), '.dockerignore')),
    readDockerignore: (path) => {
      try {
        return readFileSync(join(dirname(path), '.dockerignore'), 'utf8');
      } catch {
        return undefined;
      }
    },
    shellcheck: createShellChecker({ onUnavailable: (reason) =>
      process.stderr.write(`shipshape: shell checks are off: ${terminalSafe(reason)}\n`) }),
  });
} catch (error) {
  // A bug in shipshape itself: say so in one line, without a stack trace.
  process.stderr.write(
    `shipshape: internal error: ${terminalSafe(String((error as Error).message ?? error))}\n`);
  process.exitCode = 3;
}
