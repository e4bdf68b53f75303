/**
 * Render stage: the script that opens a wide diagram at its start (client/diagram-start.ts),
 * inlined on pages that have a diagram, and on no other page.
 */
import { fileURLToPath } from 'node:url';
import { inlineScript } from '../../shared/rehype-inline-script.ts';

const ENTRY = fileURLToPath(new URL('../client/diagram-start.ts', import.meta.url));

export const diagramStartScript = inlineScript('figure', 'mermaid-diagram', ENTRY);
