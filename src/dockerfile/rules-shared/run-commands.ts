/**
 * Analyse stage, Dockerfile engine, shared by rules: the commands a RUN instruction runs.
 */
import type { Instruction, ShellCommand } from '../model.ts';

/**
 * The simple commands of a RUN's shell script. Hadolint reads an exec-form RUN as a command line
 * too; here its array is one command, on the instruction's first line.
 */
export function commandsOf(instruction: Instruction): ShellCommand[] {
  if (instruction.shell) return instruction.shell.commands;
  const [name, ...args] = instruction.json ?? [];
  return name === undefined ? [] : [{ name, args, assignments: [], line: instruction.line }];
}
