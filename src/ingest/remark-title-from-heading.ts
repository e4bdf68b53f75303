/**
 * Ingest stage, remark plugin: write-ups need no front matter. Their title is the first level-1
 * heading (else the first heading), which is lifted out of the body because the page shows it as
 * its title. The loader reads it back from `frontmatter.shipshape.derivedTitle`.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { frontmatterOf, readShipshapeInput } from './shipshape-frontmatter.ts';

function pickTitleHeading(tree: Root): Heading | undefined {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  return headings.find((heading) => heading.depth === 1) ?? headings[0];
}

export const remarkTitleFromHeading: Plugin<[], Root> = function () {
  return (tree, file) => {
    const input = readShipshapeInput(file.data);
    if (input?.kind !== 'writeup') return;
    const frontmatter = frontmatterOf(file.data);
    const heading = pickTitleHeading(tree);
    const text = heading ? toString(heading).replace(/\s+/g, ' ').trim() : '';
    const authored = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : undefined;
    if (!heading || text === '') return;
    // With an authored title, only a heading that repeats it is redundant.
    if (authored !== undefined && authored.trim() !== text) return;
    tree.children.splice(tree.children.indexOf(heading), 1);
    const shipshape = frontmatter['shipshape'] as Record<string, unknown>;
    shipshape['derivedTitle'] = text;
    shipshape['derivedTitleLine'] = heading.position?.start.line;
  };
};
