/**
 * Analyse stage, comparisons: the default answer to "which image does this span name?" for the
 * claim extractor. It knows image references (`python:3.13-slim`, `gcr.io/distroless/static`),
 * the way prose names them (`Python 3.13-slim`, `distroless Python`) and the variant words
 * (`alpine`, `slim`, `distroless`, `standard Python images`). Pure string work, browser-safe.
 */
import type { ImageMatcher } from './types.ts';

/** What a claim names when it names only a variant, not a reference. */
export const IMAGE_FAMILIES = ['alpine', 'slim', 'full', 'distroless'] as const;
export type ImageFamily = (typeof IMAGE_FAMILIES)[number];

/**
 * Docker Hub repositories a bare `name:tag` may name. A closed list, because prose is full of
 * `name:value` shapes that are not images (`appuser:appuser`, `localhost:5000`, `sha256:…`).
 */
const HUB_REPOSITORIES = new Set([
  'python', 'alpine', 'debian', 'ubuntu', 'busybox', 'node', 'golang', 'nginx', 'redis',
  'postgres', 'ruby', 'php', 'rust', 'openjdk', 'eclipse-temurin', 'amazonlinux', 'fedora',
  'centos', 'rockylinux', 'almalinux', 'archlinux', 'scratch', 'pypy', 'bash',
]);

/**
 * Registries whose paths are images; other hosts in prose are web pages (`docs.docker.com/…`).
 */
const REGISTRY = new RegExp(
  `^(?:${[
    String.raw`(?:[a-z0-9-]+\.)*gcr\.io`, String.raw`ghcr\.io`, String.raw`quay\.io`,
    String.raw`(?:index\.|registry-1\.)?docker\.io`, String.raw`mcr\.microsoft\.com`,
    String.raw`cgr\.dev`, String.raw`public\.ecr\.aws`, String.raw`registry\.access\.redhat\.com`,
    String.raw`[a-z0-9-]+\.pkg\.dev`,
  ].join('|')})$`,
);

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

const PATH_PART = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const REFERENCE = new RegExp(
  String.raw`^(?:(?<registry>[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?)/)?` +
    String.raw`(?<path>${PATH_PART}(?:/${PATH_PART})*)` +
    // A tag may hold an unresolved `${VERSION}`: the caller resolves what it can first.
    '(?::(?<tag>[\\w$][\\w.${}-]{0,127}))?(?:@sha256:[a-f0-9]{64})?$',
);

/** Tags whose Debian or Alpine release makes them one of the families. */
function familyOfTag(tag: string): ImageFamily | undefined {
  if (/(?:^|-)alpine/.test(tag)) return 'alpine';
  if (/(?:^|-)slim/.test(tag)) return 'slim';
  return undefined;
}

/**
 * The family an image reference belongs to: lets a claim about `python:3.13-slim` and one about
 * "slim" be recognized as naming the same kind of image.
 */
export function imageFamily(image: string): ImageFamily | undefined {
  if ((IMAGE_FAMILIES as readonly string[]).includes(image)) return image as ImageFamily;
  if (image.includes('distroless')) return 'distroless';
  const colon = image.lastIndexOf(':');
  const tag = colon > image.lastIndexOf('/') ? image.slice(colon + 1) : '';
  const family = familyOfTag(tag);
  if (family) return family;
  // `python:3.13`, `python:3.13-bookworm`: the full image, with compilers and headers.
  if (image.startsWith('python:') && /^\d/.test(tag)) return 'full';
  return undefined;
}

function reference(span: string): string | undefined {
  const match = REFERENCE.exec(span.toLowerCase());
  const groups = match?.groups;
  if (!groups) return undefined;
  let registry = groups['registry'];
  let path = groups['path'] ?? '';
  const tag = groups['tag'];
  if (registry !== undefined && !REGISTRY.test(registry)) return undefined;
  // Distroless images are published only on gcr.io; write-ups often drop the host.
  if (registry === undefined && path.startsWith('distroless/')) registry = 'gcr.io';
  if (registry !== undefined && DOCKER_HUB.has(registry)) registry = undefined;
  if (registry === undefined) {
    if (path.startsWith('library/')) path = path.slice('library/'.length);
    if (!HUB_REPOSITORIES.has(path) || tag === undefined) return undefined;
  }
  if (tag?.includes('$')) return familyOfTag(tag);
  const name = registry === undefined ? path : `${registry}/${path}`;
  return tag === undefined ? name : `${name}:${tag}`;
}

/** Trailing words that do not change which image is named ("Alpine image", "slim variant"). */
const NOUN =
  String.raw`(?:\s+(?:linux|image|images|variant|variants|base|version|образ\p{L}*))?`;
const FAMILY_WORDS: [RegExp, string][] = [
  [new RegExp(String.raw`^alpine${NOUN}$`, 'iu'), 'alpine'],
  [new RegExp(String.raw`^-?slim${NOUN}$`, 'iu'), 'slim'],
  [new RegExp(String.raw`^distroless\s+python3?${NOUN}$`, 'iu'), 'gcr.io/distroless/python3'],
  [new RegExp(String.raw`^distroless\s+static${NOUN}$`, 'iu'), 'gcr.io/distroless/static'],
  [new RegExp(String.raw`^distroless${NOUN}$`, 'iu'), 'distroless'],
  // "full" alone is an ordinary word; only with Python or an image noun is it the variant.
  [new RegExp(String.raw`^(?:full|standard|regular|default)\s+python${NOUN}$`, 'iu'), 'full'],
  [/^-?full\s+(?:variant|image|images|python\s+image)$/iu, 'full'],
];

/**
 * Default matcher. Bare version-variant tags (`3-alpine3.15`, `Python 3.13-slim`) are read as
 * the official Python image's: this guide's write-ups containerize Python apps, and a caller
 * for other languages passes its own matcher.
 */
export const defaultImageMatcher: ImageMatcher = (text) => {
  const span = text.trim().replace(/^[`'"*_]+|[`'"*_.,:;!?]+$/g, '');
  if (span === '' || span.includes('://')) return undefined;
  if (!/\s/.test(span)) {
    const ref = reference(span);
    if (ref !== undefined) return ref;
    if (/^\d+(?:\.\d+)*-(?:alpine|slim|bookworm|bullseye|buster|trixie)[\w.-]*$/i.test(span)) {
      return `python:${span.toLowerCase()}`;
    }
  }
  const written = /^python\s+(\d+(?:\.\d+)*(?:-[a-z][\w.]*)+)$/i.exec(span);
  if (written?.[1] !== undefined) return `python:${written[1].toLowerCase()}`;
  for (const [pattern, image] of FAMILY_WORDS) {
    if (pattern.test(span)) return image;
  }
  return undefined;
};
