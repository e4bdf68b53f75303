/**
 * Ingest stage, remark plugin: an image the write-up references but that does not exist (seeds
 * 000 and 003 point at screenshots that were never committed) would be a broken `<img>` or fail
 * the build. It becomes a visible, accessible placeholder and a warning instead. A remote image
 * would make the offline guide call another origin, so it becomes a link, with a warning.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Image, Link, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

function placeholder(image: Image): Text {
  const label = image.alt?.trim() ? image.alt.trim() : 'no description';
  return {
    type: 'text',
    value: `Image not available: ${label}`,
    data: {
      hName: 'span',
      hProperties: {
        className: ['shipshape-missing-image'],
        role: 'img',
        ariaLabel: `Image not available: ${label} (${image.url})`,
        dataSrc: image.url,
      },
    },
    ...(image.position ? { position: image.position } : {}),
  };
}

export const remarkMissingImages: Plugin<[], Root> = function () {
  return (tree, file) => {
    const base = file.path ? dirname(file.path) : undefined;
    visit(tree, 'image', (image, index, parent) => {
      if (!parent || index === undefined) return;
      if (REMOTE.test(image.url)) {
        const link: Link = {
          type: 'link',
          url: image.url,
          children: [{ type: 'text', value: image.alt?.trim() || image.url }],
        };
        parent.children.splice(index, 1, link);
        file.message(
          `remote image \`${image.url}\` would be loaded from another origin; ` +
            'shown as a link instead (copy the image into the write-up folder to embed it)',
          { place: image.position, ruleId: 'remote-image', source: 'shipshape' },
        );
        return SKIP;
      }
      if (image.url.startsWith('data:') || !base) return;
      const target = decodeURIComponent(image.url.split(/[?#]/)[0] ?? '');
      // A root-relative URL is served from `public/`.
      const path = target.startsWith('/') ? resolve('public', `.${target}`) : resolve(base, target);
      if (existsSync(path)) return;
      parent.children.splice(index, 1, placeholder(image));
      file.message(
        `image \`${image.url}\` does not exist; shown as a placeholder ` +
          `(add the file at \`${image.url}\` beside the write-up, or remove the reference)`,
        { place: image.position, ruleId: 'missing-image', source: 'shipshape' },
      );
      return SKIP;
    });
  };
};
