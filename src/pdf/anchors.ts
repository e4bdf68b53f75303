/**
 * Outputs stage, PDF: ids in the print document. Every page of the guide becomes one article in
 * one HTML document, so ids are prefixed with the page's key to stay unique, and links between
 * guide pages become `#` links to these ids (Chromium turns them into in-document PDF links).
 */

/**
 * `writeups/x/` → `pg-writeups-x`; the home page (``) → `pg-home`. Case and `_` are kept, as
 * in the addresses (`writeups/Lab_2/` and `writeups/lab-2/` are two pages, so two keys).
 */
export function pageKey(path: string): string {
  const slug = path
    .replace(/index\.html$/, '')
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `pg-${slug || 'home'}`;
}

/** The id of `hash` on the page with `key`; the page itself for no hash or Starlight's `_top`. */
export function anchorId(key: string, hash = ''): string {
  return hash === '' || hash === '_top' ? key : `${key}--${hash}`;
}
