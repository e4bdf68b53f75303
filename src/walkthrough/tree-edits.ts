/**
 * Render stage, walkthroughs: the edits a walkthrough makes to a write-up's Markdown tree —
 * moving a node out, putting one in another's place or after it, and tying the whole file shown
 * in the walkthrough back to where it came from (the author's block, or a file beside the
 * write-up). Shared by the walkthroughs inferred from snippets and from prose.
 */
import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

type Parent = { children: RootContent[] };

/** Removes `target` from wherever it sits under `root`; true when found. */
export function removeNode(root: Parent, target: RootContent): boolean {
  const at = root.children.indexOf(target);
  if (at !== -1) {
    root.children.splice(at, 1);
    return true;
  }
  return root.children.some((child) => 'children' in child && removeNode(child as Parent, target));
}

/** Replaces `target` under `root` with `replacement`; true when found. */
export function replaceNode(root: Parent, target: RootContent, replacement: RootContent): boolean {
  const at = root.children.indexOf(target);
  if (at !== -1) {
    root.children.splice(at, 1, replacement);
    return true;
  }
  return root.children.some((child) =>
    'children' in child && replaceNode(child as Parent, target, replacement));
}

export function insertAfter(root: Parent, target: RootContent, node: RootContent): boolean {
  const at = root.children.indexOf(target);
  if (at !== -1) {
    root.children.splice(at + 1, 0, node);
    return true;
  }
  return root.children.some((child) =>
    'children' in child && insertAfter(child as Parent, target, node));
}

const WHOLE = /(?:^|\s)wt-whole(?:\s|$)/;

/**
 * The whole file shown in the walkthrough is the author's block: it keeps its position, so that
 * its findings and the practices matrix name the lines of the author's file.
 */
export function keepPosition(node: RootContent, from: Code): void {
  visit(node, 'code', (code: Code) => {
    if (WHOLE.test(code.meta ?? '') && from.position) code.position = from.position;
  });
}

/**
 * A walkthrough of a Dockerfile beside the Markdown (`file="Dockerfile"`): the whole file names
 * it (`data-file`, read and removed by src/practices/rehype-practice-evidence.ts), so that the
 * practices matrix names lines of that file.
 */
export function markWholeFile(node: RootContent, path: string): void {
  visit(node, 'code', (code: Code) => {
    if (!WHOLE.test(code.meta ?? '')) return;
    const data = code.data ?? {};
    code.data = { ...data, hProperties: { ...data.hProperties, dataFile: path } };
  });
}
