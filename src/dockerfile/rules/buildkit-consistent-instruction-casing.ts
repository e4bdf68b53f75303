/**
 * Analyse stage, Dockerfile engine: BuildKit's ConsistentInstructionCasing check. Counts the
 * instruction keywords written all-lowercase against those all-uppercase and reports every
 * keyword that does not follow the majority (ties go to uppercase); a mixed `Run` is always
 * reported. As in BuildKit, ARGs before the first FROM are neither counted nor reported.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

function casing(word: string): 'lower' | 'upper' | 'mixed' {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  return 'mixed';
}

export const text: RuleText = {
  title: 'Case instructions consistently',
  description: 'All instruction keywords in a Dockerfile should use the same case, either all ' +
    'uppercase (`RUN`) or all lowercase (`run`).',
  rationale: 'Keywords are case-insensitive, so mixed casing does not break the build, but it ' +
    'makes instructions harder to tell apart from their arguments at a glance. One casing ' +
    'throughout reads as a single, maintained file.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/consistent-instruction-casing/',
  examples: {
    bad: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCOPY check.sh /usr/local/bin/\n' +
      'CMD ["check.sh"]\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY check.sh /usr/local/bin/\n' +
      'CMD ["check.sh"]\n',
  },
};

export const rule: Rule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    // In a snippet without FROM every instruction is part of some stage, so all count.
    const counted: Instruction[] = model.stages.length > 0
      ? model.instructions.filter((i) => i.stage >= 0)
      : model.instructions;
    let lower = 0;
    let upper = 0;
    for (const instruction of counted) {
      const c = casing(instruction.rawKeyword);
      if (c === 'lower') lower++;
      else if (c === 'upper') upper++;
    }
    const majority = lower > upper ? 'lower' : 'upper';
    const hits: RuleHit[] = [];
    for (const instruction of counted) {
      if (casing(instruction.rawKeyword) === majority) continue;
      const wanted = majority === 'lower'
        ? instruction.rawKeyword.toLowerCase()
        : instruction.rawKeyword.toUpperCase();
      hits.push({
        line: instruction.line,
        endLine: instruction.line,
        message: `Command '${instruction.rawKeyword}' should match the case of the command ` +
          `majority (${majority}case): write \`${wanted}\`.`,
      });
    }
    return hits;
  },
};
