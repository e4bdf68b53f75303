/**
 * `astro build` and `astro dev` import `astro.config.mjs` with Node first and fall back to a
 * Vite server that compiles the whole config graph (every `src/` module the integration
 * imports) when Node cannot load it. Node strips TypeScript types but refuses syntax that is
 * not erasable (parameter properties, enums, namespaces): one such constructor cost every
 * build about 2 s (docs/benchmarks.md, "The config loaded by Node"). `erasableSyntaxOnly` in
 * tsconfig.json makes `astro check` name the line; this test checks the result itself.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

describe('astro.config.mjs', () => {
  it('loads in plain Node, without Vite', async () => {
    const script = "const c = await import('./astro.config.mjs');" +
      "console.log(JSON.stringify(c.default.integrations.map((i) => i.name)));";
    const { stdout } = await run(process.execPath,
      ['--input-type=module', '--eval', script], { cwd: root, timeout: 60_000 });
    const names = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[];
    expect(names).toContain('@astrojs/starlight');
  });
});
