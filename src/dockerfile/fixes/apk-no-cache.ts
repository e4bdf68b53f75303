/**
 * Analyse stage, Dockerfile engine, fix for DL3019: adds `--no-cache` after `add` to every
 * `apk add` in the RUN that lacks it (options between `apk` and `add`, such as `--update`,
 * are kept where they are).
 */
import type { Fix } from './fix.ts';
import { instructionAt } from './fix.ts';
import { commandPattern, insertFlag } from './insert-flag.ts';

const APK_ADD = commandPattern(String.raw`(?:[\w./-]*/)?apk(?:\s+-{1,2}[\w-]+(?:=\S+)?)*\s+add`);

export const apkNoCache: Fix = {
  rules: ['DL3019'],
  description: 'adds `--no-cache` to `apk add`',
  edits(finding, { model, lines, escape }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined || instruction.keyword !== 'RUN') return [];
    return insertFlag(instruction, lines, escape, {
      command: APK_ADD,
      flag: '--no-cache',
      has: (segment) => /(^|\s)--no-cache(=|\s|$)/.test(segment),
    });
  },
};
