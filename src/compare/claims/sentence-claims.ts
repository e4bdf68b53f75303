/**
 * Analyse stage, comparisons: size claims in prose ("python:3.13-alpine is even smaller (~50MB)",
 * "container size is just 59MB"). Each size is tied to the nearest thing in its clause that says
 * what the size is of: an image named by reference or variant, "our/final image", "base image",
 * a bare "image", or something that is not an image at all ("pip's cache (~20MB)", "the context
 * from ~100MB to ~5MB", "~200MB cache bloat"). Sizes of things that are not images are left out
 * silently: they are not claims about images, and listing them would bury the ones that are.
 * Only a size that could be about an image but cannot be pinned to one is listed as unparsed.
 */
import { codeSpans, inside, splitClauses, splitSentences, type Clause } from './clauses.ts';
import { imageFamily } from './image-matcher.ts';
import { findMentions } from './mentions.ts';
import { ownImage } from './own-images.ts';
import { findSizes, type FoundSize } from './parse-size.ts';
import type { Node } from 'unist';
import type { Claim, ClaimSubject, ImageMatcher, UnparsedClaim } from './types.ts';

export interface ProseEnv {
  file: string;
  matcher: ImageMatcher;
  /** The image the write-up builds on, for sizes of "our image" or "the base image". */
  baseImage: string | undefined;
  /**
   * Repositories the write-up builds and tags itself (`docker build -t app_python:1.0` gives
   * `app_python`): a size of `app_python:distroless` is the author's image, never a base image's.
   */
  ownImages?: ReadonlySet<string>;
  /**
   * The 1-based line of the text a node starts on (default: its position's line). The
   * pipeline's tree already carries the author's lines; the claims want the parsed text's.
   */
  lineOf?: (node: Node) => number;
}

/** `own`: an image the author built, named by its tag or as "the distroless one". */
type AnchorKind = 'mention' | 'own' | 'final' | 'base' | 'not-image' | 'image';

interface Anchor {
  kind: AnchorKind;
  start: number;
  end: number;
  /** Set on mentions. */
  image?: string;
}

/** Whole words in English and Russian (`\b` does not know Cyrillic). */
function words(pattern: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`, 'giu');
}

/** Checked in this order; a later kind never takes words an earlier one took. */
const CUES: [Exclude<AnchorKind, 'mention'>, RegExp][] = [
  [
    'final',
    words(
      String.raw`(?:final|our|my|resulting|built|production|app|application)\s+` +
        String.raw`(?:docker\s+)?(?:image|container)s?|container\s+size` +
        String.raw`|image\s+(?:we|I)\s+(?:built|build|ship)` +
        // "Default one: 183 MB" next to "Distroless one": the author's two builds.
        String.raw`|(?:default|original|first|second|new|old|regular|standard)\s+` +
        String.raw`(?:one|build|variant)` +
        String.raw`|(?:итогов|финальн|наш)\p{L}*` +
        String.raw`\s+(?:образ|контейнер)\p{L}*` +
        String.raw`|размер\p{L}*\s+контейнер\p{L}*`,
    ),
  ],
  ['base', words(String.raw`base(?:\s+images?)?|базов\p{L}*(?:\s+образ\p{L}*)?`)],
  [
    'not-image',
    words(
      String.raw`cache|caches|context|layers?|memory|ram|heap|swap|logs?|files?|folders?` +
        String.raw`|director(?:y|ies)|venv|virtualenv|packages?|dependenc(?:y|ies)|code` +
        String.raw`|artifacts?|bandwidth|data|transfer(?:red)?|bloat` +
        String.raw`|кэш\p{L}*|кеш\p{L}*|контекст\p{L}*` +
        String.raw`|сло[йяеи]\p{L}*|памят\p{L}*|файл\p{L}*` +
        String.raw`|пакет\p{L}*|зависимост\p{L}*|трафик\p{L}*|данн\p{L}*`,
    ),
  ],
  ['image', words(String.raw`images?|containers?|образ\p{L}*|контейнер\p{L}*`)],
];

/** Words that say a sentence is about the author's own build ("First attempt created …"). */
const BUILT = words(
  String.raw`created|built|produced|resulting|получил\p{L}*|собрал\p{L}*`,
);
const HYPOTHETICAL = words(String.raw`would|could|might|бы`);
const ACTUAL = words(String.raw`instead\s+of|rather\s+than|вместо`);
/**
 * After a named variant, words that make it the author's build of that variant: "the distroless
 * one", "a distroless-based image", "my alpine build".
 */
const OWN_AFTER = /^[\s*_`]*(?:-?based\b|one\b|build\b|builds\b)/iu;
/** "a distroless-based image": one word, which the matcher does not take for the variant. */
const FAMILY_BASED = words(String.raw`(distroless|alpine|slim)-based`);
/** What may stand between a size and the word it qualifies: "~250MB image", "≈5MB base". */
const ADJACENT = /^[\s*_`+]*$/;
const NAME_GAP = /^[\s`*]+$/;
const AND = /^[\s*`]*(?:,|and|or|\/|&|и|или)[\s*`]*$/iu;

