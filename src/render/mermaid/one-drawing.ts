/**
 * Render stage, Mermaid: one drawing for both themes. Mermaid draws a diagram twice (light and
 * dark) with the same layout; what differs is its `<style>` and a few colour attributes. Two
 * inline SVGs cost a page twice the bytes (two 19 KB gzipped drawings made `/compare/` 49 KB),
 * so the light drawing is kept and the dark one becomes CSS under `:root[data-theme='dark']`:
 * the theme switches with no second drawing and no flash. When the drawings differ in more
 * than colours (text, shapes, transforms), nothing is merged and both are shipped, as before.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';

/** The selector the dark rules hang under; print keeps the light drawing (guide.css). */
export const DARK_THEME = ":root[data-theme='dark']";

/** Attributes whose values are colours and that CSS can override. */
const COLOUR_PROPERTIES: Record<string, string> = {
  fill: 'fill', stroke: 'stroke', floodColor: 'flood-color', stopColor: 'stop-color',
  color: 'color', lightingColor: 'lighting-color',
};
/** Drawn alike either way: the curves Mermaid draws by hand differ in their random points. */
const SAME_SHAPE = new Set(['d', 'dataPoints']);

interface Pairing {
  lightId: string;
  darkId: string;
  /** CSS for the dark theme, one rule per differing colour. */
  rules: string[];
  /** Next `data-themed` number. */
  next: number;
}

function elements(children: ElementContent[]): ElementContent[] {
  // Whitespace between elements means nothing in Mermaid's output; style is compared apart.
  return children.filter((child) => !(child.type === 'text' && child.value.trim() === '')
    && !(child.type === 'element' && child.tagName === 'style'));
}

function sameValue(light: unknown, dark: unknown, pairing: Pairing): boolean {
  const text = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : String(value));
  return text(light) === text(dark).replaceAll(pairing.darkId, pairing.lightId);
}

/** Pairs `light` with `dark`, noting colour differences; false when they differ otherwise. */
function pair(light: ElementContent, dark: ElementContent, pairing: Pairing): boolean {
  if (light.type !== dark.type) return false;
  if (light.type === 'text' && dark.type === 'text') return light.value === dark.value;
  if (light.type !== 'element' || dark.type !== 'element') return light.type === dark.type;
  if (light.tagName !== dark.tagName) return false;
  const keys = new Set([...Object.keys(light.properties), ...Object.keys(dark.properties)]);
  const colours: Array<[string, string]> = [];
  for (const key of keys) {
    if (SAME_SHAPE.has(key)) continue;
    const [ours, theirs] = [light.properties[key], dark.properties[key]];
    if (sameValue(ours, theirs, pairing)) continue;
    const css = COLOUR_PROPERTIES[key];
    if (css === undefined || theirs === undefined || theirs === null) return false;
    colours.push([css, String(theirs)]);
  }
  const ours = elements(light.children);
  const theirs = elements(dark.children);
  if (ours.length !== theirs.length) return false;
  if (!ours.every((child, i) => pair(child, theirs[i] as ElementContent, pairing))) return false;
  if (colours.length > 0) {
    const mark = String(pairing.next++);
    light.properties['dataThemed'] = mark;
    const declarations = colours.map(([name, value]) => `${name}:${value}`).join(';');
    pairing.rules.push(
      `${DARK_THEME} #${pairing.lightId} [data-themed="${mark}"]{${declarations}}`);
  }
  return true;
}

/** Splits a flat stylesheet into its top-level `prelude{body}` blocks. */
export function topLevelRules(css: string): Array<{ prelude: string; body: string }> {
  const rules: Array<{ prelude: string; body: string }> = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        rules.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return rules;
}

/** The dark drawing's stylesheet, moved onto the light drawing's id under the dark theme. */
export function darkRules(css: string, darkId: string, lightId: string): string {
  return topLevelRules(css.replaceAll(darkId, lightId)).map(({ prelude, body }) => {
    // @keyframes and the like are global and the same in both themes.
    if (prelude.startsWith('@')) return `${prelude}{${body}}`;
    const selectors = prelude.split(',').map((selector) => `${DARK_THEME} ${selector.trim()}`);
    return `${selectors.join(',')}{${body}}`;
  }).join('');
}

function styleText(svg: Element): string {
  const style = svg.children.find((c): c is Element =>
    c.type === 'element' && c.tagName === 'style');
  return style ? toString(style) : '';
}

function ids(node: ElementContent, into: Set<string>): Set<string> {
  if (node.type !== 'element') return into;
  const id = node.properties['id'];
  if (id !== undefined && id !== null) into.add(String(id));
  for (const child of node.children) ids(child, into);
  return into;
}

function renameIds(node: ElementContent, from: string, to: string): ElementContent {
  if (node.type !== 'element') return node;
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties)) {
    properties[key] = typeof value === 'string' ? value.replaceAll(from, to) : value;
  }
  return { ...node, properties, children: node.children.map((c) => renameIds(c, from, to)) };
}

/**
 * The light drawing, carrying the dark one as CSS; `undefined` when the two drawings differ in
 * more than colours. Both come cleaned (sanitize-svg.ts); the light one is changed in place.
 */
export function oneDrawing(light: Element, dark: Element): Element | undefined {
  const lightId = String(light.properties['id'] ?? '');
  const darkId = String(dark.properties['id'] ?? '');
  if (lightId === '' || darkId === '' || lightId === darkId) return undefined;
  const pairing: Pairing = { lightId, darkId, rules: [], next: 0 };
  const ours = elements(light.children);
  const theirs = elements(dark.children);
  // The dark theme may add definitions at the end (a gradient its unused "neo" look needs).
  if (theirs.length < ours.length) return undefined;
  const rootColours = { ...light, children: [] };
  if (!pair(rootColours, { ...dark, children: [] }, pairing) || pairing.rules.length > 0) {
    return undefined;
  }
  if (!ours.every((child, i) => pair(child, theirs[i] as ElementContent, pairing))) {
    return undefined;
  }
  const extra = theirs.slice(ours.length).map((c) => renameIds(c, darkId, lightId));
  const taken = ids(light, new Set());
  if (extra.some((c) => [...ids(c, new Set())].some((id) => taken.has(id)))) return undefined;
  const css = `@media not print{${darkRules(styleText(dark), darkId, lightId)}` +
    `${pairing.rules.join('')}}`;
  light.children.push(...extra, {
    type: 'element', tagName: 'style', properties: { dataTheme: 'dark' },
    children: [{ type: 'text', value: css }],
  });
  return light;
}
