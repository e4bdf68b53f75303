/**
 * Ingest stage, remark plugin: an image the write-up references but that does not exist (seeds
 * 000 and 003 point at screenshots that were never committed) would be a broken `<img>` or fail
 * the build. It becomes a visible, accessible placeholder and a warning instead. A remote image
 * would make the offline guide call another origin, so it becomes a link, with a warning. An
 * image URL that safe-url.ts refuses (`javascript:`, `data:` …) becomes the placeholder too.
 */
import type { Image, Link, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import { unreadableImages } from './image-data.ts';
import { locateAsset } from './local-asset.ts';
import { isSafeUrl, unsafeUrlReason } from './safe-url.ts';
import {
  missingImageMessage, placeholderProperties, refusedImageMessage, remoteImageMessage,
} from './placeholder.ts';

function placeholder(image: Image): Text {
  const label = image.alt?.trim() || 'no description';
  return {
    type: 'text',
    value: `Image not available: ${label}`,
    data: { hName: 'span', hProperties: placeholderProperties(label, image.url) },
    ...(image.position ? { position: image.position } : {}),
  };
}

function remoteLink(image: Image): Link {
  return {
    type: 'link',
    url: image.url,
    children: [{ type: 'text', value: image.alt?.trim() || image.url }],
  };
}

export const remarkMissingImages: Plugin<[], Root> = function () {
  return async (tree, file) => {
    const urls: string[] = [];
    visit(tree, 'image', (image) => void urls.push(image.url));
    const unreadable = await unreadableImages(urls, file.path);
    visit(tree, 'image', (image, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const place = image.position;
      if (!isSafeUrl(image.url)) {
        parent.children.splice(index, 1, placeholder(image));
        file.message(unsafeUrlReason(image.url, 'img'), {
          place, ruleId: 'unsafe-url', source: 'shipshape',
        });
        return SKIP;
      }
      const located = locateAsset(image.url, file.path);
      const problem = unreadable.get(image.url) ?? located.problem;
      const location = unreadable.has(image.url) ? 'refused' : located.location;
      if (location === 'remote') {
        parent.children.splice(index, 1, remoteLink(image));
        file.message(remoteImageMessage(image.url), {
          place, ruleId: 'remote-image', source: 'shipshape',
        });
        return SKIP;
      }
      if (location !== 'missing' && location !== 'refused') return undefined;
      parent.children.splice(index, 1, placeholder(image));
      const refused = location === 'refused';
      file.message(refused ? refusedImageMessage(problem ?? '') : missingImageMessage(image.url), {
        place, ruleId: refused ? 'refused-image' : 'missing-image', source: 'shipshape',
      });
      return SKIP;
    });
  };
};
