/**
 * Analyse stage, Dockerfile engine, shared by rules: the key/value pairs of a LABEL instruction,
 * in both forms (`LABEL a=1 b="two words"` and the legacy `LABEL key value words`).
 */
import type { DockerfileModel, Instruction } from '../model.ts';

export interface LabelPair {
  key: string;
  value: string;
}

export function labelPairs(instruction: Instruction): LabelPair[] {
  const [first, ...rest] = instruction.args;
  if (first === undefined) return [];
  if (!first.includes('=')) return [{ key: first, value: rest.join(' ') }];
  return instruction.args.map((word) => {
    const eq = word.indexOf('=');
    return eq < 0 ? { key: word, value: '' }
      : { key: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}

/** Every LABEL instruction of the file. */
export function labelInstructions(model: DockerfileModel): Instruction[] {
  return model.instructions.filter((instruction) => instruction.keyword === 'LABEL');
}
