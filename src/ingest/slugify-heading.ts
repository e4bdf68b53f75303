/**
 * Ingest stage: clean anchors for headings. Emoji, symbols and punctuation go (the emoji stays
 * in the visible title), words are joined by single hyphens, and no anchor starts or ends with
 * one — so "🐳 Containerizing — From Basic" becomes `containerizing-from-basic`.
 */

/** Turns heading text into an anchor; empty when the text has no letters or digits. */
export function slugifyHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique anchors in document order: a repeat gets `-1`, `-2`, … */
export class AnchorRegistry {
  readonly #taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.#taken.add(id);
  }

  claim(text: string, fallback = 'section'): string {
    const base = slugifyHeading(text) || fallback;
    let candidate = base;
    for (let n = 1; this.#taken.has(candidate); n++) candidate = `${base}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
}
