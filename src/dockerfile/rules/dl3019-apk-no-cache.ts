/**
 * Analyse stage, Dockerfile engine: DL3019 (hadolint) checks that `apk add` runs with
 * `--no-cache`, unless the RUN mounts a cache (or tmpfs) over `/var/cache/apk`, where the index
 * and packages never reach the layer anyway.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { mountsCacheOver } from '../rules-shared/cache-mount.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';

const APK_CACHE = '/var/cache/apk';

/** `--no-cache` spelled as hadolint reads long flags: the name before any `=`. */
function hasNoCache(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--no-cache' || arg.startsWith('--no-cache='));
}

export const text: RuleText = {
  title: 'Use --no-cache with apk add',
  description: '`apk add` should run with `--no-cache` (or under a BuildKit cache mount for ' +
    '`/var/cache/apk`) so that the package index is not left in the image.',
  rationale: 'Without `--no-cache`, apk stores its package index under `/var/cache/apk`, and ' +
    'that copy ships in the layer even though nothing in the running container needs it. ' +
    '`--no-cache` fetches the index, installs, and keeps nothing, with no `apk update` or ' +
    '`rm -rf /var/cache/apk/*` to remember.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3019',
  examples: {
    bad: 'FROM alpine:3.21\nRUN apk update && apk add curl=8.12.1-r0\n',
    good: 'FROM alpine:3.21\nRUN apk add --no-cache curl=8.12.1-r0\n',
  },
};

export const rule: Rule = {
  id: 'DL3019',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN' || mountsCacheOver(instruction.flags, APK_CACHE)) continue;
      for (const command of commandsOf(instruction)) {
        if (baseName(command.name) !== 'apk' || !command.args.includes('add')) continue;
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
