/** Render stage: the copy-link script, inlined on pages that have copy-link buttons. */
import { fileURLToPath } from 'node:url';
import { inlineScript } from '../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('./client/copy-link.ts', import.meta.url));

export const copyLinkScript = inlineScript('button', 'copy-link', ENTRY);
