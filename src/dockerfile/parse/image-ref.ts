/**
 * Analyse stage, Dockerfile engine: splits an image reference (`registry:5000/team/app:1.2@sha…`)
 * into registry, repository name, tag and digest. Pure string work, browser-safe; it never checks
 * that the reference exists.
 */
import type { ImageRef } from '../model.ts';

/** Hosts that all mean Docker Hub, where official images live under an implied `library/`. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * Index of the last `sep` outside `${…}`: an unresolved `${V:-3.13}` must not be mistaken for a
 * tag separator.
 */
function lastOutsideBraces(text: string, sep: string): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (ch === '}' && depth > 0) {
      depth--;
    } else if (ch === sep && depth === 0) {
      found = i;
    }
  }
  return found;
}

/** Docker's rule: the first path part is a registry only if it looks like a host. */
function looksLikeHost(part: string): boolean {
  return part === 'localhost' || part.includes('.') || part.includes(':');
}

export function parseImageRef(raw: string): ImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = lastOutsideBraces(rest, '@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (looksLikeHost(first) && !first.includes('${')) {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = lastOutsideBraces(rest, ':');
  if (colon >= 0 && colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let name = rest;
  if ((registry === undefined || DOCKER_HUB.has(registry)) && name.startsWith('library/')) {
    name = name.slice('library/'.length);
  }
  return { raw, registry, name, tag, digest };
}
