/**
 * Analyse stage, Dockerfile engine: DL3066 (hadolint) reports a USER given by name rather than
 * numeric id (`USER app` rather than `USER 10001`); a value from an ARG is accepted.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'Use a numeric user id',
  description: 'USER names a user instead of a numeric id.',
  rationale: 'Kubernetes\' `runAsNonRoot` and other host-side checks read the image\'s user ' +
    'without the image\'s `/etc/passwd`: they can only tell that `10001` is not root, not ' +
    'that `app` is not. A numeric id (created with that id in the image) works everywhere.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3066',
  examples: {
    bad: 'FROM debian:12.5\nRUN useradd --uid 10001 app\nUSER app\n',
    good: 'FROM debian:12.5\nRUN useradd --uid 10001 app\nUSER 10001\n',
  },
};

export const rule: Rule = {
  id: 'DL3066',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const args = new Set<string>();
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'ARG') {
        for (const word of instruction.args) args.add(word.split('=')[0] ?? '');
      }
      if (instruction.keyword !== 'USER') continue;
      const user = instruction.argsText.trim();
      const uid = user.split(':')[0] ?? '';
      if (/^\d*$/.test(uid)) continue;
      if ([...args].some((a) => user.includes(`\${${a}}`) || user.includes(`$${a}`))) continue;
      hits.push({ line: instruction.line, endLine: instruction.endLine,
        message: `USER \`${user}\` is a name: use the numeric id, which host-side checks can ` +
          'read' });
    }
    return hits;
  },
};
