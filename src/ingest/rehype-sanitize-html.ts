/**
 * Ingest stage, rehype plugin: raw HTML in a write-up is parsed (rehype-raw) and made safe.
 * Elements that run code or pull in other documents are removed, `on*=` handlers and
 * `javascript:` URLs are dropped, each with a warning at the author's line; harmless HTML such as
 * `<details>`, `<summary>` and `<kbd>` stays.
 */
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const REMOVED_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link',
  'meta', 'noscript',
]);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite'];
/** Browsers ignore tabs, newlines and leading controls inside a scheme; so must this check. */
function isScriptUrl(value: string): boolean {
  const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data:text\/html)/.test(scheme);
}

function warn(file: VFile, node: Element, message: string, ruleId: string): void {
  file.message(message, { place: node.position, ruleId, source: 'shipshape' });
}

function cleanProperties(node: Element, file: VFile): void {
  for (const key of Object.keys(node.properties)) {
    if (/^on/i.test(key)) {
      delete node.properties[key];
      warn(file, node, `event handler \`${key.toLowerCase()}\` on \`<${node.tagName}>\`; ` +
        'removed it (write-ups cannot run scripts)', 'unsafe-html');
    }
  }
  for (const key of URL_PROPERTIES) {
    const value = node.properties[key];
    if (typeof value === 'string' && isScriptUrl(value)) {
      delete node.properties[key];
      warn(file, node, `script URL \`${value.slice(0, 40)}\` in \`<${node.tagName}>\`; ` +
        'removed the attribute (write-ups cannot run scripts)', 'unsafe-html');
    }
  }
}

const META = 'dataShipshapeMeta';

/**
 * Parsing raw HTML rebuilds the tree and drops each node's `data`, where a code block keeps its
 * fence meta (`title="…"`, `mark={…}`): it rides along as a property and is put back.
 */
function withCodeMeta(tree: Root, parse: (tree: Root) => Root): Root {
  visit(tree, 'element', (node) => {
    const meta = (node.data as { meta?: unknown } | undefined)?.meta;
    if (node.tagName === 'code' && typeof meta === 'string') node.properties[META] = meta;
  });
  const parsed = parse(tree);
  visit(parsed, 'element', (node) => {
    const meta = node.properties[META];
    if (typeof meta !== 'string') return;
    delete node.properties[META];
    node.data = { ...node.data, meta } as Element['data'];
  });
  return parsed;
}

function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return false;
  });
  return found;
}

export const rehypeSanitizeHtml: Plugin<[], Root> = function () {
  const raw = rehypeRaw.call(this) as (tree: Root, file: VFile) => Root;
  return (tree, file) => {
    if (!hasRaw(tree)) return tree;
    const parsed = withCodeMeta(tree, (input) => raw(input, file));
    visit(parsed, 'element', (node, index, parent) => {
      if (REMOVED_ELEMENTS.has(node.tagName) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        warn(file, node, `raw \`<${node.tagName}>\` element; removed it ` +
          '(write-ups may use harmless HTML such as <details> or <kbd>, not active content)',
          'unsafe-html');
        return [SKIP, index];
      }
      cleanProperties(node, file);
      return undefined;
    });
    return parsed;
  };
};
