/**
 * Bench helper: the walkthrough budget — its own browser script gzipped (target ≤ 6 KB), and
 * which built pages carry it (target: only pages with a walkthrough).
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { compileClientScript } from '../../src/walkthrough/compile-client.ts';
import { listFiles } from '../../src/checks/site-files.ts';
import { markdownTable } from './markdown-table.ts';

export interface WalkthroughResult {
  scriptBytes: number;
  scriptGzipBytes: number;
  pagesWithWalkthrough: number;
  pagesWithScript: number;
  pagesWithScriptButNoWalkthrough: number;
  pages: number;
}

export async function benchWalkthrough(dist: string): Promise<WalkthroughResult> {
  const script = compileClientScript();
  const result: WalkthroughResult = {
    scriptBytes: Buffer.byteLength(script),
    scriptGzipBytes: gzipSync(script, { level: 9 }).length,
    pagesWithWalkthrough: 0,
    pagesWithScript: 0,
    pagesWithScriptButNoWalkthrough: 0,
    pages: 0,
  };
  for (const file of listFiles(dist, '.html')) {
    const html = await readFile(file, 'utf8');
    const has = html.includes('data-walkthrough="');
    const loads = html.includes(script.slice(0, 60));
    result.pages++;
    if (has) result.pagesWithWalkthrough++;
    if (loads) result.pagesWithScript++;
    if (loads && !has) result.pagesWithScriptButNoWalkthrough++;
  }
  return result;
}

export function walkthroughSection(r: WalkthroughResult): string {
  const ok = (pass: boolean) => (pass ? 'within target' : '**over target**');
  const rows = [
    ['walkthrough script, minified', `${(r.scriptBytes / 1024).toFixed(2)} KB`, '', ''],
    ['… gzipped (level 9)', `${(r.scriptGzipBytes / 1024).toFixed(2)} KB`, '≤ 6 KB',
      ok(r.scriptGzipBytes <= 6 * 1024)],
    ['pages with a walkthrough / pages carrying its script',
      `${r.pagesWithWalkthrough} / ${r.pagesWithScript} (of ${r.pages})`, 'equal',
      ok(r.pagesWithScript === r.pagesWithWalkthrough)],
    ['pages carrying the script without a walkthrough', `${r.pagesWithScriptButNoWalkthrough}`,
      '0', ok(r.pagesWithScriptButNoWalkthrough === 0)],
  ];
  return `## Walkthroughs\n\n${markdownTable(['measure', 'value', 'target', ''], rows)}\n\n` +
    'No layout shift when a step activates is checked in a browser test ' +
    '(`tests/browser/walkthrough.spec.ts`): step boxes keep their size, only colours change.';
}
