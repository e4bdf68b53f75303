/**
 * Analyse stage, Dockerfile engine, shared by rules: a command's words read the way hadolint's
 * `Hadolint.Shell` helpers read them (flags, words that are not flags, a flag's value), so rules
 * ported from hadolint keep its semantics.
 */
import type { ShellCommand } from '../model.ts';
import { baseName } from './base-name.ts';
import { optionNames } from './option-names.ts';

/** The command is `name` (any of `names`, without its directory). */
export function isCommand(command: ShellCommand, ...names: string[]): boolean {
  return names.includes(baseName(command.name));
}

/** `cmdHasArgs`: the command is one of `names` and one of its words is one of `words`. */
export function hasWord(command: ShellCommand, names: readonly string[],
  words: readonly string[]): boolean {
  return names.includes(baseName(command.name)) && command.args.some((arg) => words.includes(arg));
}

/** `hasAnyFlag`: an option named one of `names` (`-y`, `-qy`, `--yes`, `--progress=dot`). */
export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  return command.args.some((arg) => optionNames(arg).some((name) => names.includes(name)));
}

/** `getArgsNoFlags`: the words that are not options (`-` and `--` count as words). */
export function wordsWithoutFlags(args: readonly string[]): string[] {
  return args.filter((arg) => optionNames(arg).length === 0);
}

/** `dropFlagArg`: the words without the value that follows one of `flags` (`--registry x`). */
export function dropFlagValues(args: readonly string[], flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    kept.push(arg);
    if (!arg.includes('=') && optionNames(arg).some((name) => flags.includes(name))) i++;
  }
  return kept;
}

/** `getFlagArg`: the words that follow option `flag` (`useradd -u 12345` → `12345`). */
export function flagValues(args: readonly string[], flag: string): string[] {
  return args.flatMap((arg, i) => {
    const next = args[i + 1];
    return optionNames(arg).includes(flag) && next !== undefined ? [next] : [];
  });
}

/** The index of the first command that matches, -1 when none does. */
export function firstIndex(commands: readonly ShellCommand[],
  test: (command: ShellCommand) => boolean): number {
  return commands.findIndex(test);
}
