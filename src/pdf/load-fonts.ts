/**
 * Outputs stage, PDF (runs in the print document): loads every web font face whose
 * unicode-range holds a character of the document. A browser loads such faces lazily, while it
 * lays out what is on screen; printing lays out everything at once, and a face not yet loaded
 * then falls back to a system font — or, on a machine without one, to a missing-glyph box
 * (measured: with no system fonts, the emoji and → printed as boxes). The running headers
 * count too: a page margin box's text is CSS `content`, in no element, and each article
 * carries its header's text (`data-running-header`, compose-document.ts); a header whose 🐳
 * no text of its part held printed it in a system font (a part of "Lab 02" copies at 200
 * write-ups: LiberationSerif). Returns how many faces it loaded. Self-contained: Playwright
 * sends it to the page as source.
 */
export async function loadFontsForText(): Promise<number> {
  const headers = [...document.querySelectorAll('[data-running-header]')]
    .map((node) => node.getAttribute('data-running-header') ?? '');
  const text = `${document.body.textContent ?? ''}${document.title}${headers.join('')}`;
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) ?? 0);
  const covers = (range: string): boolean => range.split(',').some((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from.replace(/\?/g, '0'), 16);
    const end = Number.parseInt((to ?? from).replace(/\?/g, 'f'), 16);
    for (const point of points) if (point >= start && point <= end) return true;
    return false;
  });
  const faces = [...document.fonts].filter((face) => face.status === 'unloaded'
    && covers(face.unicodeRange));
  await Promise.all(faces.map((face) => face.load().catch(() => face)));
  return faces.length;
}
