/**
 * Ingest stage, part of sanitizing: raw HTML that the sanitizer removes with its content
 * (`<template>`, `<select>`, `<object>`, `<math>`, `<svg>`…) and that is never closed takes the
 * rest of the write-up into it when HTML is parsed — headings, paragraphs, code blocks — and all
 * of it went with the element, under a warning that named only the element. The parts Markdown
 * built are the author's text, not the element's: they are moved out, after it, before
 * sanitizing, and the move is reported at the element's line.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { builtOf, type BuiltElements } from './built-elements.ts';
import { strippedTags } from './sanitize-schema.ts';

type Parent = Root | Element;

/** A `<template>`'s children live in its `content` (a fragment), not in `children`. */
function childLists(node: Element): ElementContent[][] {
  const content = (node as Element & { content?: Root }).content;
  const lists = [node.children];
  if (content) lists.push(content.children as ElementContent[]);
  return lists;
}

/** Takes the outermost built elements out of `node`'s subtree, in document order. */
function takeBuilt(node: Element, built: BuiltElements): Element[] {
  const taken: Element[] = [];
  for (const list of childLists(node)) {
    for (let i = 0; i < list.length; i++) {
      const child = list[i];
      if (child?.type !== 'element') continue;
      if (builtOf(child, built)) {
        taken.push(child);
        list.splice(i--, 1);
      } else {
        taken.push(...takeBuilt(child, built));
      }
    }
  }
  return taken;
}

/** Built elements that hold only phrasing content: a rescued block cannot go inside one. */
const PHRASING_ONLY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Where rescued elements go: after `node` in `list`. */
interface Spot { list: RootContent[]; node: RootContent }

/** Moves Markdown's own elements out of raw elements that are removed with their content. */
export function rescueSwallowed(tree: Root, built: BuiltElements, file: VFile): void {
  // `outer`: the paragraph or heading the raw element sits in, if any (rescued blocks go after).
  const walk = (parent: Parent, outer: Spot | undefined): void => {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child?.type !== 'element') continue;
      if (!strippedTags.has(child.tagName) || builtOf(child, built)) {
        const phrasing = PHRASING_ONLY.has(builtOf(child, built)?.tagName ?? '');
        walk(child, outer ?? (phrasing ? { list: children, node: child } : undefined));
        continue;
      }
      const rescued = takeBuilt(child, built);
      if (rescued.length === 0) continue;
      const spot = outer ?? { list: children, node: child };
      spot.list.splice(spot.list.indexOf(spot.node) + 1, 0, ...rescued);
      file.message(`raw \`<${child.tagName}>\` (never closed?) took in ${rescued.length} ` +
        `block${rescued.length === 1 ? '' : 's'} of the write-up after it; removed the ` +
        `element and kept them (close it with \`</${child.tagName}>\` or remove it)`,
      { place: child.position, ruleId: 'unclosed-html', source: 'shipshape' });
      // Rescued elements placed after this one in `children` are walked in turn.
    }
  };
  walk(tree, undefined);
}
