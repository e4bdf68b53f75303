/**
 * `astro build` and `astro dev` import `astro.config.mjs` with Node first and fall back to a
 * Vite server that compiles the whole config graph (every `src/` module the integration
 * imports) when Node cannot load it. Node strips TypeScript types but refuses syntax that is
 * not erasable (parameter properties, enums, namespaces): one such constructor cost every
 * build about 2 s (docs/benchmarks.md, "The config loaded by Node"). `erasableSyntaxOnly` in
 * tsconfig.json makes `astro check` name the line; this test checks the result itself.
 * Loading the config also leaves Playwright (0.3 s) to the build that draws a diagram.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

describe('astro.config.mjs', () => {
  it('loads in plain Node, without Vite', async () => {
    const script = "import { createRequire } from 'node:module';" +
      "const c = await import('./astro.config.mjs');" +
      "const loaded = Object.keys(createRequire(import.meta.url).cache);" +
      "console.log(JSON.stringify({ names: c.default.integrations.map((i) => i.name)," +
      "playwright: loaded.filter((f) => f.includes('/playwright')).length," +
      "modules: loaded.length }));";
    const { stdout } = await run(process.execPath,
      ['--input-type=module', '--eval', script], { cwd: root, timeout: 60_000 });
    const loaded = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as
      { names: string[]; playwright: number; modules: number };
    expect(loaded.names).toContain('@astrojs/starlight');
    // CommonJS modules are listed (Playwright is one): the list is not empty, Playwright not in it.
    expect(loaded.modules).toBeGreaterThan(10);
    expect(loaded.playwright).toBe(0);
  });
});
