/**
 * Outputs stage, PDF: break opportunities inside the names a table cell holds. Print cells do
 * not break inside a word (print.css), so a narrow column would otherwise push the table wide;
 * a `<wbr>` after each `/`, `:` and `-` lets `gcr.io/distroless/python3-debian12` wrap at
 * `gcr.io/` or `python3-`, never inside `distroless` ("gcr.i o/dis trole ss" before). Text only:
 * an SVG in a cell is left alone. Changes the tree it is given.
 */
import type { Element, ElementContent } from 'hast';

/** After these a name may wrap; the character stays at the end of the line. */
const BREAK_AFTER = /(?<=[/:-])(?=[^\s/:-])/;

function withBreaks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') {
      if (node.tagName !== 'svg') node.children = withBreaks(node.children);
      return [node];
    }
    if (node.type !== 'text') return [node];
    return node.value.split(BREAK_AFTER).flatMap((value, index): ElementContent[] => {
      const text: ElementContent = { type: 'text', value };
      if (index === 0) return [text];
      const wbr: Element = { type: 'element', tagName: 'wbr', properties: {}, children: [] };
      return [wbr, text];
    });
  });
}

function visitCells(node: Element): void {
  for (const child of node.children) {
    if (child.type !== 'element' || child.tagName === 'svg') continue;
    if (child.tagName === 'td' || child.tagName === 'th') {
      child.children = withBreaks(child.children);
    } else {
      visitCells(child);
    }
  }
}

/** Puts a `<wbr>` after every `/`, `:` and `-` inside the table cells of `root`. */
export function cellBreaks(root: Element): Element {
  visitCells(root);
  return root;
}
