/**
 * Analyse stage, Dockerfile engine, shared by rules: whether a RUN mounts a cache (or a tmpfs)
 * over a directory, so what a tool writes there never reaches the layer.
 */
import type { Flag } from '../model.ts';
import { unquote } from './unquote.ts';

/**
 * `--mount=type=cache,target=…` (or `type=tmpfs`) whose target contains `fragment`; BuildKit
 * also spells the target `dst` or `destination`.
 */
export function mountsCacheOver(flags: readonly Flag[], fragment: string): boolean {
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
