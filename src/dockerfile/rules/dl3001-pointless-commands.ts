/**
 * Analyse stage, Dockerfile engine: DL3001 (hadolint) reports a RUN that runs a command that
 * makes no sense while building an image: an interactive or system tool (`ssh`, `vim`,
 * `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`).
 */
import type { Rule, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { runHits } from '../rules-shared/run-instructions.ts';

const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top',
  'vim']);

export const text: RuleText = {
  title: 'Commands that make no sense in a build',
  description: 'A RUN runs `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill` or ' +
    '`mount`, which have nothing to act on while an image is built.',
  rationale: 'A build step runs once, without a terminal, in a container with no services or ' +
    'other processes: starting a service, killing a process or opening an editor there does ' +
    'nothing for the image, and usually means a step meant for a running container ended up ' +
    'in the Dockerfile.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3001',
  examples: {
    bad: 'FROM debian:12.5\nRUN service nginx start\n',
    good: 'FROM debian:12.5\nCMD ["nginx", "-g", "daemon off;"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3001',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model,
      ({ commands }) => commands.some((c) => POINTLESS.has(baseName(c.name))),
      ({ commands }) => {
        const name = commands.map((c) => baseName(c.name)).find((n) => POINTLESS.has(n));
        return `\`${name}\` in a RUN does nothing useful while the image is built`;
      });
  },
};
