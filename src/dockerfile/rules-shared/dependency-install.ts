/**
 * Analyse stage, Dockerfile engine, shared by rules and the practices: the language package
 * manager installs a RUN makes (pip, uv, poetry, pipenv, pdm — as commands or `python -m`
 * modules —, npm, yarn, pnpm, bun, bundle, go mod download, composer, cargo fetch,
 * mvn dependency:…, dotnet restore), each with its ecosystem. System packages (apt, apk) do not
 * depend on the sources and are not counted.
 */
import type { Instruction } from '../model.ts';
import { baseName } from './base-name.ts';
import { commandsOf } from './run-commands.ts';

export interface DependencyInstall {
  /** As the message shows it: `pip install`, `npm ci`, `go mod download`. */
  label: string;
  /** Installs of one family share a dependency manifest and a cache layer. */
  family: string;
  line: number;
}

/** Installing only the package tools themselves does not install the app's dependencies. */
const PYTHON_TOOLING = new Set(['pip', 'setuptools', 'wheel', 'uv', 'poetry', 'pipenv',
  'virtualenv', 'pdm']);
const REQUIREMENT_FLAGS = new Set(['-r', '--requirement', '-e', '--editable', '-c',
  '--constraint']);

function positional(args: readonly string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-'));
}

/** Whether pip's arguments (after `pip`) install the app's dependencies. */
function pipInstall(args: readonly string[]): boolean {
  const [sub, ...packages] = positional(args);
  if (sub !== 'install' || args.includes('--no-deps')) return false;
  if (args.some((arg) => REQUIREMENT_FLAGS.has(arg.split('=')[0] ?? arg))) return true;
  const names = packages.map((arg) => arg.split(/[=<>!~[]/)[0]?.toLowerCase() ?? '');
  return names.some((name) => !PYTHON_TOOLING.has(name));
}

function detect(name: string, args: readonly string[]):
  Omit<DependencyInstall, 'line'> | undefined {
  const base = baseName(name);
  const [first = '', second = ''] = positional(args);
  if (/^pip[0-9.]*$/.test(base)) {
    return pipInstall(args) ? { label: `${base} install`, family: 'python' } : undefined;
  }
  if (/^python[0-9.]*$/.test(base) && args[0] === '-m' && args[1] === 'pip') {
    return pipInstall(args.slice(2))
      ? { label: `${base} -m pip install`, family: 'python' }
      : undefined;
  }
  // `python -m pdm install`: the tool run as a module installs as the tool does.
  if (/^python[0-9.]*$/.test(base) && args[0] === '-m' &&
    ['uv', 'poetry', 'pipenv', 'pdm'].includes(args[1] ?? '')) {
    const found = detect(args[1]!, args.slice(2));
    return found && { ...found, label: `${base} -m ${found.label}` };
  }
  if (base === 'uv') {
    if (first === 'sync') return { label: 'uv sync', family: 'python' };
    if (first === 'pip' && pipInstall(args.slice(args.indexOf('pip') + 1))) {
      return { label: 'uv pip install', family: 'python' };
    }
    return undefined;
  }
  if (['poetry', 'pipenv', 'pdm'].includes(base) && ['install', 'sync'].includes(first)) {
    return { label: `${base} ${first}`, family: 'python' };
  }
  if (['npm', 'pnpm', 'bun'].includes(base)) {
    const global = args.includes('-g') || args.includes('--global');
    const install = ['ci', 'clean-install', 'install', 'i'].includes(first);
    return install && !global ? { label: `${base} ${first}`, family: 'node' } : undefined;
  }
  if (base === 'yarn') {
    if (first === '') return { label: 'yarn', family: 'node' };
    return first === 'install' ? { label: 'yarn install', family: 'node' } : undefined;
  }
  if (base === 'bundle' && first === 'install') return { label: 'bundle install', family: 'ruby' };
  if (base === 'go' && first === 'mod' && second === 'download') {
    return { label: 'go mod download', family: 'go' };
  }
  if (base === 'composer' && first === 'install') {
    return { label: 'composer install', family: 'php' };
  }
  if (base === 'cargo' && first === 'fetch') return { label: 'cargo fetch', family: 'rust' };
  if ((base === 'mvn' || base === 'mvnw') && first.startsWith('dependency:')) {
    return { label: `${base} ${first}`, family: 'java' };
  }
  if (base === 'dotnet' && first === 'restore') {
    return { label: 'dotnet restore', family: 'dotnet' };
  }
  return undefined;
}

/** The language package manager installs a RUN makes, in order; none for other instructions. */
export function dependencyInstalls(instruction: Instruction): DependencyInstall[] {
  if (instruction.keyword !== 'RUN') return [];
  const found: DependencyInstall[] = [];
  for (const command of commandsOf(instruction)) {
    const install = detect(command.name, command.args);
    if (install) found.push({ ...install, line: command.line });
  }
  return found;
}
