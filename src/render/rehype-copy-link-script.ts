/**
 * Render stage, rehype plugin: inlines the copy-link script on pages that have copy-link buttons.
 */
import { fileURLToPath } from 'node:url';
import { inlineScriptWhen } from '../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('./client/copy-link.ts', import.meta.url));

export const rehypeCopyLinkScript = inlineScriptWhen(
  'button',
  'copy-link',
  ENTRY,
);
