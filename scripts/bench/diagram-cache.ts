/**
 * Bench helper: build time with a cold and with a warm Mermaid diagram cache. Cold: the cache
 * folder removed, so every diagram is rendered in a browser; warm: unchanged diagrams come from
 * the cache and no browser starts.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { timeCleanBuild } from './build.ts';
import { formatSeconds } from './format.ts';
import { markdownTable } from './markdown-table.ts';

export interface DiagramCacheResult {
  coldMs: number;
  warmMs: number;
}

export async function benchDiagramCache(root: string): Promise<DiagramCacheResult> {
  await rm(join(root, 'node_modules', '.cache', 'shipshape-mermaid'), { recursive: true,
    force: true });
  const coldMs = await timeCleanBuild(root, 'shipshape build, cold diagram cache');
  const warmMs = await timeCleanBuild(root, 'shipshape build, warm diagram cache');
  return { coldMs, warmMs };
}

export function diagramCacheSection(result: DiagramCacheResult): string {
  const rows = [
    [
      'clean build, diagram cache cold (renders every Mermaid diagram)',
      formatSeconds(result.coldMs),
    ],
    ['clean build, diagram cache warm (no browser starts)', formatSeconds(result.warmMs)],
  ];
  return `## Mermaid diagram cache\n\n${markdownTable(['build', 'time'], rows)}\n\n` +
    'One build each; the other builds above ran with a warm cache after the first.';
}
