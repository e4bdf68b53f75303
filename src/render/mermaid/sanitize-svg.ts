/**
 * Render stage, Mermaid: the SVG Mermaid made from a write-up's diagram is inserted into the
 * page, so it is cleaned before it is: only drawing elements stay (no `<script>`, no SVG
 * animation — `<animate>`/`<set>` with `values`/`to`/`from` can set a `javascript:` link —, no
 * `<image>`, `<iframe>` or `<a>` that a `click` line could add); no `on*` handler; a link may
 * only point inside the SVG (`#id`); CSS may not load anything (`url(…)` only to `#id`, no
 * `@import`) nor close its `<style>`. Mermaid is also run with `securityLevel: 'strict'`, which
 * an `%%{init}%%` directive cannot lower; this is the second fence, not the only one.
 */
import type { Element, ElementContent } from 'hast';

const DRAWING = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style', 'path', 'rect', 'circle',
  'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'marker', 'clipPath',
  'mask', 'pattern', 'linearGradient', 'radialGradient', 'stop', 'filter', 'feBlend',
  'feColorMatrix', 'feComposite', 'feDropShadow', 'feFlood', 'feGaussianBlur', 'feMerge',
  'feMergeNode', 'feMorphology', 'feOffset',
];
/** Mermaid's HTML labels, inside `<foreignObject>`. */
const LABEL_HTML = [
  'foreignObject', 'div', 'span', 'p', 'br', 'b', 'i', 'em', 'strong', 'code', 'sub', 'sup',
  'small', 'u', 's', 'del', 'ins', 'mark', 'ul', 'ol', 'li',
];
const ALLOWED = new Set([...DRAWING, ...LABEL_HTML]);
/** Kept without the element itself: a `click` link's drawing stays, the link does not. */
const UNWRAPPED = new Set(['a', 'switch']);

const LINK_PROPERTIES = new Set(['href', 'xLinkHref', 'src', 'action', 'formAction']);

/** CSS that loads nothing: `url()` only to a fragment, no `@import`, no `expression()`. */
export function safeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)\s*(?!#)[^)]*\)/gi, 'none')
    .replace(/expression\s*\(/gi, 'invalid(')
    .replace(/</g, '\\3c ');
}

function cleanProperties(node: Element): void {
  for (const [key, value] of Object.entries(node.properties)) {
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    const squeezed = text.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    if (/^on/i.test(key) || (LINK_PROPERTIES.has(key) && !text.trim().startsWith('#')) ||
      /javascript:|vbscript:|data:/.test(squeezed)) {
      delete node.properties[key];
    } else if (key === 'style' || /url\(/i.test(text)) {
      node.properties[key] = safeCss(text);
    }
  }
}

function cleanChildren(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') return [child];
    if (child.type !== 'element') return [];
    if (UNWRAPPED.has(child.tagName)) return cleanChildren(child.children);
    if (!ALLOWED.has(child.tagName)) return [];
    return [cleanSvg(child)];
  });
}

/** `svg` cleaned in place (and returned). */
export function cleanSvg(svg: Element): Element {
  cleanProperties(svg);
  if (svg.tagName === 'style') {
    svg.children = [{ type: 'text', value: safeCss(svg.children
      .map((child) => (child.type === 'text' ? child.value : '')).join('')) }];
    return svg;
  }
  svg.children = cleanChildren(svg.children);
  return svg;
}