function overlaps(anchors: readonly Anchor[], start: number, end: number): boolean {
  return anchors.some((anchor) => start < anchor.end && end > anchor.start);
}

/** Where the text names an image the author built: `app_python:distroless`, "distroless one". */
function ownMentions(text: string, env: ProseEnv, mentions: Anchor[]): Anchor[] {
  const own: Anchor[] = [];
  for (const mention of mentions) {
    if (OWN_AFTER.test(text.slice(mention.end))) mention.kind = 'own';
  }
  for (const match of text.matchAll(FAMILY_BASED)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(mentions, start, end)) continue;
    own.push({ kind: 'own', start, end, image: (match[1] ?? '').toLowerCase() });
  }
  if (!env.ownImages || env.ownImages.size === 0) return own;
  for (const match of text.matchAll(/[\w.:/@-]+/g)) {
    const found = ownImage(match[0], env.ownImages);
    const start = match.index;
    const end = start + match[0].replace(/[.:]+$/, '').length;
    if (!found || overlaps(mentions, start, end)) continue;
    own.push({ kind: 'own', start, end, ...(found.family ? { image: found.family } : {}) });
  }
  return own;
}

function anchorsOf(text: string, env: ProseEnv): Anchor[] {
  const matcher = env.matcher;
  const code = codeSpans(text);
  const mentions: Anchor[] = findMentions(text, matcher).map((mention) => ({
    kind: 'mention',
    ...mention,
  }));
  const anchors: Anchor[] = [...mentions, ...ownMentions(text, env, mentions)];
  for (const [kind, pattern] of CUES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // `--no-cache-dir` is a flag, not a cache; only image names count inside code.
      if (inside(code, start) || overlaps(anchors, start, end)) continue;
      // "`python:3.12-alpine` image" is one name, not a name and then some image.
      const named = anchors.find(
        (a) => (a.kind === 'mention' || a.kind === 'own') &&
          NAME_GAP.test(text.slice(a.end, start)),
      );
      if (named && (kind === 'image' || kind === 'base')) named.end = end;
      else anchors.push({ kind, start, end });
    }
  }
  return anchors.sort((a, b) => a.start - b.start);
}

function clauseAt(clauses: readonly Clause[], at: number): number {
  const index = clauses.findIndex((clause) => at >= clause.start && at < clause.end);
  return index < 0 ? clauses.length - 1 : index;
}

type Choice = { anchor: Anchor } | { ambiguous: string[] } | undefined;

/**
 * The anchor a size belongs to. In its own clause: a word right after it ("~250MB image"), else
 * the nearest before it ("python:3.13-alpine is even smaller (~50MB)" counts the parenthesis as
 * part of the clause before), else the nearest after it ("350MB+ for standard Python images");
 * then the clauses before, nearest first, then the clauses after.
 */
function chooseAnchor(text: string, size: FoundSize, anchors: Anchor[], clauses: Clause[]): Choice {
  const own = clauseAt(clauses, size.start);
  const within = (index: number) => {
    const clause = clauses[index];
    if (!clause) return [];
    return anchors.filter((a) => a.start >= clause.start && a.end <= clause.end);
  };
  const mine = within(own);
  const after = mine.filter((a) => a.start >= size.end);
  const before = mine.filter((a) => a.end <= size.start).reverse();
  const next = after[0];
  if (next && ADJACENT.test(text.slice(size.end, next.start))) return { anchor: next };
  const nearest = before[0];
  if (nearest) {
    const other = before[1];
    if (
      nearest.kind === 'mention' && other?.kind === 'mention' && other.image !== nearest.image &&
      AND.test(text.slice(other.end, nearest.start))
    ) {
      return { ambiguous: [other.image ?? '', nearest.image ?? ''] };
    }
    return { anchor: nearest };
  }
  if (next) return { anchor: next };
  // Walking out from its own clause, a parenthesis reaches back to the words it explains.
  for (let index = own - 1; index >= 0; index--) {
    const last = within(index).at(-1);
    if (last) return { anchor: last };
  }
  for (let index = own + 1; index < clauses.length; index++) {
    const first = within(index)[0];
    if (first) return { anchor: first };
  }
  return undefined;
}

