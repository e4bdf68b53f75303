/**
 * Ingest stage, remark plugin: write-ups need no front matter. Their title is the first level-1
 * heading (else the first heading), which is lifted out of the body because the page shows it as
 * its title. The loader reads it back from `frontmatter.shipshape.derivedTitle`.
 */
import type { Heading, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { repairSource } from './repair-source.ts';
import { frontmatterOf, readShipshapeInput } from '../shared/shipshape-frontmatter.ts';

function pickTitleHeading(tree: Root): Heading | undefined {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  return headings.find((heading) => heading.depth === 1) ?? headings[0];
}

/** Raw HTML elements whose content a reader never sees as text (the sanitizer drops them). */
const HIDDEN = /^<(script|style|template|textarea|title|noscript|iframe|object)\b/i;

/**
 * The heading as a reader sees it: its text without raw HTML — the title goes into `<title>`,
 * the sidebar and the PDF as text, and `# Notes <img onerror=…>` is titled "Notes" — and without
 * what sits between a raw `<script>`…`</script>` (or another hidden element) pair.
 */
function headingText(heading: Heading | undefined): string {
  if (!heading) return '';
  const kept: PhrasingContent[] = [];
  let hiddenUntil: RegExp | undefined;
  for (const child of heading.children) {
    if (child.type === 'html') {
      if (hiddenUntil) {
        if (hiddenUntil.test(child.value)) hiddenUntil = undefined;
      } else {
        const opener = HIDDEN.exec(child.value);
        const closer = opener && new RegExp(`</${opener[1]}\\s*>`, 'i');
        if (closer && !closer.test(child.value)) hiddenUntil = closer;
      }
      continue;
    }
    if (!hiddenUntil) kept.push(child);
  }
  return toString(kept, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * The title a write-up's page gets, for a stage that links to it without rendering it (an
 * example names the write-up it follows): the same source repairs, the same heading.
 */
export function writeupTitle(body: string): string | undefined {
  const tree = unified().use(remarkParse).parse(repairSource(body).text);
  return headingText(pickTitleHeading(tree)) || undefined;
}

export const remarkTitleFromHeading: Plugin<[], Root> = function () {
  return (tree, file) => {
    const input = readShipshapeInput(file.data);
    if (input?.kind !== 'writeup') return;
    const frontmatter = frontmatterOf(file.data);
    const heading = pickTitleHeading(tree);
    const text = headingText(heading);
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
