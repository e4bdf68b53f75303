/**
 * Analyse stage, Dockerfile engine, fix for DL3025 / JSONArgsRecommended: `CMD python app.py`
 * becomes `CMD ["python", "app.py"]` when the command is a plain word list — letters, digits
 * and `_ . / : , @ % + = -` only, no variable assignment in front — so the shell had nothing
 * to do but split on spaces. Not for a CMD when the file sets an ENTRYPOINT in this stage or
 * an earlier one (the stage may build on it): the shell form hands `/bin/sh -c …` to that
 * entrypoint, and the array would change its arguments. Not for an ENTRYPOINT in a stage with a
 * CMD: a shell-form ENTRYPOINT ignores CMD, the array form would append it. (An entrypoint
 * inherited from a base image gets the array instead of `/bin/sh -c …`, which is what the rule
 * asks for.)
 */
import type { Fix } from './fix.ts';
import { instructionAt, singleLine } from './fix.ts';

const PLAIN_WORD = /^[A-Za-z0-9_./:,@%+=-]+$/;

export const execForm: Fix = {
  rules: ['DL3025', 'JSONArgsRecommended'],
  description: 'rewrites a shell-form `CMD`/`ENTRYPOINT` that is a plain word list as a JSON ' +
    'array',
  edits(finding, { model, lines }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined || instruction.json !== undefined) return [];
    if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') return [];
    const other = instruction.keyword === 'CMD' ? 'ENTRYPOINT' : 'CMD';
    if (model.instructions.some((i) => i.keyword === other && (other === 'ENTRYPOINT'
      ? i.stage <= instruction.stage : i.stage === instruction.stage))) return [];
    const parts = singleLine(instruction, lines);
    if (parts === undefined || parts.args === '') return [];
    const words = parts.args.split(/[ \t]+/);
    if (!words.every((word) => PLAIN_WORD.test(word)) || words[0]?.includes('=')) return [];
    const array = `[${words.map((word) => JSON.stringify(word)).join(', ')}]`;
    const end = parts.argsStart + parts.args.length;
    return [{ line: instruction.line, start: parts.argsStart, end, text: array }];
  },
};
