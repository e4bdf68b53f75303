/**
 * Render stage, walkthroughs: compiles the browser script (client/walkthrough.ts) to minified
 * JavaScript with esbuild, once per process.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let compiled: string | undefined;

export const CLIENT_ENTRY = fileURLToPath(new URL('./client/walkthrough.ts', import.meta.url));

export function compileClientScript(): string {
  compiled ??= buildSync({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  }).outputFiles[0]?.text.trim() ?? '';
  return compiled;
}
