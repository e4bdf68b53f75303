/**
 * Course stage: a walkthrough step pulled on its own (a write-up section that the write-up's
 * walkthrough made a step) says "Step 5 · Lines 16–17" — of a walkthrough the lesson does not
 * show. It says instead which lines of which Dockerfile, and links to the step on its page; the
 * lines themselves are in the step's excerpt right under it.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visitParents } from '../shared/visit.ts';

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}

/** "Step 5 · Lines 16–17" → "Lines 16–17". */
export function linesOf(label: string): string {
  const parts = label.split('·').map((part) => part.trim());
  return parts.find((part) => /^Lines?\b/.test(part)) ?? parts.at(-1) ?? label;
}

/** Rewrites step labels outside a walkthrough in `nodes`, in place; returns `nodes`. */
export function resolveStepReferences(nodes: ElementContent[]): ElementContent[] {
  const root = { type: 'root' as const, children: nodes };
  visitParents(root, 'element', (node, ancestors) => {
    if (!hasClass(node, 'wt-step-lines')) return;
    if (ancestors.some((a) => a.type === 'element' && hasClass(a, 'walkthrough'))) return;
    const parent = ancestors.at(-1);
    const siblings = parent?.children ?? [];
    const link = siblings
      .map((sibling) => sibling.type === 'element' ? select('a.wt-step-link', sibling) : undefined)
      .find((found) => found !== undefined);
    const href = link?.properties['href'];
    const lines = linesOf(toString(node));
    const name = 'the write-up\u2019s walkthrough';
    node.children = [
      h('span', `${lines} of the Dockerfile explained in `),
      typeof href === 'string' ? h('a', { href }, name) : { type: 'text', value: name },
    ];
  });
  return nodes;
}
