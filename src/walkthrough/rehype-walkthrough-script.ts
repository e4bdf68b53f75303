/**
 * Render stage, rehype plugin: adds the walkthrough browser script, inlined, to pages that have a
 * walkthrough — and to no other page.
 */
import { inlineScriptWhen } from '../shared/rehype-inline-script.ts';
import { CLIENT_ENTRY } from './compile-client.ts';

export const rehypeWalkthroughScript = inlineScriptWhen(
  'section',
  'walkthrough',
  CLIENT_ENTRY,
);
