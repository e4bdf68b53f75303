/**
 * Analyse stage, Dockerfile engine, fix for ConsistentInstructionCasing: writes the keyword in
 * the casing most instructions use (counted as the rule counts them), nothing else on the line.
 */
import type { Fix } from './fix.ts';
import { instructionAt } from './fix.ts';

function casing(word: string): 'lower' | 'upper' | 'mixed' {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  return 'mixed';
}

export const instructionCasing: Fix = {
  rules: ['ConsistentInstructionCasing'],
  description: 'writes the keyword in the casing most instructions of the file use',
  edits(finding, { model, lines }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined) return [];
    const counted = model.stages.length > 0
      ? model.instructions.filter((i) => i.stage >= 0)
      : model.instructions;
    const lower = counted.filter((i) => casing(i.rawKeyword) === 'lower').length;
    const upper = counted.filter((i) => casing(i.rawKeyword) === 'upper').length;
    const raw = instruction.rawKeyword;
    const wanted = lower > upper ? raw.toLowerCase() : raw.toUpperCase();
    const body = lines[instruction.line - 1] ?? '';
    const match = /^(\ufeff?[ \t]*)(\S+)/.exec(body);
    if (match === null || match[2] !== raw || wanted === raw) return [];
    const start = (match[1] ?? '').length;
    return [{ line: instruction.line, start, end: start + raw.length, text: wanted }];
  },
};
