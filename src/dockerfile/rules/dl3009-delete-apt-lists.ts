/**
 * Analyse stage, Dockerfile engine: DL3009 reports a RUN that runs `apt-get update` (or `apt`,
 * `aptitude`) without removing `/var/lib/apt/lists` (an `rm` of that path or below it) in the
 * same RUN; hadolint accepts any `rm -rf`, which lets `rm -rf /tmp/x` pass. As in hadolint: a
 * RUN whose apt lists live in a BuildKit cache or tmpfs mount is fine, and only stages that end
 * up in an image count (the last stage, or a stage another FROM builds on); a snippet without
 * FROM counts as such a stage.
 */
import type { Instruction, Stage } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';

const LISTS = '/var/lib/apt/lists';
/** The apt front ends that download package lists, as in hadolint. */
const APT_TOOLS = new Set(['apt-get', 'apt', 'aptitude']);

/** Targets of cache or tmpfs mounts (`target`, also spelled `dst` or `destination`). */
function cacheTargets(instruction: Instruction): string[] {
  return instruction.flags
    .filter((flag) => flag.name === 'mount' && flag.value !== undefined)
    .flatMap((flag) => {
      const options = new Map((flag.value ?? '').split(',').map((part): [string, string] => {
        const eq = part.indexOf('=');
        return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      }));
      const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
      const type = options.get('type');
      return (type === 'cache' || type === 'tmpfs') && target !== undefined ? [target] : [];
    });
}

/** Lists in a cache mount never reach the layer, so there is nothing to delete. */
function listsCached(instruction: Instruction): boolean {
  const targets = cacheTargets(instruction);
  const cached = (dir: string): boolean => targets.some((target) => target.startsWith(dir));
  return cached(LISTS) || (cached('/var/lib/apt') && cached('/var/cache/apt'));
}

function forgetsLists(instruction: Instruction): boolean {
  const commands = commandsOf(instruction);
  const updates = commands.some((c) => APT_TOOLS.has(baseName(c.name)) &&
    c.args.includes('update'));
  const removes = commands.some((c) => baseName(c.name) === 'rm' &&
    c.args.some((arg) => arg.startsWith(LISTS)));
  return updates && !removes;
}

/**
 * Stages whose layers end up in an image: the last one, and those another FROM builds on. Before
 * any FROM (a snippet), the index is -1.
 */
function shippedStages(stages: readonly Stage[]): Set<number> {
  const bases = new Set(stages.map((s) => s.image.toLowerCase()));
  const shipped = new Set(stages
    .filter((s) => s.name !== undefined && bases.has(s.name.toLowerCase()))
    .map((s) => s.index));
  shipped.add(stages.length - 1);
  return shipped;
}

export const text: RuleText = {
  title: 'Delete the apt-get lists after installing something',
  description: 'A RUN runs `apt-get update` but does not remove `/var/lib/apt/lists/*` in the ' +
    'same RUN, so the package lists stay in the image.',
  rationale: 'The package lists that `apt-get update` downloads weigh tens of megabytes and are ' +
    'useless at run time; a later RUN cannot shrink the layer that already holds them. ' +
    'Deleting them in the same RUN (or keeping them in a cache mount) keeps the image smaller ' +
    'and avoids shipping stale indexes.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3009',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n',
    good: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
  },
};

export const rule: Rule = {
  id: 'DL3009',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const shipped = shippedStages(model.stages);
    return model.instructions
      .filter((instruction) => instruction.keyword === 'RUN' && shipped.has(instruction.stage) &&
        forgetsLists(instruction) && !listsCached(instruction))
      .map((instruction) => ({
        line: instruction.line,
        endLine: instruction.endLine,
        message: '`apt-get update` without `rm -rf /var/lib/apt/lists/*` in the same RUN: the ' +
          'package lists stay in the layer',
      }));
  },
};
