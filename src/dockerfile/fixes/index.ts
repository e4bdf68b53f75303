/**
 * Analyse stage, Dockerfile engine, fixes: what `shipshape lint --fix` can rewrite. One fix per
 * file, keyed by rule id in `registry.ts`; `apply.ts` runs them. Each rule's page says whether
 * its rule is fixable and what the fix does.
 */
export { allFixes, fixFor } from './registry.ts';
export { applyFixes, splitLines, type FixResult } from './apply.ts';
export type { Fix, TextEdit } from './fix.ts';
