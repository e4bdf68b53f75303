/**
 * Analyse stage, Dockerfile engine: DL4005 (hadolint) reports `ln … /bin/sh` in a RUN, which
 * replaces the shell later RUNs use; SHELL does that openly.
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

export const text: RuleText = {
  title: 'Use SHELL to change the default shell',
  description: 'A RUN links `/bin/sh` to another shell; use the SHELL instruction instead.',
  rationale: 'Relinking `/bin/sh` changes the shell of every later RUN, and of every program ' +
    'in the image that calls `sh`, without the Dockerfile saying so; SHELL changes only the ' +
    'shell of the RUN instructions, visibly.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL4005',
  examples: {
    bad: 'FROM debian:12.5\nRUN ln -sf /bin/bash /bin/sh\n',
    good: 'FROM debian:12.5\nSHELL ["/bin/bash", "-c"]\n',
  },
};

export const rule: Rule = {
  id: 'DL4005',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) => hasWord(c, ['ln'], ['/bin/sh'])),
      '`ln … /bin/sh` replaces the shell for the whole image: use `SHELL ["/bin/bash", "-c"]`');
  },
};
