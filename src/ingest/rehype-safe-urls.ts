/**
 * Ingest stage, rehype plugin: the one URL check (safe-url.ts) on every link and image of every
 * page — Markdown links, autolinks, reference definitions, footnotes, table cells and raw HTML
 * alike. Runs right after sanitizing, before the site's own steps add their links. A refused
 * URL is removed (the link text stays) with a warning at the author's line.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';
import { isSafeUrl, unsafeUrlReason, URL_PROPERTIES } from './safe-url.ts';

export const rehypeSafeUrls: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'element', (node) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties[key];
        const url = Array.isArray(value) ? value.join(' ') : value;
        if (typeof url !== 'string' || isSafeUrl(url)) continue;
        delete node.properties[key];
        file.message(unsafeUrlReason(url, node.tagName), {
          place: node.position, ruleId: 'unsafe-url', source: 'shipshape',
        });
      }
    });
  };
};
