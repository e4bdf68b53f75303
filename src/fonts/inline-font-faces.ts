/**
 * Site stage, fonts: the @font-face rules of the emoji and symbol faces cut after the build,
 * written into every built page as one `<style>` at the end of its `<head>`. A linked
 * stylesheet would block the first paint for one more request (Lighthouse's mobile run: one
 * more round trip on a slow connection before anything shows); inline, the rules (about 1 KB,
 * 0.4 KB gzipped) come with the HTML. Every page gets every face: unicode-range keeps a browser
 * from downloading one the page does not show, and text a script adds later (search results)
 * still finds its emoji. The PDF reads a page's `<style>` elements too (src/pdf/read-page.ts),
 * so it prints with the same faces; their URLs are absolute (with the site's base) for that.
 */

/** `css` as one line: comments and line breaks out (the rules hold no strings that need them). */
export function compactCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '').trim();
}

/** `html` with `css` in a `<style data-font-faces>` just before `</head>`. */
export function inlineFontFaces(html: string, css: string): string {
  if (css === '') return html;
  const style = `<style data-font-faces>${compactCss(css)}</style>`;
  return html.replace(/<\/head>/i, () => `${style}</head>`);
}
