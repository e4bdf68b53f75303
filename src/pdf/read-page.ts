/**
 * Outputs stage, PDF: takes from one built page what the PDF prints — its title, the hero
 * tagline of a splash page, the Markdown content (`.sl-markdown-content` in `<main>`) — and the
 * styles its `<head>` loads, which the print document loads too.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface Stylesheet {
  href: string;
  /** `media` attribute (Starlight loads its print CSS with `media="print"`). */
  media?: string;
}

export interface BuiltPage {
  title: string;
  tagline?: string;
  content: Element;
  stylesheets: Stylesheet[];
  /** Text of the `<style>` elements in `<head>` (scoped component styles). */
  styles: string[];
}

export class PageReadError extends Error {
  override name = 'PageReadError';
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Reads a built page; `file` only names the page in the error. */
export function readBuiltPage(tree: Root, file: string): BuiltPage {
  const main = select('main', tree);
  const content = main && select('.sl-markdown-content', main);
  if (!main || !content) {
    throw new PageReadError(
      `${file}: found no \`<main>\` with \`.sl-markdown-content\`, expected a Starlight page; ` +
        'rebuild the site (`astro build`) or take the page out of the sidebar',
    );
  }
  const h1 = select('h1#_top', main) ?? select('h1', main);
  const tagline = select('.hero .tagline', main);
  const head = select('head', tree);
  const stylesheets = head
    ? selectAll('link[rel~="stylesheet"][href]', head).map((link) => {
        const media = link.properties['media'];
        return {
          href: String(link.properties['href']),
          ...(typeof media === 'string' ? { media } : {}),
        };
      })
    : [];
  const styles = head ? selectAll('style', head).map((style) => toString(style)) : [];
  return {
    title: h1 ? clean(toString(h1)) : '',
    ...(tagline ? { tagline: clean(toString(tagline)) } : {}),
    content,
    stylesheets,
    styles,
  };
}
