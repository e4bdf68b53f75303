/**
 * Analyse stage, walkthroughs: finds the instructions of a whole Dockerfile that a section talks
 * about in inline code without quoting them — `python:alpine` for
 * `FROM python:${PYTHON_VERSION}-alpine`, `USER appuser` for `USER appuser`. Prose is full of
 * code spans that name something else (`python:slim`, the road not taken), so a mention must name
 * the same image repository and variant, or read as the same instruction.
 */
import { INSTRUCTIONS } from '../../dockerfile/keywords.ts';
import type { ImageRef } from '../../dockerfile/model.ts';
import { parseImageRef } from '../../dockerfile/parse/image-ref.ts';
import { matchAgainst, type PreparedWhole } from './match-snippet.ts';

/** `repo:tag`, with a registry or path before it maybe; a tag is what makes it an image. */
const IMAGE_LIKE = /^[a-z0-9][\w./:-]*:[\w.-]+$/i;
const DOCKER_HUB = new Set([undefined, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);

interface Tag {
  version: string | undefined;
  variants: string[];
}

/** `3.13.3-alpine3.20` → version 3.13.3, variants [alpine3.20]. */
function readTag(tag: string): Tag {
  const version = /^v?\d+(?:\.\d+)*/.exec(tag)?.[0];
  const rest = version === undefined ? tag : tag.slice(version.length);
  return { version, variants: rest.toLowerCase().split(/[-_]/).filter((w) => w !== '') };
}

/** `alpine` names the variant `alpine3.20` too: the suffix only pins the variant's version. */
function hasVariant(variants: readonly string[], word: string): boolean {
  return variants.some((v) => v === word
    || (v.startsWith(word) && /^[\d.]+$/.test(v.slice(word.length))));
}

function sameRegistry(a: string | undefined, b: string | undefined): boolean {
  return a === b || (DOCKER_HUB.has(a) && DOCKER_HUB.has(b));
}

/** Whether the mentioned image is (a looser spelling of) the one a FROM uses. */
function namesImage(mention: ImageRef, used: ImageRef): boolean {
  if (mention.name !== used.name || !sameRegistry(mention.registry, used.registry)) return false;
  if (mention.tag === undefined || used.tag === undefined) return false;
  if (mention.tag === used.tag) return true;
  const said = readTag(mention.tag);
  const real = readTag(used.tag);
  // A tag without a variant names the default variant (`python:3.13` is Debian), never
  // `3.13.3-alpine`.
  if (said.variants.length === 0 && (said.version === undefined || real.variants.length > 0)) {
    return false;
  }
  if (said.version !== undefined && said.version !== real.version
    && !(real.version ?? '').startsWith(`${said.version}.`)) return false;
  return said.variants.every((w) => hasVariant(real.variants, w));
}

function imageMentions(whole: PreparedWhole, code: string): number[] {
  if (!IMAGE_LIKE.test(code)) return [];
  const mention = parseImageRef(code);
  const found: number[] = [];
  for (const stage of whole.model.stages) {
    if (!namesImage(mention, stage.ref)) continue;
    const from = whole.model.instructions.findIndex((i) => i.line === stage.line);
    if (from >= 0) found.push(from);
  }
  return found;
}

function instructionMentions(whole: PreparedWhole, code: string): number[] {
  const [keyword, ...rest] = code.trim().split(/\s+/);
  // A keyword alone (`ENTRYPOINT`) names a kind of instruction, not a line.
  if (keyword === undefined || rest.length === 0 || !INSTRUCTIONS.has(keyword.toUpperCase())) {
    return [];
  }
  const result = matchAgainst(whole, code, new Set());
  return result.unmatched.length === 0 ? result.instructions : [];
}

/** Indices of the whole file's instructions the inline code spans mention, sorted. */
export function mentionedInstructions(whole: PreparedWhole,
  inlineCode: readonly string[]): number[] {
  const found = new Set<number>();
  for (const raw of inlineCode) {
    const code = raw.trim();
    for (const index of [...imageMentions(whole, code), ...instructionMentions(whole, code)]) {
      found.add(index);
    }
  }
  return [...found].sort((a, b) => a - b);
}
