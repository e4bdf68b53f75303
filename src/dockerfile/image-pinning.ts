/**
 * Analyse stage, Dockerfile engine: whether a stage's base image is pinned. Pinned means a digest
 * (`@sha256:…`), or a tag that carries a version number (`3.12-slim`, `1.22`, `20-alpine`,
 * `3-alpine3.15`). Floating means no tag (hadolint DL3006: it means `latest`), `latest` (DL3007),
 * or a tag without any number (`alpine`, `slim`, `bookworm`, `stable`): hadolint's DL3007 tests
 * accept `debian:jessie`, but such a tag moves with every release of its line just as `latest`
 * does, so shipshape counts it as floating too. Tags are read after ARG defaults are substituted
 * (`python:${PYTHON_VERSION}-alpine` with `ARG PYTHON_VERSION=3.13.3` is `3.13.3-alpine`).
 *
 * A Python tag that names only the major version (`python:3-slim`, `3-alpine3.15`) floats too:
 * it moves to every new Python 3 feature release (3.12, then 3.13), which is what the guide's
 * lesson 2 ("Choosing and pinning a base image") teaches — "generic tags like `python:latest` or
 * `python:3-slim` change over time" — though hadolint's DL3006/DL3007 accept it. Only for
 * Python: elsewhere the first number is often the release line itself (`debian:12-slim`,
 * `node:22-alpine` move only within that release), so a one-number tag is not read as floating.
 */
import type { Stage } from './model.ts';

export type Pinning =
  | { kind: 'pinned'; by: 'digest' | 'version' }
  | { kind: 'floating'; why: 'no-tag' | 'latest' | 'no-version' | 'major-only' }
  /** The tag or image comes from a build argument without a default. */
  | { kind: 'unresolved' }
  /** `FROM scratch`, or `FROM <earlier stage>`: no image is pulled for it. */
  | { kind: 'not-an-image' };

/** A tag carries a version when it holds a number: `3.12-slim`, `v2`, `alpine3.20`. */
const VERSION = /\d/;
/** A tag whose version is a major number alone: `3`, `3-slim`, `3-alpine3.15`. */
const MAJOR_ONLY = /^\d+(?:-|$)/;
/** Images whose major version spans feature releases (lesson 2's case: Python 3). */
const MAJOR_SPANS_RELEASES = new Set(['python']);

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
  if (!VERSION.test(ref.tag)) return { kind: 'floating', why: 'no-version' };
  const hub = ref.registry === undefined || ref.registry.endsWith('docker.io');
  if (MAJOR_ONLY.test(ref.tag) && hub && MAJOR_SPANS_RELEASES.has(ref.name)) {
    return { kind: 'floating', why: 'major-only' };
  }
  return { kind: 'pinned', by: 'version' };
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
