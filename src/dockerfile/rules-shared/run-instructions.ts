/**
 * Analyse stage, Dockerfile engine, shared by rules: the RUN instructions of a Dockerfile with
 * their commands, for rules that judge a RUN as a whole (hadolint reports such rules once per
 * RUN, however many commands in it are at fault).
 */
import type { DockerfileModel, Instruction, ShellCommand } from '../model.ts';
import type { RuleHit } from '../rule.ts';
import { commandsOf } from './run-commands.ts';

export interface RunInstruction {
  instruction: Instruction;
  commands: ShellCommand[];
}

/** Memoized per model (a model is not changed once built): some thirty rules ask for it. */
const cache = new WeakMap<DockerfileModel, RunInstruction[]>();

export function runInstructions(model: DockerfileModel): RunInstruction[] {
  let runs = cache.get(model);
  if (!runs) {
    runs = model.instructions
      .filter((instruction) => instruction.keyword === 'RUN')
      .map((instruction) => ({ instruction, commands: commandsOf(instruction) }));
    cache.set(model, runs);
  }
  return runs;
}

/** One hit covering the whole instruction. */
export function hitOn(instruction: Instruction, message: string): RuleHit {
  return { line: instruction.line, endLine: instruction.endLine, message };
}

/** The RUNs where `faulty` holds, one hit each. */
export function runHits(model: DockerfileModel, faulty: (run: RunInstruction) => boolean,
  message: string | ((run: RunInstruction) => string)): RuleHit[] {
  return runInstructions(model).filter(faulty).map((run) =>
    hitOn(run.instruction, typeof message === 'string' ? message : message(run)));
}
