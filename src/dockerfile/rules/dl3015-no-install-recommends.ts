/**
 * Analyse stage, Dockerfile engine: DL3015 reports `apt-get install` without
 * `--no-install-recommends`; as in hadolint, `-o APT::Install-Recommends=false` counts too.
 */
import type { Instruction, ShellCommand } from '../model.ts';
import type { Rule, RuleHit } from '../rule.ts';

/** apt reads option names case-insensitively and takes `false`, `0` or `no` for off. */
const RECOMMENDS_OFF = /^(?:-o|--option=)?APT::Install-Recommends=(?:false|0|no)$/i;

/** Hadolint reads an exec-form RUN as a command line too; here it is one command. */
function commandsOf(instruction: Instruction): ShellCommand[] {
  if (instruction.shell) return instruction.shell.commands;
  const [name, ...args] = instruction.json ?? [];
  return name === undefined ? [] : [{ name, args, assignments: [], line: instruction.line }];
}

/** The model gives where a command starts; it runs until the next one on a later line. */
function endOf(commands: readonly ShellCommand[], at: number, instruction: Instruction): number {
  const { line } = commands[at] ?? instruction;
  for (let i = at + 1; i < commands.length; i++) {
    const next = commands[i]?.line ?? line;
    if (next > line) return next - 1;
  }
  return instruction.endLine;
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

export const rule: Rule = {
  id: 'DL3015',
  source: 'hadolint',
  severity: 'info',
  title: 'Avoid additional packages with --no-install-recommends',
  description: '`apt-get install` runs without `--no-install-recommends`, so apt also installs ' +
    'every package the named ones merely recommend.',
  rationale: 'Recommended packages are extras for an interactive system (documentation, GUI ' +
    'helpers, alternative backends) and often double the size of an install. In an image ' +
    'they add megabytes, build time and attack surface for nothing the app needs; ' +
    '`--no-install-recommends` installs just the packages named and their real dependencies.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3015',
  sameAs: [],
  scope: 'any',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const commands = commandsOf(instruction);
      for (const [at, command] of commands.entries()) {
        if (baseName(command.name) !== 'apt-get' || !command.args.includes('install')) continue;
        const off = command.args.some((arg) => arg === '--no-install-recommends' ||
          RECOMMENDS_OFF.test(arg));
        if (off) continue;
        hits.push({ line: command.line, endLine: endOf(commands, at, instruction),
          message: '`apt-get install` without `--no-install-recommends`: recommended packages ' +
            'are installed too' });
      }
    }
    return hits;
  },
};
