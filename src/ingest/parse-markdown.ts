/**
 * Ingest stage: Markdown to mdast with Sätteri, the Rust parser Astro 7 renders Markdown with by
 * default, in place of remark-parse's micromark; every later step is the same remark or rehype
 * plugin as before, on the same tree. Used only when the processor reads exactly the syntax
 * Sätteri's features cover: GFM (remark-gfm, which Astro adds) and directives (remark-directive,
 * which Starlight adds for asides). A site whose plugins add other syntax gets remark-parse.
 *
 * On the guide's content, the seeds and every Markdown fixture of the tests (105 files with a few
 * directive shapes) Sätteri's tree is remark-parse's node for node, positions and `data`
 * included, save two made good here: U+0000 (CommonMark replaces it), and where a task-list
 * item's paragraph starts when code or a link follows its checkbox. A text with a lone surrogate
 * or a container directive left open is left to remark-parse. It parses 10–50 times faster
 * (the guide's 20 Markdown files: 291 → 20 ms; a clean build of 200 write-ups spent 1.65 s in
 * micromark; docs/benchmarks.md, "Markdown parsed by Sätteri").
 * `tests/unit/ingest/parse-markdown.test.ts` compares both.
 */
import type { Root } from 'mdast';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { markdownToMdast } from 'satteri';
import type { Node } from 'unist';
import { EXIT, visit, visitParents } from '../shared/visit.ts';

/** What Sätteri is asked to read: GFM, and directives when the processor reads them. */
export interface MarkdownSyntax {
  directive: boolean;
}

const CONSTRUCT_FIELDS = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text'];

/** A micromark extension as text: each field's character codes and what each constructs. */
function signature(extension: unknown): string {
  const parts: string[] = [];
  const fields = (extension ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const field of CONSTRUCT_FIELDS) {
    for (const [code, value] of Object.entries(fields[field] ?? {})) {
      for (const construct of [value].flat() as Array<{ name?: string; tokenize?: Function }>) {
        parts.push(`${field}:${code}:${construct?.name ?? construct?.tokenize?.name ?? '?'}`);
      }
    }
  }
  return parts.sort().join(',');
}

const GFM = signature(gfm());
const DIRECTIVE = signature(directive());

/**
 * The syntax Sätteri is to read for a processor with these micromark and mdast extensions
 * (`data('micromarkExtensions')`, `data('fromMarkdownExtensions')`): GFM alone, or GFM and
 * directives; undefined for anything else, which remark-parse reads.
 */
export function satteriSyntax(extensions: unknown, mdastExtensions: unknown):
  MarkdownSyntax | undefined {
  if (!Array.isArray(extensions) || !Array.isArray(mdastExtensions) ||
    extensions.length !== mdastExtensions.length) return undefined;
  const found = extensions.map(signature).sort();
  if (found.length === 1 && found[0] === GFM) return { directive: false };
  const both = [GFM, DIRECTIVE].sort();
  if (found.length === 2 && found[0] === both[0] && found[1] === both[1]) {
    return { directive: true };
  }
  return undefined;
}

/**
 * A task-list item's first paragraph whose text does not start right after the checkbox (`- [x]
 * \`code\``): mdast-util-gfm-task-list-item drops the space that was its first text and leaves
 * the paragraph starting at the checkbox; Sätteri starts it at the code.
 */
function checkboxStarts(tree: Root, text: string): void {
  visit(tree, 'listItem', (item) => {
    if (typeof item.checked !== 'boolean') return;
    const first = item.children.find((child) => child.type === 'paragraph');
    const start = first?.position?.start;
    if (!first?.position || start?.offset === undefined || !first.children[0] ||
      first.children[0].type === 'text') return;
    const lineStart = text.lastIndexOf('\n', start.offset - 1) + 1;
    const box = text.slice(lineStart, start.offset).search(/\[[ \txX]\][ \t]*$/);
    if (box === -1) return;
    const back = start.offset - (lineStart + box);
    first.position.start = { line: start.line, column: start.column - back,
      offset: start.offset - back };
  });
}

/** A container directive's last line is its own closing fence (`:::`). */
const CLOSING_FENCE = /^[ \t>]*:{3,}[ \t]*$/;

/**
 * Whether every container directive of the tree ends with a closing fence of its own. One that
 * does not (an author forgot its `:::`, or its parent's fence closed it) ends, in remark's
 * tree, where the parser closed it; Sätteri ends it at its last content.
 */
function containersClosed(tree: Root, text: string): boolean {
  const isContainer = (node: Node) => node.type === 'containerDirective';
  let closed = true;
  visitParents(tree, isContainer, (node, ancestors) => {
    const end = node.position?.end.offset;
    const parent = ancestors.findLast(isContainer);
    const lineStart = end === undefined ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    if (end === undefined || end === parent?.position?.end.offset ||
      !CLOSING_FENCE.test(text.slice(lineStart, end))) {
      closed = false;
      return EXIT;
    }
    return undefined;
  });
  return closed;
}

/**
 * The mdast tree of `text`, as remark-parse with remark-gfm (and remark-directive) would give
 * it; undefined, for the caller to parse with remark-parse, for a text with a lone surrogate
 * (Sätteri reads UTF-8 and would make it U+FFFD; remark keeps it) or a container directive
 * left open (see `containersClosed`).
 */
export function parseMarkdown(text: string, syntax: MarkdownSyntax = { directive: false }):
  Root | undefined {
  if (!text.isWellFormed()) return undefined;
  // CommonMark replaces U+0000 with U+FFFD (micromark does); one code unit for one, so every
  // position stays.
  const source = text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text;
  const tree = markdownToMdast(source, { features: { gfm: true, directive: syntax.directive,
    frontmatter: false, smartPunctuation: false } }) as unknown as Root;
  if (syntax.directive && source.includes(':::') && !containersClosed(tree, source)) {
    return undefined;
  }
  checkboxStarts(tree, source);
  return tree;
}
