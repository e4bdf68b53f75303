/**
 * Analyse stage, Dockerfile engine, shared by rules: hadolint's reading of yum and dnf installs
 * (DL3033, DL3041): which words are packages and modules, and when a package counts as pinned
 * (`name-<version>`, an `.rpm` file, or a version from an ARG or ENV in scope).
 */
import type { DockerfileModel, Instruction, ShellCommand } from '../model.ts';
import { hasWord, wordsWithoutFlags } from './shell-options.ts';
import { variablesInScope } from '../scope.ts';

export function installedWords(command: ShellCommand, tools: readonly string[]): string[] {
  if (!hasWord(command, tools, ['install'])) return [];
  return wordsWithoutFlags(command.args).filter((w) => w !== 'install' && w !== 'module');
}

const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;

/** `$version` and `${version}` name the same variable. */
function variablesIn(word: string): string[] {
  return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1] ?? '');
}

export function packagePinned(model: DockerfileModel, instruction: Instruction,
  pkg: string): boolean {
  const parts = pkg.split('-');
  if (parts.length <= 1) return false;
  if (pkg.endsWith('.rpm')) return true;
  if (pkg.includes('$')) {
    // As in hadolint: an ENV in scope, or an ARG anywhere earlier (hadolint keeps ARGs across
    // stages, which gives the benefit of the doubt to a version the build passes in).
    const scope = variablesInScope(model, instruction);
    const args = new Set(model.variables.filter((v) => v.line < instruction.line &&
      (v.kind === 'ARG' || v.stage === instruction.stage)).map((v) => v.name));
    return variablesIn(pkg).some((name) => scope.get(name)?.kind === 'ENV' || args.has(name));
  }
  const rest = parts.slice(1);
  return rest.every((part) => VERSION_CHAR.test(part)) && rest.some((part) => /^\d/.test(part));
}
