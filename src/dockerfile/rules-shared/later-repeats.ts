/**
 * Analyse stage, Dockerfile engine, shared by rules: instructions that a stage may hold once
 * (CMD, ENTRYPOINT) repeated within one stage. Instructions before the first FROM count as a
 * stage of their own, as in hadolint (whose rules start with an empty state and reset it on FROM).
 */
import type { DockerfileModel, Instruction } from '../model.ts';

/** Every `keyword` instruction after the first of its stage, with that first one's line. */
export function laterRepeats(model: DockerfileModel, keyword: string):
  Array<{ instruction: Instruction; firstLine: number }> {
  const repeats: Array<{ instruction: Instruction; firstLine: number }> = [];
  const beforeFrom = model.instructions.filter((i) => i.stage < 0);
  for (const instructions of [beforeFrom, ...model.stages.map((s) => s.instructions)]) {
    const [first, ...later] = instructions.filter((i) => i.keyword === keyword);
    if (first === undefined) continue;
    for (const instruction of later) repeats.push({ instruction, firstLine: first.line });
  }
  return repeats;
}
