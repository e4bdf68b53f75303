/**
 * Practices: whether a code block of a write-up shows its `.dockerignore`, and what that file
 * excludes. A block counts when its title names the file (`title=".dockerignore"`), its language
 * is `dockerignore`, or the sentence before it (else the heading over it) introduces it as the
 * `.dockerignore` — and its lines read as ignore patterns, so that a listing shown "With
 * .dockerignore:" (`Build context: 5MB`) or "Without .dockerignore:" is not taken for the file.
 * Pure text work; the caller finds the texts.
 */
import type { BlockContext } from './example-markers.ts';

export interface IgnoreBlockContext extends BlockContext {
  /** The fence's language word ('' when none). */
  lang: string;
}

export interface IgnoreFile {
  /** Patterns that exclude something, in order (`!` re-includes are left out). */
  excludes: string[];
  /** How the block was recognized, as a phrase a reader sees. */
  how: string;
}

const NAME = /(?:^|[^\w.-])\.dockerignore\b/i;
/** "Without .dockerignore", "no .dockerignore", "missing .dockerignore": not the file. */
const NEGATED =
  /\b(?:without|no|missing|lacks?|forgot)\s+(?:an?\s+|the\s+|any\s+)?[`*_]*\.dockerignore/i;
/** One pattern a line: no spaces inside (Docker allows them, write-ups never use them). */
const PATTERN = /^!?\S+$/;

function patterns(source: string): string[] | undefined {
  const lines = source.split('\n').map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0 || !lines.every((line) => PATTERN.test(line))) return undefined;
  return lines;
}

function introduces(text: string): boolean {
  return NAME.test(text) && !NEGATED.test(text);
}

/** The `.dockerignore` the block shows, or undefined when it shows something else. */
export function dockerignoreOf(context: IgnoreBlockContext): IgnoreFile | undefined {
  const lines = patterns(context.source);
  if (lines === undefined) return undefined;
  const excludes = lines.filter((line) => !line.startsWith('!'));
  const titled = context.title !== undefined && NAME.test(` ${context.title}`);
  if (titled) return { excludes, how: `titled \`${context.title ?? ''}\`` };
  if (context.lang.toLowerCase() === 'dockerignore') {
    return { excludes, how: 'labelled `dockerignore`' };
  }
  if (introduces(context.intro)) return { excludes, how: 'introduced as the `.dockerignore`' };
  // A heading such as "1.7 .dockerignore File" over an "Implementation:" block.
  if (!NAME.test(context.intro) && introduces(context.heading)) {
    return { excludes, how: 'under a heading naming the `.dockerignore`' };
  }
  return undefined;
}

