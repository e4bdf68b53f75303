/**
 * Course stage: a pulled heading loses its author's section number ("1.3 Layer Caching" in a
 * write-up is one section of a lesson, and "1.3, 4.2, 1.7" reads as pasted). The heading's id
 * loses it too (`1-3-layer-caching` → `layer-caching`); the old id stays on an empty marker at
 * the heading's start, so addresses already given out still land on it.
 */
import type { Element, ElementContent, Text } from 'hast';
import { visit } from '../shared/visit.ts';
import { headingOf, isHeadingWrapper } from './extract-section.ts';
import { oldAnchor } from './old-anchors.ts';

/**
 * "1.3 ", "1.3. ", "6. ", "IV. ": numbers with dots, then a space. A bare "3 " stays ("3 ways to
 * …" is a title, not a number), and so does "1.5x" (no space after the number).
 */
const NUMBER = /^\s*(?:\d+(?:\.\d+)+\.?|\d+\.|[IVX]+\.)\s+/;
const ID_NUMBER = /^(?:\d+-)+(?=[a-z])/;

/** The section number a heading's text starts with, or undefined. */
export function sectionNumberOf(text: string): string | undefined {
  return NUMBER.exec(text)?.[0];
}

function firstText(node: Element): Text | undefined {
  let found: Text | undefined;
  visit(node, 'text', (text) => {
    if (found || text.value.trim() === '') return;
    found = text;
  });
  return found;
}

/** The heading's text without its number, in place; true when there was one. */
function stripText(heading: Element): boolean {
  const text = firstText(heading);
  const number = text === undefined ? undefined : sectionNumberOf(text.value);
  if (text === undefined || number === undefined) return false;
  text.value = text.value.slice(number.length);
  return true;
}

/** Starlight's wrapper repeats the heading: its anchor link and "Section titled “…”". */
function followWrapper(wrapper: Element, oldId: string | undefined, newId: string): void {
  visit(wrapper, 'element', (node) => {
    if (oldId !== undefined && node.properties['href'] === `#${oldId}`) {
      node.properties['href'] = `#${newId}`;
    }
  });
  visit(wrapper, 'text', (text) => {
    text.value = text.value.replace(/^(Section titled “)(.*)(”)$/, (_all, open, title, close) =>
      `${String(open)}${String(title).replace(NUMBER, '')}${String(close)}`);
  });
}

/** Strips the numbers of every heading in `nodes`, in place, and returns them. */
export function stripSectionNumbers(nodes: ElementContent[]): ElementContent[] {
  const root = { type: 'root' as const, children: nodes };
  visit(root, 'element', (node, _index, parent) => {
    if (headingOf(node) !== node || !stripText(node)) return;
    const id = node.properties['id'];
    const renamed = typeof id === 'string' && ID_NUMBER.test(id);
    const newId = renamed ? id.replace(ID_NUMBER, '') : String(id);
    if (renamed) {
      node.properties['id'] = newId;
      node.children.unshift(oldAnchor(id));
    }
    if (parent?.type === 'element' && isHeadingWrapper(parent)) {
      followWrapper(parent, renamed ? id : undefined, newId);
    }
  });
  return nodes;
}
