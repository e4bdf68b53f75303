/**
 * Analyse stage, Dockerfile engine, fix for FromAsCasing: writes `AS` after `FROM` and `as`
 * after `from`, on a one-line FROM.
 */
import type { Fix } from './fix.ts';
import { instructionAt, singleLine } from './fix.ts';

export const fromAsCasing: Fix = {
  rules: ['FromAsCasing'],
  description: 'writes `AS` in the casing of `FROM`',
  edits(finding, { model, lines }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined || instruction.keyword !== 'FROM') return [];
    const parts = singleLine(instruction, lines);
    if (parts === undefined) return [];
    const from = instruction.rawKeyword;
    const wanted = from === from.toUpperCase() ? 'AS' : from === from.toLowerCase() ? 'as' : '';
    // `image as name` at the end of the arguments: the only place `as` can stand.
    const match = /^(.*[ \t])(as)([ \t]+\S+)$/i.exec(parts.args);
    if (wanted === '' || match === null || match[2] === wanted) return [];
    const start = parts.argsStart + (match[1] ?? '').length;
    return [{ line: instruction.line, start, end: start + 2, text: wanted }];
  },
};
