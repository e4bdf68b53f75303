/**
 * Render stage, for the write-up command checks (remark-command-checks.ts): a finding is told
 * to the author at `file:line` and shown to the reader in a note right after the block that
 * holds it.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { splitInlineCode } from '../shared/inline-code.ts';

export interface CommandFinding {
  ruleId: string;
  line: number;
  column: number;
  /** The message without its `file:line:column: ` prefix. */
  text: string;
}

function noteFor(label: string, message: string): RootContent {
  return {
    type: 'paragraph',
    data: { hName: 'aside', hProperties: { className: ['command-finding'], role: 'note' } },
    children: [{ type: 'strong', children: [{ type: 'text', value: `${label}: ` }] },
      ...splitInlineCode(message).map((part): PhrasingContent => part.code
        ? { type: 'inlineCode', value: part.text }
        : { type: 'text', value: part.text })],
  };
}

/** Reports `finding` on `file` and puts its note after the top-level block at its line. */
export function reportCommandFinding(
  tree: Root,
  file: VFile,
  label: string,
  finding: CommandFinding,
): void {
  file.message(finding.text, {
    place: { line: finding.line, column: finding.column },
    ruleId: finding.ruleId,
    source: 'shipshape',
  });
  const at = tree.children.findIndex((node) => {
    const start = node.position?.start.line ?? Infinity;
    const end = node.position?.end.line ?? -Infinity;
    return start <= finding.line && finding.line <= end;
  });
  tree.children.splice(at === -1 ? tree.children.length : at + 1, 0, noteFor(label, finding.text));
}
