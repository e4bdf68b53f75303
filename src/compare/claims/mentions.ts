/**
 * Analyse stage, comparisons: finds where a text names images, by offering an ImageMatcher each
 * word and each run of two or three words. Positions matter: a size is attributed to the image
 * named nearest to it, so "`python:3.13-full` (~900MB), `python:3.13-slim` (~225MB)" gives two
 * claims about two images.
 */
import type { ImageMatcher } from './types.ts';

export interface Mention {
  image: string;
  /** UTF-16 offsets in the text searched, end exclusive. */
  start: number;
  end: number;
}

/** Word-like runs; `:`, `/`, `.`, `-` and `${…}` stay inside so references stay whole. */
const TOKEN = /[\p{L}\p{N}$][\p{L}\p{N}_.:/@${}-]*/gu;
/** What may stand between the words of one name: spaces, emphasis, code-span ticks. */
const JOIN = /^[\s*`]+$/;
/** "Python 3.13-slim image" is the longest name the default matcher knows. */
const MAX_WORDS = 3;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    // A sentence's full stop or a label's colon is not part of the name before it.
    const word = match[0].replace(/[.:/_-]+$/, '');
    if (word === '') continue;
    out.push({ text: word, start: match.index, end: match.index + word.length });
  }
  return out;
}

export function findMentions(text: string, matcher: ImageMatcher): Mention[] {
  const words = tokens(text);
  const mentions: Mention[] = [];
  let index = 0;
  while (index < words.length) {
    let matched = 0;
    for (let count = Math.min(MAX_WORDS, words.length - index); count >= 1; count--) {
      const run = words.slice(index, index + count);
      const joined = run.every((word, at) => {
        const prior = run[at - 1];
        return prior === undefined || JOIN.test(text.slice(prior.end, word.start));
      });
      const first = run[0];
      const last = run[run.length - 1];
      if (!joined || first === undefined || last === undefined) continue;
      const image = matcher(run.map((word) => word.text).join(' '));
      if (image !== undefined) {
        mentions.push({ image, start: first.start, end: last.end });
        matched = count;
        break;
      }
    }
    index += Math.max(matched, 1);
  }
  return mentions;
}
