/**
 * Analyse stage, Dockerfile engine: DL3014 reports `apt-get install` without `-y`. As in
 * hadolint, `--yes`, `--assume-yes` and `-q` also count, alone or in a cluster such as `-qy`:
 * apt-get's quiet level 2 (`-qq`) implies yes, and hadolint does not count the q's.
 */
import type { Instruction, ShellCommand } from '../model.ts';
import type { Rule, RuleHit } from '../rule.ts';

const YES_OPTIONS = new Set(['y', 'yes', 'assume-yes', 'q']);

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

/** Option names: `--assume-yes` is `assume-yes`, `-qy` is `q` and `y`. */
function optionNames(arg: string): string[] {
  if (arg === '-' || arg === '--' || !arg.startsWith('-')) return [];
  if (arg.startsWith('--')) return [arg.slice(2).split('=')[0] ?? ''];
  return [...arg.slice(1)];
}

export const rule: Rule = {
  id: 'DL3014',
  source: 'hadolint',
  severity: 'warning',
  title: 'Use the -y switch with apt-get install',
  description: '`apt-get install` runs without `-y`, so it stops to ask for confirmation.',
  rationale: 'A build has no one to answer apt-get\'s "Do you want to continue?" prompt: without ' +
    '`-y` apt-get aborts as soon as it wants to install more than the packages named, and the ' +
    'build fails on an unrelated change in the package archive. `-y` makes the install ' +
    'non-interactive, as a build must be.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3014',
  sameAs: [],
  scope: 'any',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
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
        if (command.args.some((arg) => optionNames(arg).some((o) => YES_OPTIONS.has(o)))) continue;
        hits.push({ line: command.line, endLine: endOf(commands, at, instruction),
          message: '`apt-get install` without `-y`: add `-y` so the build does not stop at ' +
            'apt-get\'s confirmation prompt' });
      }
    }
    return hits;
  },
};
