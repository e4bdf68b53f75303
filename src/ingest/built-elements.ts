/**
 * Ingest stage, part of sanitizing: the elements that Markdown syntax and the pipeline's remark
 * steps built (paragraphs, code blocks with their fence meta, walkthrough sections, footnotes)
 * are not the author's raw HTML, and they must come out of sanitizing exactly as built. Before
 * the raw HTML is parsed each is set aside under a key that is unique to this run (an author
 * cannot write it); afterwards the keyed elements get their tag, properties and data back.
 * Their children are sanitized like everything else, and their URLs are checked by
 * rehype-safe-urls.
 */
import type { Element, Root } from 'hast';
import { visit } from '../shared/visit.ts';
import { MARK, authorTags } from './sanitize-schema.ts';

interface Built {
  tagName: string;
  properties: Element['properties'];
  data: Element['data'];
  position: Element['position'];
  /** An empty code block keeps its empty text, which parsing drops and Expressive Code needs. */
  emptyText: boolean;
}

export type BuiltElements = Map<string, Built>;

/** Replaces each element's properties by its key; its own are kept in the returned map. */
export function setAsideBuilt(tree: Root, nonce: string): BuiltElements {
  const built: BuiltElements = new Map();
  visit(tree, 'element', (node) => {
    const key = `${nonce}:b${built.size}`;
    const { tagName, properties, data, position, children } = node;
    const [only] = children;
    const emptyText = children.length === 1 && only?.type === 'text' && only.value === '';
    built.set(key, { tagName, properties, data, position, emptyText });
    node.properties = { [MARK]: key };
  });
  return built;
}

/** The built element `node` stands for, if any. */
export function builtOf(node: Element, built: BuiltElements): Built | undefined {
  const key = node.properties[MARK];
  return typeof key === 'string' ? built.get(key) : undefined;
}

/**
 * A built element whose tag an author may not write (`<input>` of a task list, `<section>` of a
 * walkthrough) passes the sanitizer as a plain `<div>` until it is restored.
 */
export function disguiseBuilt(node: Element): void {
  if (!authorTags.has(node.tagName)) node.tagName = 'div';
}

export function restoreBuilt(tree: Root, built: BuiltElements): void {
  visit(tree, 'element', (node) => {
    const original = builtOf(node, built);
    if (!original) return;
    node.tagName = original.tagName;
    node.properties = original.properties;
    if (original.data) node.data = original.data;
    else delete node.data;
    if (original.position) node.position = original.position;
    if (original.emptyText && node.children.length === 0) {
      node.children = [{ type: 'text', value: '' }];
    }
  });
}
