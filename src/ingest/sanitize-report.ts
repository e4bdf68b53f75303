/**
 * Ingest stage, part of sanitizing: tells the author what the sanitizer took out of their raw
 * HTML. Each raw element is noted (tag, attributes, line) before sanitizing and compared after:
 * a missing element or attribute becomes a warning at the author's `file:line`.
 */
import type { Element, Properties, Root } from 'hast';
import { visit } from '../shared/visit.ts';
import { visitParents } from '../shared/visit.ts';
import type { VFile } from 'vfile';
import { builtOf, disguiseBuilt, type BuiltElements } from './built-elements.ts';
import { isSafeUrl, unsafeUrlReason, URL_PROPERTIES } from './safe-url.ts';
import { MARK, sanitizeSchema, strippedTags } from './sanitize-schema.ts';

interface Authored {
  tagName: string;
  properties: Properties;
  position: Element['position'];
  /** Inside an element removed with its content: reported with that element. */
  inRemoved: boolean;
  /** Has content that stays when only the tag is removed. */
  hasContent: boolean;
}

export type AuthoredElements = Map<string, Authored>;

const URL_KEYS: ReadonlySet<string> = new Set(URL_PROPERTIES);
/** Rewritten (prefixed), not removed, by the sanitizer: nothing to report. */
const CLOBBERED: ReadonlySet<string> = new Set(sanitizeSchema.clobber ?? []);

/** Keys every element the author wrote (and disguises the built ones for the sanitizer). */
export function noteAuthored(tree: Root, nonce: string, built: BuiltElements): AuthoredElements {
  const authored: AuthoredElements = new Map();
  visitParents(tree, 'element', (node, ancestors) => {
    if (builtOf(node, built)) {
      disguiseBuilt(node);
      return;
    }
    // An author who writes the bookkeeping attribute gains nothing: it is replaced.
    const properties = { ...node.properties };
    delete properties[MARK];
    const key = `${nonce}:a${authored.size}`;
    const inRemoved = ancestors.some((ancestor) =>
      ancestor.type === 'element' && strippedTags.has(ancestor.tagName) &&
      !builtOf(ancestor, built));
    authored.set(key, {
      tagName: node.tagName, properties, position: node.position, inRemoved,
      hasContent: node.children.length > 0,
    });
    node.properties = { ...properties, [MARK]: key };
  });
  return authored;
}

/** `onClick` → `onclick`, `dataFoo` → `data-foo`, `className` → `class`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(?:data|aria)[A-Z]/.test(property)) {
    return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  }
  return property.toLowerCase();
}

function attributeReason(key: string, value: unknown, tagName: string): string {
  const name = attributeName(key);
  if (/^on/i.test(key)) {
    return `event handler \`${name}\` on \`<${tagName}>\`; ` +
      'removed it (write-ups cannot run scripts)';
  }
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  if (URL_KEYS.has(key) && !isSafeUrl(text)) return unsafeUrlReason(text, tagName);
  return `attribute \`${name}\` on \`<${tagName}>\`; removed it (write-ups may use plain ` +
    'attributes such as `title`, `alt` or `open`, not styles, classes, forms or other origins)';
}

function elementReason({ tagName, hasContent }: Authored): string {
  const what = strippedTags.has(tagName) || !hasContent
    ? 'removed it'
    : 'removed the tag, kept its content';
  return `raw \`<${tagName}>\` element; ${what} (write-ups may use harmless HTML such as ` +
    '<details> or <kbd>, not active content)';
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, index) => item === b[index])
    : a === b;
}

/** Warns about each removed element and attribute; takes the keys off the tree. */
export function reportRemoved(tree: Root, authored: AuthoredElements, file: VFile): void {
  const warn = (reason: string, place: Element['position']) =>
    file.message(reason, { place, ruleId: 'unsafe-html', source: 'shipshape' });
  const kept = new Set<string>();
  visit(tree, 'element', (node) => {
    const key = node.properties[MARK];
    delete node.properties[MARK];
    const before = typeof key === 'string' ? authored.get(key) : undefined;
    if (!before || typeof key !== 'string') return;
    kept.add(key);
    for (const [name, value] of Object.entries(before.properties)) {
      if (CLOBBERED.has(name) || sameValue(value, node.properties[name])) continue;
      warn(attributeReason(name, value, before.tagName), before.position);
    }
  });
  for (const [key, before] of authored) {
    if (kept.has(key) || before.inRemoved) continue;
    warn(elementReason(before), before.position);
  }
}
