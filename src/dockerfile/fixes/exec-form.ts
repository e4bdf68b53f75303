/**
 * Analyse stage, Dockerfile engine, fix for DL3025 / JSONArgsRecommended: `CMD python app.py`
 * becomes `CMD ["python", "app.py"]` when the command is a plain word list — letters, digits
 * and `_ . / : , @ % + = -` only, no variable assignment in front — so the shell had nothing
 * to do but split on spaces. Not for a CMD in a stage with an ENTRYPOINT: there the shell form
 * hands `/bin/sh -c …` to the entrypoint, and the array would change its arguments.
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
    if (instruction.keyword === 'CMD' && model.instructions.some((other) =>
      other.stage === instruction.stage && other.keyword === 'ENTRYPOINT')) return [];
    const parts = singleLine(instruction, lines);
    if (parts === undefined || parts.args === '') return [];
    const words = parts.args.split(/[ \t]+/);
    if (!words.every((word) => PLAIN_WORD.test(word)) || words[0]?.includes('=')) return [];
    const array = `[${words.map((word) => JSON.stringify(word)).join(', ')}]`;
    const end = parts.argsStart + parts.args.length;
    return [{ line: instruction.line, start: parts.argsStart, end, text: array }];
  },
};
