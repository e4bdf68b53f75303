/**
 * Analyse stage, Dockerfile engine, shared by rules: every command of every RUN, with the lines a
 * finding about that one command covers.
 */
import type { DockerfileModel, Instruction, ShellCommand } from '../model.ts';
import { commandsOf } from './run-commands.ts';

export interface CommandHit {
  command: ShellCommand;
  /** First and last line (1-based, inclusive) of the command within its RUN. */
  line: number;
  endLine: number;
}

/** The model gives where a command starts; it runs until the next one on a later line. */
function endOf(commands: readonly ShellCommand[], at: number, instruction: Instruction): number {
  const { line } = commands[at] ?? instruction;
  for (let i = at + 1; i < commands.length; i++) {
    const next = commands[i]?.line ?? line;
    if (next > line) return next - 1;
  }
  return instruction.endLine;
}

/** Every command of every RUN, in file order. */
export function runCommands(model: DockerfileModel): CommandHit[] {
  const found: CommandHit[] = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'RUN') continue;
    const commands = commandsOf(instruction);
    for (const [at, command] of commands.entries()) {
      found.push({ command, line: command.line, endLine: endOf(commands, at, instruction) });
    }
  }
  return found;
}
