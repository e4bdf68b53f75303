/**
 * Analyse stage, Dockerfile engine, ShellCheck (pure): the shell each RUN is read with, from
 * `SHELL` instructions and `# hadolint shell=` pragmas, tracked as hadolint's ShellCheck rule
 * tracks them (`src/Hadolint/Rule/Shellcheck.hs` at 8f936c5: its `Acc`, `newStage`, `setShell`,
 * `shellPragma`; cases from `test/Hadolint/Rule/ShellcheckSpec.hs`):
 * - until the first FROM, ARG, ENV, SHELL or shell pragma, nothing is set; a shell pragma read
 *   then is the file's default, the shell of every stage not built on another;
 * - inside a stage, a SHELL or a shell pragma sets the shell for the rest of the stage, the
 *   later of the two winning;
 * - a stage built `FROM` an earlier stage's name starts with the shell that stage ended with
 *   (the first stage of that name), pragma or SHELL alike; any other stage starts with the
 *   file's default (`/bin/sh` without one).
 * Stage names are compared case-insensitively, as the builder does (hadolint: exactly).
 */
import type { DockerfileModel } from '../model.ts';
import { readPragmas } from '../suppress/pragmas.ts';

const DEFAULT_SHELL = '/bin/sh';

/** The shell (as written: `/bin/bash`, `powershell.exe`) of each RUN, by its first line. */
export function runShells(model: DockerfileModel): Map<number, string> {
  const pragmas = readPragmas(model).shells;
  const events = [
    ...model.instructions.map((instruction) => ({ line: instruction.line, instruction })),
    ...pragmas.map((pragma) => ({ line: pragma.line, pragma: pragma.shell })),
  ].sort((a, b) => a.line - b.line);
  /** Hadolint's `Empty`: nothing read yet that sets the state. */
  let started = false;
  let shell = DEFAULT_SHELL;
  let fileDefault = DEFAULT_SHELL;
  /** Each stage's shell as it stands, and its name (lower case), by stage index. */
  const stageShell = new Map<number, string>();
  const stageIndexByName = new Map<string, number>();
  let current = -1;
  const byRun = new Map<number, string>();
  for (const event of events) {
    if ('pragma' in event) {
      if (!started) fileDefault = event.pragma;
      started = true;
      shell = event.pragma;
      stageShell.set(current, shell);
      continue;
    }
    const { instruction } = event;
    switch (instruction.keyword) {
      case 'FROM': {
        const stage = model.stages[instruction.stage];
        if (!stage) break;
        const parent = started ? stageIndexByName.get(stage.image.toLowerCase()) : undefined;
        shell = parent === undefined ? fileDefault : stageShell.get(parent) ?? fileDefault;
        started = true;
        current = stage.index;
        stageShell.set(current, shell);
        const name = stage.name?.toLowerCase();
        // The first stage of a name is the one hadolint looks up.
        if (name !== undefined && !stageIndexByName.has(name)) {
          stageIndexByName.set(name, current);
        }
        break;
      }
      case 'ARG':
      case 'ENV':
        started = true;
        break;
      case 'SHELL':
        started = true;
        // A SHELL not in JSON form names no shell we can read: its RUNs are not checked.
        shell = instruction.json?.[0] ?? '';
        stageShell.set(current, shell);
        break;
      case 'RUN':
        byRun.set(instruction.line, shell);
        break;
      default:
    }
  }
  return byRun;
}
