/**
 * Analyse stage, Dockerfile engine: DL3019 (hadolint) checks that `apk add` runs with
 * `--no-cache`, unless the RUN mounts a cache (or tmpfs) over `/var/cache/apk`, where the index
 * and packages never reach the layer anyway.
 */
import type { Flag, Instruction, ShellCommand } from '../model.ts';
import type { Rule, RuleHit } from '../rule.ts';

const APK_CACHE = '/var/cache/apk';

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** An exec-form RUN has no shell; its array is still one command for the rules' purpose. */
function commandsOf(instruction: Instruction): ShellCommand[] {
  if (instruction.shell) return instruction.shell.commands;
  const [name, ...args] = instruction.json ?? [];
  if (name === undefined) return [];
  return [{ name, args, assignments: [], line: instruction.line }];
}

function unquote(text: string): string {
  return text.replace(/^["']|["']$/g, '');
}

/** `--mount=type=cache,target=/var/cache/apk`: BuildKit's `target`, `dst` or `destination`. */
function mountsCacheOver(flags: readonly Flag[], fragment: string): boolean {
  return flags.some((flag) => {
    if (flag.name !== 'mount' || flag.value === undefined) return false;
    const options = new Map(unquote(flag.value).split(',').map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [part, ''] : [part.slice(0, eq), unquote(part.slice(eq + 1))];
    }));
    const type = options.get('type');
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    return (type === 'cache' || type === 'tmpfs') && target !== undefined &&
      target.includes(fragment);
  });
}

/** `--no-cache` spelled as hadolint reads long flags: the name before any `=`. */
function hasNoCache(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--no-cache' || arg.startsWith('--no-cache='));
}

export const rule: Rule = {
  id: 'DL3019',
  source: 'hadolint',
  severity: 'info',
  title: 'Use --no-cache with apk add',
  description: '`apk add` should run with `--no-cache` (or under a BuildKit cache mount for ' +
    '`/var/cache/apk`) so that the package index is not left in the image.',
  rationale: 'Without `--no-cache`, apk stores its package index under `/var/cache/apk`, and ' +
    'that copy ships in the layer even though nothing in the running container needs it. ' +
    '`--no-cache` fetches the index, installs, and keeps nothing, with no `apk update` or ' +
    '`rm -rf /var/cache/apk/*` to remember.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3019',
  sameAs: [],
  scope: 'any',
  examples: {
    bad: 'FROM alpine:3.21\nRUN apk update && apk add curl=8.12.1-r0\n',
    good: 'FROM alpine:3.21\nRUN apk add --no-cache curl=8.12.1-r0\n',
  },
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN' || mountsCacheOver(instruction.flags, APK_CACHE)) continue;
      for (const command of commandsOf(instruction)) {
        if (basename(command.name) !== 'apk' || !command.args.includes('add')) continue;
        if (hasNoCache(command.args)) continue;
        hits.push({
          line: command.line,
          endLine: command.line,
          message: 'apk add without `--no-cache`: add it, or mount a cache with ' +
            '`RUN --mount=type=cache,target=/var/cache/apk`',
        });
      }
    }
    return hits;
  },
};
