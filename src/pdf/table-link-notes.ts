/**
 * Outputs stage, PDF: in a table, a printed URL after each link makes the columns unreadably
 * narrow (the base-image comparison cites a source in almost every cell). Inside tables the URLs
 * become numbered notes instead: the link keeps its text plus `[n]`, and a list of the URLs
 * follows the table. The same URL keeps one number. Works on the output of `rewrite-page.ts`.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

function numberLinks(node: Element, urls: string[]): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.properties['dataPdfUrl'] === undefined) {
      numberLinks(child, urls);
      return child;
    }
    const url = String(child.properties['dataPdfUrl']);
    if (!urls.includes(url)) urls.push(url);
    return h('span.pdf-note-ref', ` [${urls.indexOf(url) + 1}]`);
  });
}

/** Moves printed URLs out of every table of `root` into a list after the table (in place). */
export function tableLinkNotes(root: Element): void {
  const next: ElementContent[] = [];
  for (const child of root.children) {
    next.push(child);
    if (child.type !== 'element') continue;
    if (child.tagName !== 'table') {
      tableLinkNotes(child);
      continue;
    }
    const urls: string[] = [];
    numberLinks(child, urls);
    if (urls.length === 0) continue;
    next.push(
      h(
        'ol.pdf-link-notes',
        urls.map((url) => h('li', [h('a', { href: url }, url)])),
      ),
    );
  }
  root.children = next;
}
