/**
 * Render stage, Expressive Code plugin: gives every code block's `<pre>` an accessible name.
 * Expressive Code's own script makes a block that scrolls sideways a focusable `role="region"`
 * (so a keyboard can scroll it) but names none; on a phone many blocks scroll, and two unnamed
 * regions on one page break axe's `landmark-unique`. The name says what the block is — its file
 * name or language, its length and its first line — so regions on a page differ, and a screen
 * reader moving between them hears which one it is in. On a block that does not scroll (no
 * role), the name is unused.
 */
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent, Root } from 'hast';

/** How many characters of the first line the name quotes. */
const FIRST_LINE_CHARS = 40;

const LANGUAGES: Record<string, string> = {
  bash: 'Shell', sh: 'Shell', shell: 'Shell', zsh: 'Shell', console: 'Terminal',
  dockerfile: 'Dockerfile', docker: 'Dockerfile', py: 'Python', python: 'Python',
  js: 'JavaScript', ts: 'TypeScript', yml: 'YAML', yaml: 'YAML', json: 'JSON', toml: 'TOML',
  ini: 'INI', md: 'Markdown', markdown: 'Markdown', html: 'HTML', css: 'CSS', txt: 'Text',
  text: 'Text', plaintext: 'Text', gitignore: 'Ignore file', dockerignore: 'Ignore file',
};

export interface BlockFacts {
  /** The block's title (a file name), if it has one. */
  title?: string | undefined;
  language: string;
  /** The block's lines of code, as text. */
  lines: readonly string[];
  /** Its place among the page's code blocks (from 0), where Expressive Code knows it. */
  index?: number | undefined;
}

/**
 * The block's accessible name, e.g. `Code: Dockerfile, 12 lines, from "FROM python:3.13-slim"
 * (block 2)`.
 */
export function regionName({ title, language, lines, index }: BlockFacts): string {
  const named = LANGUAGES[language.toLowerCase()] || language || 'text';
  // A walkthrough's excerpt is titled by its place in the file ("Lines 11–14"): keep that.
  const place = /^lines?\s+[\d\s–,-]+$/i.test(title?.trim() ?? '') ? title?.trim() : undefined;
  const what = place === undefined ? title?.trim() || named : named;
  const count = place?.toLowerCase() ?? `${lines.length} ${lines.length === 1 ? 'line' : 'lines'}`;
  const first = lines.map((line) => line.trim()).find((line) => line !== '');
  // The same command can be shown twice on a page: the block's number keeps the names apart.
  const number = index === undefined ? '' : ` (block ${index + 1})`;
  if (first === undefined) return `Code: ${what}, ${count}${number}`;
  const quoted = first.length > FIRST_LINE_CHARS
    ? `${first.slice(0, FIRST_LINE_CHARS - 1).trimEnd()}…` : first;
  return `Code: ${what}, ${count}, from "${quoted}"${number}`;
}

/** The first `pre` in `node`, depth first (the block's root is a `figure` once framed). */
function findPre(node: Root | ElementContent): Element | undefined {
  if (node.type === 'element' && node.tagName === 'pre') return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findPre(child as ElementContent);
    if (found) return found;
  }
  return undefined;
}

export function pluginRegionNames(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'shipshape-region-names',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const pre = findPre(renderData.blockAst as unknown as Element);
        if (!pre) return;
        pre.properties['ariaLabel'] = regionName({
          title: codeBlock.props.title,
          language: codeBlock.language,
          lines: codeBlock.getLines().map((line) => line.text),
          index: codeBlock.parentDocument?.positionInDocument?.groupIndex,
        });
      },
    },
  });
}
