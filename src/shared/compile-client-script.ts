/**
 * Shared by every stage that ships a browser script (render, walkthrough, compare,
 * examples): compiles a browser script (a `client/*.ts` file) to minified JavaScript with
 * esbuild, once per entry per process, for pages that inline it.
 */
import { buildSync, type BuildOptions } from 'esbuild';

/** How every browser script of the guide is bundled: one minified ES module, nothing written. */
export const BROWSER_BUNDLE = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'error',
} as const satisfies BuildOptions;

const compiled = new Map<string, string>();

export function compileClientScript(entry: string): string {
  let code = compiled.get(entry);
  if (code === undefined) {
    code = buildSync({ ...BROWSER_BUNDLE, entryPoints: [entry] })
      .outputFiles[0]?.text.trim() ?? '';
    compiled.set(entry, code);
  }
  return code;
}
