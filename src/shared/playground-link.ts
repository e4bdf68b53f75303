/**
 * Shared by the render stage (the "Open in playground" link under every Dockerfile block) and
 * the playground page (`src/playground/`, its "Copy link"): a Dockerfile kept in a link. The text
 * is UTF-8, deflated (fflate) and written in base64url after `#dockerfile=`. The fragment never
 * leaves the browser (it is not part of a request), so a shared Dockerfile is sent nowhere.
 * Browser-safe.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The playground's address under the site's base. */
export const PLAYGROUND_PATH = '/playground/';

const KEY = 'dockerfile';

/**
 * The longest Dockerfile a link holds: 256 KB, as a file an author may point at. Larger text is
 * refused when encoding, and an inflated fragment past it is not read (a deflate bomb in a link
 * would otherwise grow a thousandfold).
 */
export const MAX_LINKED_DOCKERFILE_BYTES = 256 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: `String.fromCharCode(...bytes)` overflows the stack on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or undefined when the text is not base64 (cut at a length base64 never has). */
function fromBase64Url(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The fragment (without `#`) that holds `dockerfile`. */
export function encodeDockerfile(dockerfile: string): string {
  const bytes = strToU8(dockerfile);
  if (bytes.length > MAX_LINKED_DOCKERFILE_BYTES) {
    throw new RangeError(`a Dockerfile of ${bytes.length} bytes is too long for a link ` +
      `(at most ${MAX_LINKED_DOCKERFILE_BYTES})`);
  }
  return `${KEY}=${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

export type DecodedLink =
  | { kind: 'none' }
  | { kind: 'dockerfile'; text: string }
  | { kind: 'unreadable'; reason: string };

/**
 * The Dockerfile in a location's fragment (`#dockerfile=…`, with or without `#`): `none` when
 * the fragment holds none, `unreadable` (with why) when it is damaged or too long.
 */
export function decodeDockerfile(fragment: string): DecodedLink {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = params.get(KEY);
  if (value === null) return { kind: 'none' };
  if (!/^[A-Za-z0-9_-]*$/.test(value)) {
    return { kind: 'unreadable', reason: 'the link holds characters a shared link never has' };
  }
  const damaged = { kind: 'unreadable', reason: 'the link is cut short or damaged' } as const;
  const bytes = fromBase64Url(value);
  if (bytes === undefined) return damaged;
  try {
    const out = new Uint8Array(MAX_LINKED_DOCKERFILE_BYTES + 1);
    const inflated = inflateSync(bytes, { out });
    if (inflated.length > MAX_LINKED_DOCKERFILE_BYTES) {
      return { kind: 'unreadable', reason: 'the Dockerfile in the link is longer than 256 KB' };
    }
    return { kind: 'dockerfile', text: strFromU8(inflated) };
  } catch {
    return damaged;
  }
}

/** `/base/playground/#dockerfile=…`: the playground opened on `dockerfile`. */
export function playgroundHref(base: string, dockerfile: string): string {
  return `${base.replace(/\/+$/, '')}${PLAYGROUND_PATH}#${encodeDockerfile(dockerfile)}`;
}
