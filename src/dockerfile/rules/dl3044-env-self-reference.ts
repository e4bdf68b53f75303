/**
 * Analyse stage, Dockerfile engine: DL3044 (hadolint) reports an ENV that refers to a variable
 * it defines itself (`ENV A=1 B=$A`): within one ENV, `$A` still has its value from before.
 * A reference to a variable defined earlier (ENV or ARG), or to the pair's own name
 * (`ENV PATH=/x:$PATH`), is fine.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

function pairs(instruction: Instruction): Array<[string, string]> {
  const [first, ...rest] = instruction.args;
  if (first === undefined) return [];
  if (!first.includes('=')) return [[first, rest.join(' ')]];
  return instruction.args.map((word): [string, string] => {
    const eq = word.indexOf('=');
    return eq < 0 ? [word, ''] : [word.slice(0, eq), word.slice(eq + 1)];
  });
}

/** `${name}`, or `$name` not followed by a character of a longer name. */
function refersTo(text: string, name: string): boolean {
  if (text.includes(`\${${name}}`)) return true;
  return text.split(`$${name}`).slice(1).some((after) => !/^[A-Za-z0-9_]/.test(after));
}

export const text: RuleText = {
  title: 'Do not refer to a variable in the ENV that defines it',
  description: 'An ENV uses a variable it defines in another of its own pairs; write it as two ' +
    'ENV instructions.',
  rationale: 'Within one ENV instruction every `$VAR` is replaced with the value from before ' +
    'the instruction, so `ENV A=1 B=$A` leaves B empty. The reader expects B to be 1.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3044',
  examples: {
    bad: 'FROM debian:12.5\nENV APP_HOME=/srv/app APP_DATA=$APP_HOME/data\n',
    good: 'FROM debian:12.5\nENV APP_HOME=/srv/app\nENV APP_DATA=$APP_HOME/data\n',
  },
};

export const rule: Rule = {
  id: 'DL3044',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const defined = new Set<string>();
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'ARG') {
        for (const word of instruction.args) defined.add(word.split('=')[0] ?? '');
      }
      if (instruction.keyword !== 'ENV') continue;
      const list = pairs(instruction);
      const culprit = list.find(([name], at) => !defined.has(name) &&
        list.some(([, value], other) => other !== at && refersTo(value, name)));
      for (const [name] of list) defined.add(name);
      if (culprit) hits.push({ line: instruction.line, endLine: instruction.endLine,
        message: `\`$${culprit[0]}\` is used in the ENV that defines it, where it still has its ` +
          'old value: split the ENV in two' });
    }
    return hits;
  },
};
