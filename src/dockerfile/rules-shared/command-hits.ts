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

/**
 * The model gives where a command starts; it runs until the line before the next command on a
 * later line (or the instruction's end). A "next greater element" pass with a stack: 20 000
 * commands on one line cost 20 000 steps, not 20 000².
 */
function endsOf(commands: readonly ShellCommand[], instruction: Instruction): number[] {
  const ends = new Array<number>(commands.length);
  const later: number[] = []; // Lines of the commands after `at`, strictly increasing from the top.
  for (let at = commands.length - 1; at >= 0; at--) {
    const line = commands[at]?.line ?? instruction.line;
    while (later.length > 0 && (later[later.length - 1] ?? 0) <= line) later.pop();
    const next = later[later.length - 1];
    ends[at] = next === undefined ? instruction.endLine : next - 1;
    later.push(line);
  }
  return ends;
}

/** Memoized per model (a model is not changed once built): many rules ask for it. */
const cache = new WeakMap<DockerfileModel, CommandHit[]>();

/** Every command of every RUN, in file order. */
export function runCommands(model: DockerfileModel): CommandHit[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const found: CommandHit[] = [];
  cache.set(model, found);
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'RUN') continue;
    const commands = commandsOf(instruction);
    const ends = endsOf(commands, instruction);
    for (const [at, command] of commands.entries()) {
      found.push({ command, line: command.line, endLine: ends[at] ?? instruction.endLine });
    }
  }
  return found;
}
