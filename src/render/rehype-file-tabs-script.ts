/** Render stage: the file-tabs script, inlined on pages that have file tabs. */
import { fileURLToPath } from 'node:url';
import { inlineScript } from '../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('./client/file-tabs.ts', import.meta.url));

export const fileTabsScript = inlineScript('div', 'file-tabs', ENTRY);
