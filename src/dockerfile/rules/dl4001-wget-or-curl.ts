/**
 * Analyse stage, Dockerfile engine: DL4001 (hadolint) reports, within a stage, every RUN using
 * `wget` or `curl` once both have been used.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';

export const text: RuleText = {
  title: 'Either use wget or curl, not both',
  description: 'A stage uses both `wget` and `curl`.',
  rationale: 'Both tools download files; installing and using both makes the image bigger ' +
    'and the Dockerfile harder to follow for no gain. Pick one.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL4001',
  examples: {
    bad: 'FROM debian:12.5\nRUN wget -nv https://example.com/a.tar.gz\n' +
      'RUN curl -fsSLO https://example.com/b.tar.gz\n',
    good: 'FROM debian:12.5\nRUN curl -fsSLO https://example.com/a.tar.gz \\\n' +
      ' && curl -fsSLO https://example.com/b.tar.gz\n',
  },
};

export const rule: Rule = {
  id: 'DL4001',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    let seen = new Set<string>();
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'FROM') seen = new Set();
      if (instruction.keyword !== 'RUN') continue;
      const used = commandsOf(instruction).map((c) => baseName(c.name))
        .filter((name) => name === 'curl' || name === 'wget');
      for (const name of used) seen.add(name);
      if (used.length > 0 && seen.size >= 2) hits.push({ line: instruction.line,
        endLine: instruction.endLine, message: 'both `wget` and `curl` in this stage: use one' });
    }
    return hits;
  },
};