/** Distinct images a sentence names; a family gives way to a reference of that family. */
function distinctImages(anchors: readonly Anchor[]): string[] {
  // The variant an own image was built on is not an image the sentence names.
  const named = anchors.filter((a) => a.kind === 'mention');
  const images = [...new Set(named.flatMap((a) => (a.image === undefined ? [] : [a.image])))];
  return images.filter(
    (image) => !images.some((other) => other !== image && imageFamily(other) === image),
  );
}

const NOT_AN_IMAGE = 'not an image';

interface Resolved {
  image: string | undefined;
  subject: ClaimSubject;
}

/** An image named in the same clause as a generic "image" or "base image". */
function nearMention(
  anchor: Anchor,
  anchors: readonly Anchor[],
  clauses: readonly Clause[],
): string | undefined {
  const clause = clauses[clauseAt(clauses, anchor.start)];
  if (!clause) return undefined;
  return anchors.find(
    (a) => a.kind === 'mention' && a.start >= clause.start && a.end <= clause.end,
  )?.image;
}

/** The reason a size is not a claim, or the image and subject it is a claim about. */
function resolve(
  anchor: Anchor,
  anchors: readonly Anchor[],
  clauses: readonly Clause[],
  sentence: string,
  env: ProseEnv,
): Resolved | string {
  const named = distinctImages(anchors);
  const sole = named.length === 1 ? named[0] : undefined;
  const built = anchors.some((a) => a.kind === 'final') || sentence.search(BUILT) >= 0;
  switch (anchor.kind) {
    case 'mention':
      return { image: anchor.image, subject: 'base-image' };
    case 'own':
      return { image: anchor.image ?? env.baseImage, subject: 'final-image' };
    case 'final':
      return { image: env.baseImage, subject: 'final-image' };
    case 'base':
      return {
        image: nearMention(anchor, anchors, clauses) ?? sole ?? env.baseImage,
        subject: 'base-image',
      };
    case 'image': {
      const image = nearMention(anchor, anchors, clauses) ?? sole;
      // A container is always the author's: it runs their image, not a bare base.
      const container =
        /container|контейнер/iu.test(sentence.slice(anchor.start, anchor.end));
      if (image === undefined && named.length > 1) {
        return `the sentence names several images (${named.join(', ')})`;
      }
      if (built || container) return { image: image ?? env.baseImage, subject: 'final-image' };
      if (image !== undefined) return { image, subject: 'base-image' };
      return { image: env.baseImage, subject: 'unknown' };
    }
    case 'not-image':
      return NOT_AN_IMAGE;
  }
}

