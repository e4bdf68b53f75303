/**
 * Analyse stage, comparisons: the text of a Markdown node as `mdast-util-to-string` gives it,
 * except that a text directive reads as the source it was written as. The pipeline's parser knows
 * directives (Starlight's asides), so `alpine:latest` in a cell arrives as the text `alpine` and a
 * directive named `latest`; a claim reads the cell as the author wrote it, `alpine:latest`.
 */
import type { Nodes } from 'mdast';

export function plainText(node: Nodes | readonly Nodes[], markdown: string): string {
  if (Array.isArray(node)) return node.map((child: Nodes) => plainText(child, markdown)).join('');
  const one = node as Nodes;
  if (one.type === 'textDirective') {
    const start = one.position?.start.offset;
    const end = one.position?.end.offset;
    if (start !== undefined && end !== undefined) return markdown.slice(start, end);
  }
  if ('value' in one) return one.value;
  if ('alt' in one && one.alt) return one.alt;
  return 'children' in one ? plainText(one.children, markdown) : '';
}
