/**
 * Render stage, walkthroughs: the edits a walkthrough makes to a write-up's Markdown tree —
 * moving a node out, putting one in another's place or after it, and tying the whole file shown
 * in the walkthrough back to where it came from (the author's block, or a file beside the
 * write-up), and dropping the headings left with nothing under them once their sections moved.
 * Shared by the walkthroughs inferred from snippets and from prose.
 */
import type { Code, Heading, List, ListItem, Root, RootContent } from 'mdast';
import { visit } from '../shared/visit.ts';

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

/** The heading a section at `at` sits under (the last shallower one before it). */
export function parentHeading(tree: Root, at: number): Heading | undefined {
  const own = tree.children[at];
  const depth = own?.type === 'heading' ? own.depth : 7;
  return tree.children.slice(0, at).reverse()
    .find((c): c is Heading => c.type === 'heading' && c.depth < depth);
}

/** Whether the heading at `i` has nothing under it: the next node is a heading no deeper. */
function emptyAt(children: readonly RootContent[], i: number): boolean {
  const heading = children[i];
  const next = children[i + 1];
  return heading?.type === 'heading' &&
    (next === undefined || (next.type === 'heading' && next.depth <= heading.depth));
}

/**
 * Some items of `list`, as lists that keep the items' numbers: an ordered list's items 4 and 5
 * moved into a step still read "4." and "5.", and items 1–3 and 6 left behind read 1–3 and 6
 * (one list per run of consecutive items, each with its `start`). An unordered list's items stay
 * in one list.
 */
export function listRuns(list: List, items: readonly ListItem[]): List[] {
  const places = items.map((item) => list.children.indexOf(item)).filter((i) => i >= 0)
    .sort((a, b) => a - b);
  const picked = (run: readonly number[]) => run.map((i) => list.children[i]!);
  if (!list.ordered) return [{ ...list, start: null, children: picked(places) }];
  const runs: number[][] = [];
  for (const place of places) {
    const run = runs.at(-1);
    if (run && run.at(-1) === place - 1) run.push(place);
    else runs.push([place]);
  }
  return runs.map((run) => ({ ...list, start: (list.start ?? 1) + run[0]!,
    children: picked(run) }));
}

/**
 * Removes `moved` (the sections that became steps) from the top of the page, and with them the
 * `parents` that then hold nothing: "## Best practices" over the explained practices, the
 * walkthrough shown elsewhere, would stay as an empty heading in the page and its contents.
 */
export function removeMoved(tree: Root, moved: readonly RootContent[],
  parents: readonly Heading[]): void {
  const kept = tree.children.filter((child) => !moved.includes(child) &&
    !(child.type === 'list' && child.children.length === 0));
  // From the deepest up: a parent emptied only once its own empty child heading goes.
  let children = kept;
  for (let changed = true; changed;) {
    const next = children.filter((child, i) =>
      !(child.type === 'heading' && parents.includes(child) && emptyAt(children, i)));
    changed = next.length !== children.length;
    children = next;
  }
  tree.children = children;
}

/**
 * A walkthrough of a write-up folder's own file (`path`, whose block `block` sits among the
 * folder's files after the text) goes where its first explained section was, `at` at the top of
 * the page, so the explanations stay under the author's heading; in the file list the block
 * gives way to a line pointing up to it (`anchor`), so the file is not shown twice.
 */
export function placeFolderWalkthrough(tree: Root, node: RootContent, block: Code, path: string,
  at: number, anchor: string): boolean {
  const pointer: RootContent = {
    type: 'paragraph',
    children: [
      { type: 'inlineCode', value: path },
      { type: 'text', value: ' is explained step by step in ' },
      { type: 'link', url: `#${anchor}`, children: [{ type: 'text', value: 'the walkthrough' }] },
      { type: 'text', value: ' above.' },
    ],
  };
  if (!replaceNode(tree, block, pointer)) return false;
  tree.children.splice(Math.max(0, Math.min(at, tree.children.length)), 0, node);
  return true;
}
