/**
 * Analyse stage, Dockerfile engine, fix for DL3042: adds `--no-cache-dir` after `install` to
 * every `pip install` (`pip3`, `python -m pip`, a path to pip) in the RUN that lacks it. Not to
 * `pipx`, `pipenv` or `uv pip`, whose options differ.
 */
import type { Fix } from './fix.ts';
import { instructionAt } from './fix.ts';
import { commandPattern, insertFlag } from './insert-flag.ts';

const PIP = commandPattern(String.raw`(?<!uv\s+)(?:[\w./-]*/)?` +
  String.raw`(?:pip[\d.]*|python[\d.]*\s+-m\s+pip)\s+install`);

export const pipNoCacheDir: Fix = {
  rules: ['DL3042'],
  description: 'adds `--no-cache-dir` to `pip install`',
  edits(finding, { model, lines, escape }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined || instruction.keyword !== 'RUN') return [];
    return insertFlag(instruction, lines, escape, {
      command: PIP,
      flag: '--no-cache-dir',
      has: (segment) => /(^|\s)--no-cache-dir(=|\s|$)/.test(segment),
    });
  },
};
