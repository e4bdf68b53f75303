/**
 * Practices: whether the text presents a code block as a bad or "before" example — something the
 * author shows in order not to do it. Such a block is no evidence of what the write-up's own
 * Dockerfile does. Authors mark them in the heading over the block ("Bad example",
 * "Anti-patterns"), in the sentence that introduces it ("**Bad Example:**", "I took the typical
 * route first"), in its first comment (`# Bad: copies everything first`) or its title.
 * Pure text work; the caller finds the texts.
 */

export interface BlockContext {
  /** The heading the block sits under. */
  heading: string;
  /** The paragraph just before the block, in the same container; '' when there is none. */
  intro: string;
  /** The block's code. */
  source: string;
  /** The block's `title="…"`, if any. */
  title: string | undefined;
}

/** Words that mark a whole heading or introduction, anywhere in it. */
const ANYWHERE: readonly RegExp[] = [
  /\bbad[\s-]+(?:examples?|practices?|versions?|way|dockerfiles?|patterns?|idea)\b/i,
  /\banti-?patterns?\b/i,
  /\bna[iï]ve(?:ly)?\b/i,
  /\bwrong\s+(?:way|examples?|versions?|order)\b/i,
  /\bwhat\s+not\s+to\s+do\b/i,
  /\b(?:common\s+)?mistakes?\s*:/i,
  // The write-up's own earlier try: "I took the typical route first", "my first attempt".
  new RegExp(String.raw`\b(?:first|initial|original|typical|old|older|previous|unoptimi[sz]ed)` +
    String.raw`\s+(?:attempt|try|version|draft|dockerfile|route|approach|take)\b`, 'i'),
  /\bbefore\s+(?:optimi[sz]|hardening|refactor|improv|the\s+(?:change|fix)|changes|fixing)/i,
  /[❌✗✘🚫⛔]/u,
];

/** Words that mark a heading or introduction only when it starts with them ("Before:"). */
const LEADING: readonly RegExp[] = [
  /^bad\b/i,
  /^wrong\b/i,
  /^before\s*(?:[:(—–-]|$)/i,
  /^(?:don['’]?t|do\s+not|never|avoid)\b(?!\s+forget)/i,
];

/** A first comment line such as `# Bad`, `# Don't do this`, `# before`, `# ❌ naive`. */
const COMMENT =
  /^#\s*(?:[❌✗✘🚫⛔]|(?:bad|wrong|before|naive|anti-?pattern|avoid|never|don['’]?t|do\s+not)\b)/iu;

/** Markdown emphasis and punctuation around a label ("**Bad Example:**") is not text. */
function plain(text: string): string {
  return text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}❌✗✘🚫⛔]+/u, '')
    // Section numbers ("4.2 What Would Break…") come before the words that mark a heading.
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .trim();
}

function marked(text: string): boolean {
  const words = plain(text);
  return words !== '' &&
    (ANYWHERE.some((re) => re.test(words)) || LEADING.some((re) => re.test(words)));
}

/**
 * Why the block is a bad or "before" example, as a phrase a reader sees ("introduced as
 * “Bad Example:”"); undefined when the text presents it as the author's own.
 */
export function exampleMarker(context: BlockContext): string | undefined {
  if (context.title !== undefined && marked(context.title)) {
    return `titled “${plain(context.title)}”`;
  }
  if (marked(context.intro)) return `introduced as “${excerpt(plain(context.intro))}”`;
  const first = context.source.split('\n').map((line) => line.trim()).find((line) => line !== '');
  if (first !== undefined && COMMENT.test(first)) {
    return `marked \`${excerpt(first)}\` in the block`;
  }
  if (marked(context.heading)) return `under the heading “${excerpt(plain(context.heading))}”`;
  return undefined;
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
