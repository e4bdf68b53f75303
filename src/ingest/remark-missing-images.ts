/**
 * Ingest stage, remark plugin: an image the write-up references but that does not exist (seeds
 * 000 and 003 point at screenshots that were never committed) would be a broken `<img>` or fail
 * the build. It becomes a visible, accessible placeholder and a warning instead. A remote image
 * would make the offline guide call another origin, so it becomes a link, with a warning.
 */
import type { Image, Link, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { locateAsset } from './local-asset.ts';
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
  return (tree, file) => {
    visit(tree, 'image', (image, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const { location, problem } = locateAsset(image.url, file.path);
      const place = image.position;
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
