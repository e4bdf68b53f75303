/**
 * Analyse stage, Dockerfile engine, shared by rules: the lines a finding about a whole stage
 * covers, those of its FROM instruction.
 */
import type { Stage } from '../model.ts';

export function fromLines(stage: Stage): { line: number; endLine: number } {
  return { line: stage.line, endLine: stage.instructions[0]?.endLine ?? stage.line };
}
