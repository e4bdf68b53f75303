/**
 * Render stage, rehype plugin: inlines the comparison table's browser script on pages that have
 * a comparison table, and on no other page.
 */
import { fileURLToPath } from 'node:url';
import { inlineScriptWhen } from '../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('./client/compare-table.ts', import.meta.url));

export const rehypeCompareScript = inlineScriptWhen(
  'table',
  'compare-table',
  ENTRY,
);
