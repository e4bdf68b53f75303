/**
 * Ingest stage: where the write-ups come from. `content/writeups/` by default; any folder when
 * `SHIPSHAPE_CONTENT` names one (absolute, or relative to the project folder), so that a guide is
 * built from a folder of submissions as they are, without copying it in
 * (`npx shipshape build --content ../submissions` sets it: src/cli/build-command.ts).
 */
import { resolve } from 'node:path';

/** The environment variable that names the folder of write-ups. */
export const CONTENT_VARIABLE = 'SHIPSHAPE_CONTENT';

/**
 * The folder of write-ups, absolute: the one `SHIPSHAPE_CONTENT` names, else `configured` (the
 * plugin's `writeups` option); `root` is the project folder.
 */
export function writeupsFolder(root: string, env: NodeJS.ProcessEnv = process.env,
  configured = 'content/writeups'): string {
  const chosen = env[CONTENT_VARIABLE]?.trim();
  return resolve(root, chosen === undefined || chosen === '' ? configured : chosen);
}

/**
 * Whether the write-ups are the guide's own (`configured`: the plugin's `writeups` option,
 * `content/writeups` by default). The course and the examples' `basedOn` name those write-ups;
 * a guide built from another folder leaves the course out and links no example to a write-up.
 */
export function ownWriteups(root: string, env: NodeJS.ProcessEnv = process.env,
  configured = 'content/writeups'): boolean {
  return writeupsFolder(root, env, configured) === resolve(root, configured);
}
