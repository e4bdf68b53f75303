/**
 * Render stage: the walkthrough browser script, inlined on pages that have a walkthrough — and
 * on no other page (by `rehypeInlineScripts`).
 */
import { inlineScript } from '../shared/rehype-inline-script.ts';
import { CLIENT_ENTRY } from './compile-client.ts';

export const walkthroughScript = inlineScript('section', 'walkthrough', CLIENT_ENTRY);
