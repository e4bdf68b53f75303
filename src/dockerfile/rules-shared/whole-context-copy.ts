/**
 * Analyse stage, Dockerfile engine, shared by rules: whether a COPY or ADD copies the whole build
 * context (`COPY . .`).
 */
import type { Instruction } from '../model.ts';

const WHOLE_CONTEXT = new Set(['.', './']);

/** Sources, without the destination, heredocs, or a `--from` stage (not the build context). */
export function copiesWholeContext(instruction: Instruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false;
  if (instruction.flags.some((flag) => flag.name === 'from')) return false;
  return instruction.args.slice(0, -1).some((source) => WHOLE_CONTEXT.has(source));
}
