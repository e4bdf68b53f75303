/**
 * Ingest stage, rehype plugin: gives every heading a clean, unique `id` before Astro's own
 * heading pass (which keeps ids that are already set and builds the table of contents from them).
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';
import { AnchorRegistry } from './slugify-heading.ts';

const HEADING = /^h[1-6]$/;
/** Ids the page layout already uses; a heading must not collide with them. */
const RESERVED = ['_top', 'starlight__overview', 'starlight__on-this-page'];

export const rehypeHeadingAnchors: Plugin<[], Root> = function () {
  return (tree) => {
    const anchors = new AnchorRegistry(RESERVED);
    visit(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName)) return;
      const existing = node.properties['id'];
      node.properties['id'] =
        typeof existing === 'string' && existing !== '' ? existing : anchors.claim(toString(node));
    });
  };
};
