/**
 * Analyse stage, Dockerfile engine, shared by rules: whether a shell command runs pip's install.
 */
import type { ShellCommand } from '../model.ts';
import { baseName } from './base-name.ts';

/**
 * `pip install`, `pip3 install`, `python3 -m pip install`, as hadolint matches them: any command
 * whose name starts with `pip` and that has an `install` word, which includes the pipx and pipenv
 * wrappers (a rule that must leave them alone excludes them itself).
 */
export function isPipInstall(command: ShellCommand): boolean {
  const name = baseName(command.name);
  const { args } = command;
  if (name.startsWith('pip')) return args.includes('install');
  if (!name.startsWith('python')) return false;
  return args.some((arg, i) => arg === '-m' && args[i + 1] === 'pip' && args[i + 2] === 'install');
}
