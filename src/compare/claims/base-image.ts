/**
 * Analyse stage, comparisons: the image a write-up builds on, so that "container size is just
 * 59MB" or "(≈5MB base image)" can be attributed when the sentence names no image. The write-up's
 * own Dockerfile says it best (the final stage's `FROM` of the Dockerfile beside a folder
 * write-up, src/bundle/; else of its final Dockerfile block, as
 * src/practices/final-dockerfile.ts decides it; else of the last block with a FROM); failing
 * that, the first image named in a sentence or section about the base image ("Chose
 * `python:3.11-alpine3.18` as the base image").
 */
import type { Code, Heading, Paragraph, Root } from 'mdast';
import { visit } from '../../shared/visit.ts';
import { isFragment } from '../../dockerfile/lint.ts';
import { parseDockerfile } from '../../dockerfile/parse/parse-dockerfile.ts';
import { exampleMarker } from '../../practices/example-markers.ts';
import { finalDockerfile } from '../../practices/final-dockerfile.ts';
import { isDockerfileLanguage } from '../../shared/code-language.ts';
import { codeTitle } from '../../shared/code-title.ts';
import { splitSentences } from './clauses.ts';
import { IMAGE_FAMILIES } from './image-matcher.ts';
import { findMentions } from './mentions.ts';
import { plainText } from './plain-text.ts';
import type { ImageMatcher } from './types.ts';

const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i;
const ARG = /^\s*ARG\s+([A-Za-z_]\w*)=(["']?)([^"'\s]*)\2/;
const BASE = /(?<![\p{L}\p{N}])(?:base|базов\p{L}*)(?![\p{L}\p{N}])/iu;

/** `${NAME}`, `$NAME` and `${NAME:-default}` from the block's `ARG` defaults. */
function substitute(text: string, args: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, braced, fallback, bare) => {
    const name = String(braced ?? bare);
    return args.get(name) ?? (typeof fallback === 'string' ? fallback : whole);
  });
}

/** The final stage's base in one Dockerfile block, following `FROM builder` back to its base. */
function finalBase(code: string, matcher: ImageMatcher): string | undefined {
  const args = new Map<string, string>();
  const stages = new Map<string, string | undefined>();
  let last: string | undefined;
  for (const line of code.split(/\r?\n/)) {
    const arg = ARG.exec(line);
    if (arg?.[1] !== undefined) args.set(arg[1], arg[3] ?? '');
    const from = FROM.exec(line);
    if (!from?.[1]) continue;
    const written = substitute(from[1], args);
    const image = stages.has(written.toLowerCase())
      ? stages.get(written.toLowerCase())
      : matcher(written);
    if (from[2] !== undefined) stages.set(from[2].toLowerCase(), image);
    last = image;
  }
  return last;
}

function isReference(image: string): boolean {
  return !(IMAGE_FAMILIES as readonly string[]).includes(image);
}

/**
 * The write-up's final Dockerfile block, if it shows one (never a bad or "before" example). This
 * reading of the raw Markdown has no walkthrough, so it is the last complete file: the file an
 * inferred walkthrough explains is that one too unless a later complete file quotes nothing.
 */
function finalBlock(tree: Root, markdown: string): Code | undefined {
  const blocks: Array<{ code: Code; complete: boolean; example: boolean }> = [];
  let heading = '';
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') heading = plainText(node, markdown);
    if (node.type !== 'code' || !isDockerfileLanguage(node.lang)) return;
    const before = index === undefined ? undefined : parent?.children[index - 1];
    const intro = before?.type === 'paragraph' ? plainText(before, markdown) : '';
    blocks.push({ code: node, complete: !isFragment(parseDockerfile(node.value)),
      example: exampleMarker({ heading, intro, source: node.value,
        title: codeTitle(node.meta) }) !== undefined });
  });
  const final = finalDockerfile(blocks.map((b, i) => ({ id: String(i), complete: b.complete,
    explained: false, example: b.example })));
  return final === undefined ? undefined : blocks[Number(final.id)]?.code;
}

/** `dockerfile`: the whole Dockerfile beside a folder write-up, when it is one. */
export function writeupBaseImage(
  tree: Root,
  markdown: string,
  matcher: ImageMatcher,
  dockerfile?: string,
): string | undefined {
  const fromFolder = dockerfile === undefined ? undefined : finalBase(dockerfile, matcher);
  if (fromFolder !== undefined) return fromFolder;
  const final = finalBlock(tree, markdown);
  const fromFinal = final === undefined ? undefined : finalBase(final.value, matcher);
  if (fromFinal !== undefined) return fromFinal;
  let fromDockerfile: string | undefined;
  visit(tree, 'code', (node: Code) => {
    if (!isDockerfileLanguage(node.lang) && !/^\s*FROM\s+\S/im.test(node.value)) return;
    fromDockerfile = finalBase(node.value, matcher) ?? fromDockerfile;
  });
  if (fromDockerfile !== undefined) return fromDockerfile;

  let fromProse: string | undefined;
  let heading = '';
  visit(tree, (node) => {
    if (fromProse !== undefined) return false;
    if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
    const block: Heading | Paragraph = node;
    if (block.type === 'heading') heading = plainText(block, markdown);
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const source = markdown.slice(start, end);
    for (const span of splitSentences(source)) {
      const sentence = source.slice(span.start, span.end);
      if (!BASE.test(sentence) && !BASE.test(heading)) continue;
      const named = findMentions(sentence, matcher).find((m) => isReference(m.image));
      if (named) {
        fromProse = named.image;
        return false;
      }
    }
    return undefined;
  });
  return fromProse;
}
