/**
 * Render stage, rehype plugin: adds the walkthrough browser script, inlined, to pages that have a
 * walkthrough — and to no other page.
 */
import { hasClass, inlineScriptWhen } from '../render/rehype-inline-script.ts';
import { CLIENT_ENTRY } from './compile-client.ts';

export const rehypeWalkthroughScript = inlineScriptWhen(
  (node) => hasClass(node, 'section', 'walkthrough'),
  CLIENT_ENTRY,
);
