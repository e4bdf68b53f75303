/**
 * Analyse stage, comparisons: every size and property claim a write-up makes about an image, from
 * its comparison tables and its prose, each with the file line it is written on. The comparison
 * step sets these against the image dataset; what reads like a claim but cannot be pinned to an
 * image is returned as unparsed, so the report can list it instead of silently dropping it.
 *
 * Takes Markdown that ingest has already repaired (mojibake such as `â‰ˆ` for `≈` is not read
 * here), and in the pipeline the tree it was parsed into, so that nothing is parsed twice. Code
 * blocks are not read for claims: build logs and layer listings print sizes of whatever was
 * built, and the author did not write them as claims.
 */
import type { Nodes, Root } from 'mdast';
import { positionLine, type ParsedMarkdown } from '../../shared/parsed-markdown.ts';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from '../../shared/visit.ts';
import { writeupBaseImage } from './base-image.ts';
import { defaultImageMatcher } from './image-matcher.ts';
import { ownImages } from './own-images.ts';
import { proseClaims, type ProseEnv } from './sentence-claims.ts';
import { tableClaims } from './table-claims.ts';
import type { Claim, ImageMatcher, UnparsedClaim } from './types.ts';

export type {
  Claim, ClaimProperty, ClaimSubject, ImageMatcher, ParsedSize, SizeUnit, UnparsedClaim,
} from './types.ts';
export { defaultImageMatcher } from './image-matcher.ts';

export interface ExtractedClaims {
  claims: Claim[];
  unparsed: UnparsedClaim[];
}

function byLine<T extends { line: number }>(items: T[]): T[] {
  // Stable: claims on one line stay in reading order (left column before right).
  return items.map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.line - b.item.line || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * @param file how claims name their write-up (`content/writeups/x.md`)
 * @param images which image a span of text names; `defaultImageMatcher` knows Python images,
 * Alpine and distroless
 * @param dockerfile the whole Dockerfile beside a folder write-up (its `FROM` is the base image)
 * @param parsed the pipeline's tree of `markdown` (before any step changed it); parsed here
 * (GFM) when absent
 */
export function extractClaims(
  markdown: string,
  file: string,
  images: ImageMatcher = defaultImageMatcher,
  dockerfile?: string,
  parsed?: ParsedMarkdown,
): ExtractedClaims {
  const tree: Root = parsed?.tree ?? unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const lineOf = parsed?.lineOf ?? positionLine;
  const baseImage = writeupBaseImage(tree, markdown, images, dockerfile);
  const env: ProseEnv = { file, matcher: images, baseImage, ownImages: ownImages(tree), lineOf };
  const claims: Claim[] = [];
  const unparsed: UnparsedClaim[] = [];
  const add = (found: ExtractedClaims) => {
    claims.push(...found.claims);
    unparsed.push(...found.unparsed);
  };
  const sourceOf = (node: Nodes) =>
    markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'html') return SKIP;
    if (node.type === 'table') {
      const found = tableClaims(node, markdown, env);
      if (found) {
        add(found);
        return SKIP;
      }
      // Not a comparison: each row is prose whose cells are clauses, so "Smallest (~48MB)" can
      // lean on the `python:3.12-alpine` in the row's first cell.
      for (const row of node.children) {
        const line = lineOf(row);
        add(proseClaims(sourceOf(row), line, env, { source: 'table' }));
      }
      return SKIP;
    }
    if (node.type === 'paragraph' || node.type === 'heading') {
      const line = lineOf(node);
      add(proseClaims(sourceOf(node), line, env, { source: 'sentence' }));
      return SKIP;
    }
    return undefined;
  });
  return { claims: byLine(claims), unparsed: byLine(unparsed) };
}
