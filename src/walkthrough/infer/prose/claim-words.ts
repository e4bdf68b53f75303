/**
 * Analyse stage, walkthroughs from prose: the words with which write-ups say they follow a
 * container practice ("Created a dedicated user `appuser` to avoid running as root", "Copied
 * `requirements.txt` first to cache dependency installation", "version-pinned base"). The
 * practices are the Dockerfile engine's own (`PRACTICES` in src/dockerfile/practices.ts, same
 * ids); only how prose names them lives here. A sentence that negates the practice ("Multi-stage
 * build? Not needed"), hedges it ("I considered a multi-stage build", "containers should never
 * run as root") or is too short to say anything (a table of contents: "Non-Root Execution")
 * claims nothing. Pure text work.
 */

/** Ids of `PRACTICES` that prose can claim. */
export type ClaimedPractice =
  | 'non-root' | 'pinned-base' | 'dependency-layer' | 'no-pip-cache' | 'dockerignore'
  | 'multi-stage' | 'healthcheck' | 'exec-form';

/**
 * Regular-expression sources, joined into one case-insensitive pattern per practice. They run on
 * one sentence at a time, so `.` inside them never crosses into the next sentence.
 */
const WORDS: ReadonlyArray<[ClaimedPractice, readonly string[]]> = [
  ['non-root', [
    String.raw`\bnon[-\s]?root\b`, String.raw`\brootless\b`, String.raw`\bleast[-\s]privilege`,
    String.raw`\bunprivileged\b`,
    String.raw`\b(?:dedicated|separate|limited|unprivileged|system)\s+(?:\w+\s+)?user\b`,
    String.raw`\b(?:avoid|instead\s+of|rather\s+than)\s+running\s+(?:\w+\s+)?as\s+root\b`,
    String.raw`\bno\s+root\s+privileges?\b`,
    String.raw`\b(?:does\s+not|doesn't|do\s+not|don't|never|won't|not)\s+run\w*\s+as\s+root\b`,
    String.raw`\bcreat\w*\s+(?:a\s+|the\s+)?(?:new\s+|system\s+)?user\b`,
    String.raw`\bswitch\w*\s+to\s+(?:a\s+|the\s+|that\s+)?(?:\S+\s+)?user\b`,
    String.raw`\b(?:adduser|useradd)\b`,
    String.raw`\b(?:drops?|dropped|dropping)\s+(?:\w+\s+)?(?:root|privileges?)\b`,
  ]],
  ['pinned-base', [
    String.raw`\bpin(?:s|ned|ning)?\b`,
    String.raw`\b(?:specific|explicit|fixed|exact)\b.{0,60}?\b(?:version|tag)s?\b`,
    String.raw`\bversioned\s+tag`,
  ]],
  ['dependency-layer', [
    String.raw`\bcop(?:y|ies|ied|ying)\s+(?:the\s+|only\s+)*(?:requirements(?:\.txt)?|dependency` +
      String.raw`\s+(?:file|list|manifest)s?|package(?:-lock)?\.json|pyproject\.toml)\b` +
      String.raw`.{0,60}?\b(?:first|separately|before|alone|on\s+its\s+own)\b`,
    String.raw`\b(?:layer|build|docker)\s+(?:layer\s+)?cach(?:e|ing)\b.{0,60}` +
      String.raw`\b(?:dependenc|requirements)`,
    String.raw`\bcach(?:e|es|ed|ing)\s+(?:the\s+)?(?:dependency|dependencies|pip\s+install|` +
      String.raw`installed\s+packages)`,
    String.raw`\bdependenc\w*\s+(?:are\s+|is\s+)?(?:installed\s+)?(?:before\s+(?:the\s+)?` +
      String.raw`(?:app|code|source)|(?:layer\s+)?(?:is\s+|are\s+|stays?\s+)?cached)`,
    String.raw`\b(?:don't|do\s+not|doesn't|does\s+not|won't|never)\s+(?:trigger|re-?install|` +
      String.raw`re-?run)\w*\s+(?:a\s+|the\s+)?(?:dependency|dependencies|pip)`,
  ]],
  ['no-pip-cache', [
    String.raw`--no-cache-dir\b`, String.raw`\bno[-\s]cache[-\s]dir\b`,
    String.raw`\b(?:without|disabl\w+|skip\w*|no)\s+(?:the\s+)?pip(?:'s)?\s+(?:download\s+)?cache`,
    String.raw`\bpip\b.{0,30}\bwithout\s+(?:its\s+|the\s+|a\s+)?(?:download\s+)?cache\b`,
  ]],
  ['dockerignore', [String.raw`(?:^|[^\w.-])\.dockerignore\b`]],
  ['multi-stage', [
    String.raw`\bmulti[-\s]?stage\b`, String.raw`\btwo[-\s]stage\b`,
    String.raw`\b(?:separate|dedicated)\s+build(?:er)?\s+stage\b`,
  ]],
  ['healthcheck', [String.raw`\bhealth[-\s]?checks?\b`]],
  ['exec-form', [
    String.raw`\bexec[-\s]form\b`, String.raw`\bjson\s+(?:array\s+)?(?:form|syntax)\b`,
  ]],
];

const PATTERNS: ReadonlyArray<[ClaimedPractice, RegExp]> = WORDS.map(([id, sources]) =>
  [id, new RegExp(sources.join('|'), 'i')]);

