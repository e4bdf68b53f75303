/**
 * Analyse stage, Dockerfile engine: DL3042 (hadolint) checks that `pip install` (also `pip3`,
 * `python -m pip`) runs with `--no-cache-dir`. It stays silent when `PIP_NO_CACHE_DIR` is set to
 * a true value for the command (ENV, including a parent stage's, ARG, or an assignment in the
 * RUN), when a cache mount holds pip's cache, and for the pipx and pipenv wrappers. It reports
 * once per RUN, as hadolint does, however many pip commands the RUN holds.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { mountsCacheOver } from '../rules-shared/cache-mount.ts';
import { isPipInstall } from '../rules-shared/pip-install.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';
import { unquote } from '../rules-shared/unquote.ts';
import { variablesInScope } from '../scope.ts';

/** The values hadolint accepts as "set"; pip itself is laxer, so these are surely honoured. */
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
const SETTING = 'PIP_NO_CACHE_DIR';

function containsRun(args: readonly string[], run: readonly string[]): boolean {
  return args.some((_, i) => run.every((word, j) => args[i + j] === word));
}

/** pipx and pipenv manage their own environments; their `install` is not pip's. */
function isPipWrapper(command: ShellCommand): boolean {
  const name = baseName(command.name);
  return ['pipx', 'pipenv'].some((wrapper) => name.includes(wrapper) ||
    (name.startsWith('python') && containsRun(command.args, ['-m', wrapper])));
}

/** `PIP_NO_CACHE_DIR=1 pip install …`, `export PIP_NO_CACHE_DIR=1`, `env PIP_NO_CACHE_DIR=1`. */
function setInScript(commands: readonly ShellCommand[]): boolean {
  return commands.some((command) => [...command.assignments, ...command.args].some((word) =>
    word.startsWith(`${SETTING}=`) && TRUTHY.has(unquote(word.slice(SETTING.length + 1)))));
}

export const text: RuleText = {
  title: "Avoid pip's cache",
  description: '`pip install` should run with `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`, or ' +
    'under a BuildKit cache mount for `~/.cache/pip`).',
  rationale: 'pip keeps every wheel it downloads under `~/.cache/pip`, and in an image build ' +
    'that cache is written into the layer and shipped, often tens of megabytes nobody will ' +
    'reuse. `--no-cache-dir` keeps the layer to the installed packages alone.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3042',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt /app/\n' +
      'RUN pip install -r requirements.txt\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt /app/\n' +
      'RUN pip install --no-cache-dir -r requirements.txt\n',
  },
};

export const rule: Rule = {
  id: 'DL3042',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const commands = commandsOf(instruction);
      const installs = commands.filter((command) => isPipInstall(command) &&
        !isPipWrapper(command) && !command.args.includes('--no-cache-dir'));
      if (installs.length === 0) continue;
      if (mountsCacheOver(instruction.flags, '.cache/pip') || setInScript(commands)) continue;
      // ENV before any FROM (a snippet) has no stage scope: it is read as written.
      const value = variablesInScope(model, instruction).get(SETTING)?.value ?? model.variables
        .findLast((v) => v.name === SETTING && v.kind === 'ENV' && v.stage === instruction.stage &&
          v.line < instruction.line)?.value;
      if (value !== undefined && TRUTHY.has(unquote(value))) continue;
      // One finding per RUN, as hadolint reports it, naming every pip command at fault.
      const what = installs.map((command) => {
        const name = baseName(command.name);
        return name.startsWith('python') ? `${name} -m pip install` : `${name} install`;
      });
      const first = installs[0]?.line ?? instruction.line;
      hits.push({
        line: first,
        endLine: installs.at(-1)?.line ?? first,
        message: `${[...new Set(what)].join(', ')} without \`--no-cache-dir\`: add it, or set ` +
          `\`ENV ${SETTING}=1\``,
      });
    }
    return hits;
  },
};
