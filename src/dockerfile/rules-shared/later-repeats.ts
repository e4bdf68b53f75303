/**
 * Analyse stage, Dockerfile engine, shared by rules: instructions that a stage may hold once
 * (CMD, ENTRYPOINT) repeated within one stage. Instructions before the first FROM belong to no
 * stage and are not looked at.
 */
import type { DockerfileModel, Instruction } from '../model.ts';

/** Every `keyword` instruction after the first of its stage, with that first one's line. */
export function laterRepeats(model: DockerfileModel, keyword: string):
  Array<{ instruction: Instruction; firstLine: number }> {
  const repeats: Array<{ instruction: Instruction; firstLine: number }> = [];
  for (const stage of model.stages) {
    const [first, ...later] = stage.instructions.filter((i) => i.keyword === keyword);
    if (first === undefined) continue;
    for (const instruction of later) repeats.push({ instruction, firstLine: first.line });
  }
  return repeats;
}
