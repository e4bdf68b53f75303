/**
 * Analyse stage, Dockerfile engine: DL3002 reports a stage whose last USER is root (`root`, `0`,
 * `root:group`, `0:gid`). As in hadolint, every stage is checked, not only the final one: a stage
 * left as root is also root in each stage built `FROM` it.
 */
import type { Rule, RuleText } from '../rule.ts';
import { isRootUser } from '../rules-shared/root-user.ts';

export const text: RuleText = {
  title: 'Last USER should not be root',
  description: 'The last USER instruction of a stage switches to root (`root` or UID `0`), so ' +
    'the container runs as root.',
  rationale: 'A process running as root inside a container is root on the files it can reach, ' +
    'and a breakout or a mounted volume turns that into root on the host. Switch to root only ' +
    'for the steps that need it, then back to an unprivileged user before the stage ends.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3002',
  examples: {
    bad: 'FROM debian:12.5\nRUN useradd --create-home app\nUSER app\nUSER root\n' +
      'CMD ["bash"]\n',
    good: 'FROM debian:12.5\nRUN useradd --create-home app\nUSER root\nUSER app\n' +
      'CMD ["bash"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3002',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages.flatMap((stage) => {
      const last = stage.instructions.findLast((instruction) => instruction.keyword === 'USER');
      const user = last?.args[0] ?? '';
      if (!last || !isRootUser(user)) return [];
      return [{
        line: last.line,
        endLine: last.endLine,
        message: `the last USER of the stage is \`${user}\`: switch to an unprivileged user ` +
          'before the stage ends',
      }];
    });
  },
};
