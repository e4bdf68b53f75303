/**
 * Course stage: a section keeps its own heading levels relative to each other, but a lesson
 * decides where they start (a write-up's h3 becomes the lesson's h2 when it opens a source).
 */
import type { ElementContent } from 'hast';
import { visit } from '../shared/visit.ts';

const LEVEL = /^h([1-6])$/;

function levelOf(tagName: string): number | undefined {
  const match = LEVEL.exec(tagName);
  return match ? Number(match[1]) : undefined;
}

/** Moves every heading in `nodes` so that the highest becomes `top` (h6 at most). In place. */
export function shiftHeadings(nodes: ElementContent[], top: number): ElementContent[] {
  const root = { type: 'root' as const, children: nodes };
  let highest = 7;
  visit(root, 'element', (node) => {
    highest = Math.min(highest, levelOf(node.tagName) ?? 7);
  });
  if (highest === 7) return nodes;
  const moved = (level: number): number => Math.min(6, level - highest + top);
  visit(root, 'element', (node) => {
    const level = levelOf(node.tagName);
    if (level !== undefined) node.tagName = `h${moved(level)}`;
    // Starlight's heading wrapper carries the level in a class (`level-h3`) for its styles.
    const classes = node.properties['className'];
    if (Array.isArray(classes)) {
      node.properties['className'] = classes.map((name) => {
        const match = /^level-h([1-6])$/.exec(String(name));
        return match ? `level-h${moved(Number(match[1]))}` : name;
      });
    }
  });
  return nodes;
}
