/**
 * Render stage: compiles a browser script (a `client/*.ts` file) to minified JavaScript with
 * esbuild, once per entry per process, for pages that inline it.
 */
import { buildSync } from 'esbuild';

const compiled = new Map<string, string>();

export function compileClientScript(entry: string): string {
  let code = compiled.get(entry);
  if (code === undefined) {
    code = buildSync({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    }).outputFiles[0]?.text.trim() ?? '';
    compiled.set(entry, code);
  }
  return code;
}
