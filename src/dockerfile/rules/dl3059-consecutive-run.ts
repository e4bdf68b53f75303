/**
 * Analyse stage, Dockerfile engine: DL3059 (hadolint) reports a RUN that directly follows
 * another RUN (comments in between do not count) with the same flags. As in hadolint, it stays
 * silent when either RUN already chains commands (`RUN foo && bar`: a deliberate split) or when
 * their flags differ (another `--mount`, `--network`…).
 */
import type { Flag, Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

function flagKey(flags: readonly Flag[]): string {
  return flags.map((f) => (f.value === undefined ? f.name : `${f.name}=${f.value}`))
    .sort()
    .join('\n');
}

function commandCount(instruction: Instruction): number {
  return instruction.shell?.commands.length ?? 1;
}

export const text: RuleText = {
  title: 'Multiple consecutive RUN instructions',
  description: 'Consecutive RUN instructions with the same flags can usually be joined into ' +
    'one with `&&`.',
  rationale: 'Each RUN adds a layer, and files deleted in a later layer still take space in ' +
    'the earlier one. Joining short steps that belong together (update, install, clean up) ' +
    'keeps the image smaller and the build history easier to read.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3059',
  examples: {
    bad: 'FROM debian:12-slim\nRUN useradd --create-home app\nRUN mkdir -p /srv/data\n',
    good: 'FROM debian:12-slim\nRUN useradd --create-home app && mkdir -p /srv/data\n',
  },
};

export const rule: Rule = {
  id: 'DL3059',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    let previous: Instruction | undefined;
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN') {
        previous = undefined;
        continue;
      }
      if (previous && flagKey(previous.flags) === flagKey(instruction.flags) &&
        commandCount(previous) === 1 && commandCount(instruction) === 1) {
        hits.push({
          line: instruction.line,
          endLine: instruction.endLine,
          message: `RUN directly after the RUN on line ${previous.line}: consider joining ` +
            'them with `&&` into one layer',
        });
      }
      previous = instruction;
    }
    return hits;
  },
};
