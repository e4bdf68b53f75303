/**
 * Render stage, rehype plugin: inlines the script that opens a wide diagram at its start
 * (client/diagram-start.ts) on pages that have a diagram, and on no other page.
 */
import { fileURLToPath } from 'node:url';
import { inlineScriptWhen } from '../../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('../client/diagram-start.ts', import.meta.url));

export const rehypeDiagramStartScript = inlineScriptWhen('figure', 'mermaid-diagram', ENTRY);