/** Comparative words right after a size: "20MB heavier", "~40 MB smaller", "5 МБ больше". */
const DIFFERENCE_AFTER = words(
  String.raw`heavier|lighter|larger|smaller|bigger|more|less|fewer|extra` +
    String.raw`|больше|меньше|тяжелее|легче`,
);
/** Words right before a size that make it a change: "by ~20MB", "saved 50 MB", "+20MB". */
const DIFFERENCE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:by|saved|saves|saving|savings\s+of|shaved|shaved\s+off` +
    String.raw`|cut|trimmed|difference\s+of|increase\s+of|reduction\s+of|extra|additional` +
    String.raw`|another|на|ещё|еще|экономия)|(?:^|\s)[+±])[\s*_~≈]*$`,
  'iu',
);

/** Whether a size is a difference between two sizes, not the size of anything. */
function isDifference(sentence: string, size: FoundSize): boolean {
  const after = sentence.slice(size.end);
  const next = /^[\s*_]*([\p{L}]+)/u.exec(after)?.[1];
  if (next !== undefined && new RegExp(`^(?:${DIFFERENCE_AFTER.source})$`, 'iu').test(next)) {
    return true;
  }
  return DIFFERENCE_BEFORE.test(sentence.slice(0, size.start));
}

function isHypothetical(before: string): boolean {
  const last = (pattern: RegExp) =>
    Math.max(-1, ...[...before.matchAll(pattern)].map((match) => match.index));
  const hypothetical = last(HYPOTHETICAL);
  return hypothetical >= 0 && hypothetical > last(ACTUAL);
}

export function display(text: string): string {
  // A hard line break's backslash is markup, not text the author wrote.
  return text.replace(/\*\*|__/g, '').replace(/\\(?=\r?\n|$)/g, '').replace(/\s+/g, ' ')
    .trim();
}

interface Found {
  size: FoundSize;
  anchor: Anchor;
  /** Cleared when the size turns out to be the "from" of an unnamed image. */
  claim: Claim | undefined;
}

/**
 * Size claims in one block of prose (a paragraph, a heading, a table cell), given as its
 * Markdown source and the file line it starts on.
 */
export function proseClaims(
  source: string,
  firstLine: number,
  env: ProseEnv,
  from: { source: Claim['source']; context?: string },
): { claims: Claim[]; unparsed: UnparsedClaim[] } {
  const claims: Claim[] = [];
  const unparsed: UnparsedClaim[] = [];
  const lineAt = (offset: number) =>
    firstLine + (source.slice(0, offset).match(/\n/g)?.length ?? 0);
  for (const span of splitSentences(source)) {
    const sentence = source.slice(span.start, span.end);
    const code = codeSpans(sentence);
    const sizes = findSizes(sentence).filter((size) => !inside(code, size.start));
    if (sizes.length === 0) continue;
    const anchors = anchorsOf(sentence, env);
    const clauses = splitClauses(sentence);
    const context = from.context ?? display(sentence);
    const line = (size: FoundSize) => lineAt(span.start + size.start);
    const skip = (size: FoundSize, reason: string) =>
      unparsed.push({ file: env.file, line: line(size), text: context, reason });
    const found: Found[] = [];
    for (const size of sizes) {
      const raw = size.size.raw;
      // "20MB heavier than the original", "smaller by 40 MB": a difference, not a size.
      if (isDifference(sentence, size)) continue;
      const choice = chooseAnchor(sentence, size, anchors, clauses);
      const resolved = choice && 'anchor' in choice
        ? resolve(choice.anchor, anchors, clauses, sentence, env)
        : undefined;
      if (resolved === NOT_AN_IMAGE) continue;
      // Listed as hypothetical whatever image it would be about: it was never measured.
      if (isHypothetical(sentence.slice(0, size.start))) {
        skip(size, `\`${raw}\`: a hypothetical size ("would", "could"), not a measured one`);
        continue;
      }
      if (choice === undefined) {
        skip(size, `\`${raw}\`: no image (or anything else) is named near it`);
        continue;
      }
      if ('ambiguous' in choice) {
        skip(size, `\`${raw}\`: one size for several images (${choice.ambiguous.join(', ')})`);
        continue;
      }
      if (typeof resolved === 'string' || resolved === undefined) {
        skip(size, `\`${raw}\`: ${resolved ?? 'no image is named near it'}`);
        continue;
      }
      if (resolved.image === undefined) {
        skip(size, `\`${raw}\`: about the write-up's own image, whose base image it never names`);
        continue;
      }
      const claim: Claim = {
        file: env.file, line: line(size), image: resolved.image, subject: resolved.subject,
        property: 'size', value: raw, size: size.size, context, source: from.source,
      };
      found.push({ size, anchor: choice.anchor, claim });
    }
    for (const item of fromTo(sentence, found)) {
      if (item.claim) claims.push(item.claim);
      else skip(item.size, `\`${item.size.size.raw}\`: the size before a change, of an image ` +
        'the sentence does not name');
    }
  }
  return { claims, unparsed };
}

/**
 * "reducing image size from ~900MB to ~225MB": both sizes hang on the same words, but only the
 * second is the image named. The first is the image it was changed from; for a slim variant that
 * is the full one (slim is defined as the full image minus build tools), otherwise unknown.
 */
function fromTo(sentence: string, found: Found[]): Found[] {
  for (let index = 0; index + 1 < found.length; index++) {
    const first = found[index];
    const second = found[index + 1];
    if (!first?.claim || !second?.claim || first.anchor !== second.anchor) continue;
    const between = sentence.slice(first.size.end, second.size.start);
    const lead = sentence.slice(0, first.size.start);
    if (!/^\s*(?:to|down to|→|->|до)\s*$/iu.test(between)) continue;
    if (!/(?:^|\s)(?:from|с|со)\s*$/iu.test(lead)) continue;
    const image = second.claim.image;
    // Only when the sentence itself names the slim image: "our image went from … to …" is not.
    if (second.claim.subject === 'base-image' && image !== undefined &&
      imageFamily(image) === 'slim') {
      first.claim = { ...first.claim, image: 'full', subject: 'base-image' };
    } else {
      first.claim = undefined;
    }
  }
  return found;
}
