/**
 * Analyse stage, Dockerfile engine: DL3004 reports `sudo` in a RUN. The build already runs as the
 * current USER; to run a step as root, switch with `USER root` (and back) instead.
 */
import type { Rule, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';

/** Long command lines would drown the message; the start is enough to find it. */
function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 59)}…`;
}

export const text: RuleText = {
  title: 'Do not use sudo',
  description: 'A RUN calls `sudo`. Use `USER root` for the steps that need root, or a tool like ' +
    '`gosu` at run time.',
  rationale: 'sudo is made for interactive logins: it may prompt for a password, needs a sudoers ' +
    'entry, and behaves differently with and without a TTY, so a build that relies on it breaks ' +
    'unpredictably. Leaving sudo in the image also lets any process that runs as the app user ' +
    'become root.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3004',
  examples: {
    bad: 'FROM debian:12.5\nRUN useradd --create-home app\nUSER app\n' +
      'RUN sudo mkdir /data\n',
    good: 'FROM debian:12.5\nRUN useradd --create-home app && mkdir /data\nUSER app\n',
  },
};

export const rule: Rule = {
  id: 'DL3004',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.instructions
      .filter((instruction) => instruction.keyword === 'RUN')
      .flatMap((instruction) => commandsOf(instruction)
        .filter((command) => baseName(command.name) === 'sudo')
        .map((command) => ({
          line: command.line,
          endLine: command.line,
          message: `\`${shorten(['sudo', ...command.args].join(' '))}\` in RUN: run the step ` +
            'after `USER root` instead of through sudo',
        })));
  },
};
