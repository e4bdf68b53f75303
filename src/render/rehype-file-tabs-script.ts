/** Render stage, rehype plugin: inlines the file-tabs script on pages that have file tabs. */
import { fileURLToPath } from 'node:url';
import { inlineScriptWhen } from '../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('./client/file-tabs.ts', import.meta.url));

export const rehypeFileTabsScript = inlineScriptWhen(
  'div',
  'file-tabs',
  ENTRY,
);
