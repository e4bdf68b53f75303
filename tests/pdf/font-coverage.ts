/**
 * PDF tests: which characters the site's own fonts cover — the unicode-ranges of the subsets
 * `src/style/fonts.css` imports from @fontsource (read from each package's `400.css`) and of
 * the emoji faces in `src/style/emoji-font.css`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Range = [number, number];

function parseRanges(text: string): Range[] {
  return text.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from.replace(/\?/g, '0'), 16);
    const end = Number.parseInt((to ?? from).replace(/\?/g, 'f'), 16);
    return [start, end];
  });
}

export function coveredCodePoints(root: string): (codePoint: number) => boolean {
  const fontsCss = readFileSync(join(root, 'src/style/fonts.css'), 'utf8');
  const ranges: Range[] = [];
  for (const [, pkg, subset] of fontsCss.matchAll(/@fontsource\/([\w-]+)\/([\w-]+)-400\.css/g)) {
    const all = readFileSync(join(root, 'node_modules/@fontsource', pkg ?? '', '400.css'), 'utf8');
    const face = all.split('/* ').find((block) => block.startsWith(`${pkg}-${subset}-400-normal`));
    const range = face && /unicode-range:\s*([^;]+);/.exec(face);
    if (range?.[1]) ranges.push(...parseRanges(range[1]));
  }
  const emojiCss = readFileSync(join(root, 'src/style/emoji-font.css'), 'utf8');
  for (const [, range] of emojiCss.matchAll(/unicode-range:\s*([^;]+);/g)) {
    ranges.push(...parseRanges(range ?? ''));
  }
  return (codePoint) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
