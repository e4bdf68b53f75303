/**
 * Analyse stage, Dockerfile engine: DL3003 reports `cd` in a RUN (anywhere in its shell script,
 * as hadolint does), where a WORKDIR instruction would switch the directory.
 */
import type { Rule, RuleText } from '../rule.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';

export const text: RuleText = {
  title: 'Use WORKDIR to switch to a directory',
  description: 'A RUN changes directory with `cd`; the WORKDIR instruction does that for every ' +
    'following instruction.',
  rationale: 'A `cd` lasts only until the end of its RUN, so the next instruction is back in the ' +
    'old directory, a frequent source of files landing in the wrong place. WORKDIR makes the ' +
    'directory explicit, creates it if needed, and applies to RUN, COPY, CMD and ENTRYPOINT alike.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3003',
  examples: {
    bad: 'FROM golang:1.22-bookworm\nCOPY . /src\nRUN cd /src && go build -o /app .\n',
    good: 'FROM golang:1.22-bookworm\nCOPY . /src\nWORKDIR /src\nRUN go build -o /app .\n',
  },
};

export const rule: Rule = {
  id: 'DL3003',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.instructions
      .filter((instruction) => instruction.keyword === 'RUN')
      .flatMap((instruction) => commandsOf(instruction)
        .filter((command) => command.name === 'cd')
        .map((command) => {
          const target = command.args.find((arg) => !arg.startsWith('-'));
          return {
            line: command.line,
            endLine: command.line,
            message: target === undefined
              ? '`cd` in RUN: use WORKDIR to switch to a directory'
              : `\`cd ${target}\` in RUN: use \`WORKDIR ${target}\` instead`,
          };
        }));
  },
};
