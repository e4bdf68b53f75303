/**
 * Analyse stage, Dockerfile engine: BuildKit's JSONArgsRecommended check. Reports CMD and
 * ENTRYPOINT in shell form, unless a SHELL instruction earlier in the stage (or in a stage it
 * builds on) set the shell: BuildKit takes that as a deliberate choice of shell form.
 */
import type { DockerfileModel, Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { stageLineage } from '../rules-shared/stage-lineage.ts';

/** The line of each stage's first SHELL, by stage index: read once, not once per CMD. */
function firstShells(model: DockerfileModel): Map<number, number> {
  const first = new Map<number, number>();
  for (const other of model.instructions) {
    if (other.keyword === 'SHELL' && !first.has(other.stage)) first.set(other.stage, other.line);
  }
  return first;
}

/**
 * A SHELL earlier in the stage, or anywhere in a stage it is built `FROM`, sets the shell.
 * Linear in the file: with one scan of the instructions per CMD, 20 000 CMDs took 17 s.
 */
function shellIsExplicit(model: DockerfileModel, instruction: Instruction,
  shells: ReadonlyMap<number, number>): boolean {
  const own = shells.get(instruction.stage);
  if (own !== undefined && own < instruction.line) return true;
  return stageLineage(model, model.stages[instruction.stage]).slice(1)
    .some((stage) => shells.has(stage.index));
}

/** Characters that need a shell: the exec form would pass them to the program literally. */
const SHELL_SYNTAX = /[|&;<>()$`*?~]/;

function suggestion(instruction: Instruction): string {
  const { keyword, args } = instruction;
  if (args.some((word) => SHELL_SYNTAX.test(word))) {
    return `move the command into a script and use \`${keyword} ["/entrypoint.sh"]\`, or set ` +
      'SHELL explicitly if a shell is intended';
  }
  return `write \`${keyword} [${args.map((word) => JSON.stringify(word)).join(', ')}]\``;
}

export const text: RuleText = {
  title: 'Use JSON arguments for CMD and ENTRYPOINT',
  description: '`CMD` and `ENTRYPOINT` written in shell form (`CMD python app.py`) run under ' +
    '`/bin/sh -c`; the exec form (`CMD ["python", "app.py"]`) runs the program directly.',
  rationale: 'In shell form the shell becomes PID 1 and does not pass SIGTERM on, so ' +
    '`docker stop` waits out its timeout and then kills the app without a clean shutdown. The ' +
    'exec form makes the program itself receive signals and exit gracefully.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/json-args-recommended/',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nCMD python app.py\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'JSONArgsRecommended',
  source: 'buildkit',
  severity: 'warning',
  sameAs: ['DL3025'],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    const shells = firstShells(model);
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
      if (instruction.json !== undefined || instruction.argsText === '') continue;
      if (shellIsExplicit(model, instruction, shells)) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `JSON arguments recommended for ${instruction.keyword} to prevent unintended ` +
          `behavior related to OS signals: ${suggestion(instruction)}.`,
      });
    }
    return hits;
  },
};
