/**
 * Analyse stage, Dockerfile engine: whether a stage's base image is pinned. Pinned means a digest
 * (`@sha256:…`), or a tag that carries a version number (`3.12-slim`, `1.22`, `20-alpine`,
 * `3-alpine3.15`). Floating means no tag (hadolint DL3006: it means `latest`), `latest` (DL3007),
 * or a tag without any number (`alpine`, `slim`, `bookworm`, `stable`): hadolint's DL3007 tests
 * accept `debian:jessie`, but such a tag moves with every release of its line just as `latest`
 * does, so shipshape counts it as floating too. Tags are read after ARG defaults are substituted
 * (`python:${PYTHON_VERSION}-alpine` with `ARG PYTHON_VERSION=3.13.3` is `3.13.3-alpine`).
 */
import type { Stage } from './model.ts';

export type Pinning =
  | { kind: 'pinned'; by: 'digest' | 'version' }
  | { kind: 'floating'; why: 'no-tag' | 'latest' | 'no-version' }
  /** The tag or image comes from a build argument without a default. */
  | { kind: 'unresolved' }
  /** `FROM scratch`, or `FROM <earlier stage>`: no image is pulled for it. */
  | { kind: 'not-an-image' };

/** A tag carries a version when it holds a number: `3.12-slim`, `v2`, `alpine3.20`. */
const VERSION = /\d/;

export function pinningOf(stage: Stage, earlierStageNames: ReadonlySet<string>): Pinning {
  const { ref } = stage;
  if (ref.name === 'scratch' || earlierStageNames.has(stage.resolvedImage.toLowerCase())) {
    return { kind: 'not-an-image' };
  }
  if (ref.digest !== undefined && !ref.digest.includes('$')) {
    return { kind: 'pinned', by: 'digest' };
  }
  if (stage.resolvedImage.includes('$')) return { kind: 'unresolved' };
  if (ref.tag === undefined) return { kind: 'floating', why: 'no-tag' };
  if (ref.tag.toLowerCase() === 'latest') return { kind: 'floating', why: 'latest' };
  return VERSION.test(ref.tag)
    ? { kind: 'pinned', by: 'version' }
    : { kind: 'floating', why: 'no-version' };
}

/** Every stage's pinning, in order; stage names are case-insensitive for the builder. */
export function stagePinnings(stages: readonly Stage[]): Array<{ stage: Stage; pinning: Pinning }> {
  const earlier = new Set<string>();
  return stages.map((stage) => {
    const pinning = pinningOf(stage, earlier);
    if (stage.name !== undefined) earlier.add(stage.name.toLowerCase());
    return { stage, pinning };
  });
}
