/**
 * Render stage, walkthroughs: the walkthrough's browser script (client/walkthrough.ts),
 * compiled once per build.
 */
import { fileURLToPath } from 'node:url';
import { compileClientScript as compile } from '../shared/compile-client-script.ts';

export const CLIENT_ENTRY = fileURLToPath(new URL('./client/walkthrough.ts', import.meta.url));

export function compileClientScript(): string {
  return compile(CLIENT_ENTRY);
}
