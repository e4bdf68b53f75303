/**
 * Analyse stage, Dockerfile engine: DL3013 reports packages in `pip install` (also `pip3`,
 * `python -m pip`) without a version. As in hadolint, it leaves alone installs from a
 * requirements file (`-r`), a constraints file (`-c`) or the current project (`.`), and counts as
 * pinned any spec with a version operator (`==`, `>=`, `~=`…), a VCS URL with `@ref`, a local
 * path, a wheel or an sdist.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runCommands } from '../rules-shared/command-hits.ts';
import { optionNames } from '../rules-shared/option-names.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { isPipInstall } from '../rules-shared/pip-install.ts';

const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const LOCAL_ARCHIVES = ['.whl', '.tar.gz'];
/** pip's VCS URLs (https://pip.pypa.io/en/stable/topics/vcs-support/): `git+https://…`. */
const VCS_URL = /^(git|hg|svn|bzr)[+:]/;

/**
 * pip options whose value is the next word, which must not be taken for a package: hadolint's
 * list, plus a few common ones it misses (`--cache-dir`, `--root-user-action`…).
 */
const VALUE_OPTIONS = new Set([
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url',
  'implementation', 'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy',
  'python-version', 'root', 'src', 't', 'target', 'trusted-host', 'upgrade-strategy',
  'cache-dir', 'cert', 'client-cert', 'config-settings', 'C', 'exists-action', 'global-option',
  'log', 'python', 'report', 'retries', 'root-user-action', 'timeout',
]);

/** Versions then come from a file, or from the project's own metadata. */
function installsFromFile(command: ShellCommand): boolean {
  return command.args.some((arg) => arg === '.' || arg === '--requirement' ||
    arg.startsWith('--requirement=') || (arg.startsWith('-r') && !arg.startsWith('--')) ||
    optionNames(arg).some((o) => o === 'c' || o === 'constraint'));
}

/** The words after `install` that are neither options nor option values. */
function packagesOf(command: ShellCommand): string[] {
  const words: string[] = [];
  const { args } = command;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-' || arg === '--') continue;
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && VALUE_OPTIONS.has(arg.slice(2))) i++;
    } else if (arg.startsWith('-')) {
      // In a cluster such as `-Ui`, the first option that takes a value takes the rest of the
      // cluster, or the next word when it comes last.
      const options = [...arg.slice(1)];
      if (options.findIndex((o) => VALUE_OPTIONS.has(o)) === options.length - 1) i++;
    } else {
      words.push(arg);
    }
  }
  const install = words.indexOf('install');
  if (install < 0) return [];
  return words.slice(install + 1).filter((word) => word !== 'install');
}

function isVcs(spec: string): boolean {
  return VCS_URL.test(spec);
}

function isPinned(spec: string): boolean {
  return VERSION_OPERATORS.some((op) => spec.includes(op)) ||
    (isVcs(spec) && spec.includes('@')) ||
    LOCAL_ARCHIVES.some((ext) => spec.endsWith(ext)) || spec.startsWith('.[') ||
    (!isVcs(spec) && spec.includes('/'));
}

function message(unpinned: readonly string[]): string {
  const names = unpinned.map((spec) => `\`${spec}\``).join(', ');
  const [only] = unpinned;
  if (only !== undefined && unpinned.length === 1) {
    return isVcs(only)
      ? `pip install ${names} without a ref: pin it with \`@<tag or commit>\` in the URL`
      : `pip install ${names} without a version: pin it as \`${only}==<version>\``;
  }
  return `pip install ${names} without versions: pin each as \`<package>==<version>\` or use ` +
    '`pip install -r requirements.txt`';
}

export const text: RuleText = {
  title: 'Pin versions in pip',
  description: 'A package in `pip install` has no version; write `<package>==<version>` or ' +
    'install from a requirements file.',
  rationale: 'Without a version, pip installs the newest release on PyPI at build time, so a ' +
    'rebuild can pull a new major version with breaking changes (or a compromised release). ' +
    'Pinned versions, or a locked requirements file, make the image reproducible and upgrades ' +
    'deliberate.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3013',
  examples: {
    bad: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask\n',
    good: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
  },
};

export const rule: Rule = {
  id: 'DL3013',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runCommands(model).flatMap(({ command, line, endLine }) => {
      // pipenv is not pip: it resolves versions from its own lock file (pipx installs packages
      // as pip does, and is checked).
      if (baseName(command.name).startsWith('pipenv')) return [];
      if (!isPipInstall(command) || installsFromFile(command)) return [];
      const unpinned = packagesOf(command).filter((spec) => !isPinned(spec));
      return unpinned.length === 0 ? [] : [{ line, endLine, message: message(unpinned) }];
    });
  },
};