/** Words just before the practice that turn it down: "no multi-stage", "without a USER". */
const NEGATION_BEFORE = new RegExp(String.raw`(?:\b(?:not|no|never|without|skip(?:ped)?|` +
  String.raw`lacks?|missing|instead\s+of|rather\s+than|forgo\w*)|n't)` +
  String.raw`(?:\s+\S+){0,3}\s*$`, 'i');
/** Words after it that do: "Multi-stage build? Not needed." */
const NEGATION_AFTER = new RegExp(String.raw`^.{0,30}?\b(?:not\s+(?:needed|used|` +
  String.raw`necessary|required|worth)|(?:is|was)n't\s+(?:needed|used|necessary)|` +
  String.raw`(?:is|was|seems|seemed|be)\s+(?:unnecessary|overkill)|skipped)\b`, 'i');
/** A sentence about what one could or should do is not about what this Dockerfile does. */
const HEDGE = new RegExp(String.raw`\b(?:should|could|would|might|consider(?:ed|ing)?|` +
  String.raw`recommend\w*|if|whether|unless|optional(?:ly)?|todo|plan\s+to|future|whenever|` +
  // Advice with a condition ("multi-stage builds when it is needed", "where it makes sense")
  // says when to follow a practice, not that this Dockerfile does.
  String.raw`(?:when|where)\s+(?:it\s+is\s+|it's\s+|they\s+are\s+)?(?:needed|necessary|` +
  String.raw`possible|appropriate|required|useful)|makes?\s+sense)\b`, 'i');
/** Fewer words than this in a sentence: a label or a table of contents, not a claim. */
const MIN_WORDS = 4;

/** Sentences end at `.!?` before a capital or a code span, or at a line break. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`*"'(\p{Lu}])|\n+/u;

export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s !== '');
}

export interface PracticeMention {
  practice: ClaimedPractice;
  /**
   * `claimed`: the sentence says the Dockerfile follows it; `negated`: it says the opposite
   * ("not needed", "no health check yet"); `hedged`: it talks about what one could or should do;
   * `label`: too short to say anything (a table of contents).
   */
  stance: 'claimed' | 'negated' | 'hedged' | 'label';
}

/** Every practice a sentence names, and what it says about each. */
export function practicesIn(text: string, options: { heading?: boolean } = {}):
  PracticeMention[] {
  // Code marks are not words: "without `--no-cache-dir`" reads as "without --no-cache-dir".
  const sentence = text.replace(/`/g, '');
  const found: PracticeMention[] = [];
  const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  for (const [practice, pattern] of PATTERNS) {
    const match = pattern.exec(sentence);
    if (match === null) continue;
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    const stance = NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after) ? 'negated'
      // A question heading ("Why not multi-stage?") or a hedge is not a claim either way.
      : HEDGE.test(sentence) ? 'hedged'
        : !options.heading && words < MIN_WORDS ? 'label' : 'claimed';
    found.push({ practice, stance });
  }
  return found;
}

/** The practices a text (a paragraph, a list item) claims, sentence by sentence. */
export function claimsIn(text: string): ClaimedPractice[] {
  const claimed = new Set<ClaimedPractice>();
  for (const sentence of splitSentences(text)) {
    for (const mention of practicesIn(sentence)) {
      if (mention.stance === 'claimed') claimed.add(mention.practice);
    }
  }
  return [...claimed];
}

/** What a heading says about the practices its section explains. */
export function headingPractices(text: string): { named: ClaimedPractice[];
  turnedDown: ClaimedPractice[] } {
  const mentions = practicesIn(text.replace(/[?!]\s+/g, ' '), { heading: true });
  return {
    named: mentions.filter((m) => m.stance === 'claimed').map((m) => m.practice),
    turnedDown: mentions.filter((m) => m.stance === 'negated' || m.stance === 'hedged')
      .map((m) => m.practice),
  };
}

/**
 * Words by which a sentence says what the image is built on ("Used `python:3.9-alpine3.15` for
 * a lightweight base", "based on", "built on"). A bare "uses `redis:7`" is not among them: apps
 * use images that are not their base.
 */
// Case matters only for FROM: "from" alone is an ordinary word, `FROM` the instruction.
const BASE_WORDS = new RegExp(String.raw`\b(?:[Bb]ase|BASE|[Bb]ased\s+on|[Bb]uilt\s+(?:on|from)|` +
  String.raw`[Ss]tart(?:s|ed)?\s+from|FROM)\b`);

/** Whether a sentence says (does not hedge or deny) which image the Dockerfile starts from. */
export function namesBase(text: string): boolean {
  const sentence = text.replace(/`/g, '');
  const match = BASE_WORDS.exec(sentence);
  if (match === null) return false;
  return !NEGATION_BEFORE.test(sentence.slice(0, match.index)) && !HEDGE.test(sentence);
}

/** The practice's name as a step title, when the text gives none. */
export const PRACTICE_TITLES: Readonly<Record<ClaimedPractice, string>> = {
  'non-root': 'Runs as a non-root user',
  'pinned-base': 'Pinned base image',
  'dependency-layer': 'Dependencies before code',
  'no-pip-cache': 'No pip cache',
  dockerignore: '.dockerignore',
  'multi-stage': 'Multi-stage build',
  healthcheck: 'Health check',
  'exec-form': 'Exec-form CMD',
};
