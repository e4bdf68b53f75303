/**
 * Analyse stage, Dockerfile engine: SS002 reports a language package manager install (pip,
 * python -m pip, uv, poetry, pipenv, npm, yarn, pnpm, bun, bundle, go mod download, composer,
 * cargo fetch, mvn dependency:…, dotnet restore) that runs in a stage after a COPY or ADD of
 * the whole build context. System packages (apt, apk) do not depend on the sources and are not
 * counted. When the same ecosystem already installed its dependencies before the copy, the later
 * step is taken to install the project itself (`pip install --no-deps .`, `uv sync`) and passes.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';
import { copiesWholeContext } from '../rules-shared/whole-context-copy.ts';

interface Install {
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

function detect(name: string, args: readonly string[]): Omit<Install, 'line'> | undefined {
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

function installs(instruction: Instruction): Install[] {
  if (instruction.keyword !== 'RUN') return [];
  const found: Install[] = [];
  for (const command of commandsOf(instruction)) {
    const install = detect(command.name, command.args);
    if (install) found.push({ ...install, line: command.line });
  }
  return found;
}

export const text: RuleText = {
  title: 'Dependencies installed after COPY . .',
  description: 'A package manager install (`pip install`, `npm ci`, `go mod download`, …) runs ' +
    'after the whole source tree was copied in, instead of after copying just the dependency ' +
    'manifest.',
  rationale: 'Docker reuses a layer only while everything before it is unchanged. After ' +
    '`COPY . .` any edit to any source file invalidates the install layer, so every build ' +
    'downloads and installs all dependencies again. Copying the manifest (`requirements.txt`, ' +
    '`package-lock.json`, `go.sum`) first, installing, and copying the rest afterwards keeps ' +
    'that slow step cached until the dependencies themselves change.',
  upstreamUrl: undefined,
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n' +
      'RUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\n' +
      'RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'SS002',
  source: 'shipshape',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    // Per stage (a snippet's instructions share stage -1): each stage has its own layer chain.
    const copied = new Map<number, Instruction>();
    const installedBefore = new Map<number, Set<string>>();
    for (const instruction of model.instructions) {
      const { stage } = instruction;
      const copy = copied.get(stage);
      if (!copy) {
        if (copiesWholeContext(instruction)) {
          copied.set(stage, instruction);
          continue;
        }
        const families = installedBefore.get(stage) ?? new Set<string>();
        for (const install of installs(instruction)) families.add(install.family);
        installedBefore.set(stage, families);
        continue;
      }
      const done = installedBefore.get(stage);
      const late = installs(instruction).find((install) => !done?.has(install.family));
      if (!late) continue;
      const written = `${copy.keyword} ${copy.args.join(' ')}`;
      hits.push({
        line: late.line,
        endLine: late.line,
        message: `\`${late.label}\` (line ${late.line}) runs after \`${written}\` (line ` +
          `${copy.line}): copy the dependency manifest first, install, then copy the rest.`,
      });
    }
    return hits;
  },
};
