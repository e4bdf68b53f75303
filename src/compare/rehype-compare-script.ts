/**
 * Render stage: the comparison table's browser script, inlined on pages that have a comparison
 * table, and on no other page (by `rehypeInlineScripts`).
 */
import { fileURLToPath } from 'node:url';
import { inlineScript } from '../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('./client/compare-table.ts', import.meta.url));

export const compareScript = inlineScript('table', 'compare-table', ENTRY);
