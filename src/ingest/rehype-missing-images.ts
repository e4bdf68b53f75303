/**
 * Ingest stage, rehype plugin: the same care as remark-missing-images for `<img>` written as raw
 * HTML in a write-up — a missing file becomes the placeholder, a remote one a link.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import { unreadableImages } from './image-data.ts';
import { locateAsset } from './local-asset.ts';
import {
  missingImageMessage, placeholderProperties, refusedImageMessage, remoteImageMessage,
} from './placeholder.ts';

export const rehypeMissingImages: Plugin<[], Root> = function () {
  return async (tree, file) => {
    const sources: string[] = [];
    visit(tree, 'element', (node) => {
      const src = node.properties['src'];
      if (node.tagName === 'img' && typeof src === 'string') sources.push(src);
    });
    const unreadable = await unreadableImages(sources, file.path);
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
      const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : '';
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'].trim() : '';
      const located = locateAsset(src, file.path);
      const problem = unreadable.get(src) ?? located.problem;
      const location = unreadable.has(src) ? 'refused' : located.location;
      const place = node.position;
      let replacement: Element;
      if (location === 'remote') {
        replacement = { type: 'element', tagName: 'a', properties: { href: src },
          children: [{ type: 'text', value: alt || src }] };
        file.message(remoteImageMessage(src), {
          place, ruleId: 'remote-image', source: 'shipshape',
        });
      } else if (location === 'missing' || location === 'refused') {
        const label = alt || 'no description';
        replacement = { type: 'element', tagName: 'span',
          properties: placeholderProperties(label, src),
          children: [{ type: 'text', value: `Image not available: ${label}` }] };
        const refused = location === 'refused';
        file.message(refused ? refusedImageMessage(problem ?? '') : missingImageMessage(src), {
          place, ruleId: refused ? 'refused-image' : 'missing-image', source: 'shipshape',
        });
      } else {
        return undefined;
      }
      parent.children.splice(index, 1, replacement);
      return SKIP;
    });
  };
};
