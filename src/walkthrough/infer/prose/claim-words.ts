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
import { correctTypos } from './typo-tolerance.ts';

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
    String.raw`\b(?:un|non[-\s]?)privileged\b`, String.raw`\broot[-\s]less\b`,
    String.raw`\b(?:dedicated|separate|limited|unprivileged|system|restricted)\s+(?:\w+\s+)?user\b`,
    // "a user with limited permissions", "a new user with restricted rights"
    String.raw`\buser\s+with\s+(?:restricted|limited|reduced|minimal|fewer)\s+` +
      String.raw`(?:permissions|privileges|rights)\b`,
    String.raw`\b(?:don't|do\s+not|never|not)\s+(?:be|use)\s+(?:the\s+)?root\b`,
    // "avoid using the root user to run it", "avoid running processes in the container as root"
    String.raw`\bavoid\w*\s+(?:\w+\s+){0,5}?(?:as|with|by)\s+(?:the\s+)?root\b`,
    String.raw`\bavoid\w*\s+(?:using\s+)?(?:the\s+)?root\s+user\b`,
    String.raw`\bno\s+root\s+user\b`, String.raw`\bunnecessary\s+privileges\b`,
    String.raw`\b(?:new|special|custom)\s+(?:\w+\s+)?user\b`,
    String.raw`\b(?:avoid|instead\s+of|rather\s+than)\s+running\s+(?:\w+\s+)?as\s+root\b`,
    String.raw`\bno\s+root\s+privileges?\b`,
    String.raw`\b(?:does\s+not|doesn't|do\s+not|don't|never|won't|not)\s+run\w*\s+` +
      String.raw`(?:(?:the|a|its|my)\s+)?(?:\w+\s+)?as\s+root\b`,
    String.raw`\bcreat\w*\s+(?:a\s+|the\s+)?(?:new\s+|system\s+)?user\b`,
    // "Added Service User", "added a new user" (not "added the user to a group")
    String.raw`\badd(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?` +
      String.raw`user\b(?!\s+to\b)`,
    String.raw`\bswitch\w*\s+to\s+(?:a\s+|the\s+|that\s+)?(?:\S+\s+)?user\b`,
    String.raw`\b(?:adduser|useradd)\b`,
    String.raw`\b(?:drops?|dropped|dropping)\s+(?:\w+\s+)?(?:root|privileges?)\b`,
  ]],
  ['pinned-base', [
    String.raw`\bpin(?:s|ned|ning)?\b`,
    String.raw`\b(?:specific|explicit(?:ly)?|fixed|exact)\b.{0,60}?\b(?:version|tag)(?:s|ged)?\b`,
    // The other way round, about the base: "Base image version is fixed", "specified with version"
    String.raw`\b(?:base|image)\b.{0,30}?\b(?:version|tag)s?\s+(?:is|are|was|were)\s+` +
      String.raw`(?:fixed|pinned|specified|explicit)\b`,
    String.raw`\b(?:base|image)\b.{0,30}?\bspecified\s+with\s+(?:a\s+|its\s+|the\s+)?` +
      String.raw`(?:version|tag)`,
    String.raw`\bversioned\s+tag`,
    String.raw`\b(?:don't|didn't|doesn't|(?:do|did|does)\s+not|never|avoid)\s+` +
      String.raw`(?:use\s+|using\s+)?(?:the\s+)?:?latest\b`,
    String.raw`\btags?\s+with\s+(?:a\s+)?versions?\b`, String.raw`\btag\s+number\b`,
  ]],
  ['dependency-layer', [
    String.raw`\bcop(?:y|ies|ied|ying)\s+(?:the\s+|only\s+|\S+'s\s+)*` +
      String.raw`(?:requirements(?:\.txt)?|dependency\s+(?:file|list|manifest)s?|` +
      String.raw`package(?:-lock)?\.json|pyproject\.toml)\b` +
      String.raw`.{0,60}?\b(?:first|separately|before|alone|on\s+its\s+own|then)\b`,
    String.raw`\bfirst(?:ly)?\s+cop(?:y|ies|ied|ying)\s+(?:\S+\s+){0,2}?(?:requirements|dependenc)`,
    // Layer order in words: "the COPY of the code comes almost last", "after preparing the
    // environment", "sorted by how rarely they change", "a special order … cached layers".
    String.raw`\bCOPY\b.{0,60}?\b(?:almost|nearly|very)\s+(?:the\s+)?last\b`,
    String.raw`\bCOPY\b.{0,80}?\bafter\s+(?:preparing|installing|setting\s+up)\s+(?:the\s+)?` +
      String.raw`(?:environment|dependencies|requirements|packages)`,
    String.raw`\b(?:order\w*|sorted|placed|arranged)\b.{0,80}?\b(?:(?:less|least|rarely|` +
      String.raw`unlikely)\s+(?:frequently\s+)?(?:to\s+|they\s+|it\s+)?(?:chang|updat)\w*|` +
      String.raw`update\s+rate|` +
      String.raw`cach(?:e|ed|es|ing)\b|cached\s+layers)`,
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
  // With the dot or without ("Dockerignore"); misspellings go through `correctTypos`.
  ['dockerignore', [String.raw`(?:^|[^\w.-])\.?docker-?ignore\b`]],
  ['multi-stage', [
    String.raw`\bmulti[-\s]?stage\b`, String.raw`\btwo[-\s]stage\b`,
    String.raw`\b(?:separate|dedicated)\s+build(?:er)?\s+stage\b`,
    String.raw`\b(?:one|a\s+first|first)\s+stage\b.{0,60}?\b(?:other|another|second|final|next)\b`,
  ]],
  ['healthcheck', [String.raw`\bhealth[-\s]?checks?\b`]],
  ['exec-form', [
    String.raw`\bexec[-\s]form\b`, String.raw`\bjson\s+(?:array\s+)?(?:form|syntax)\b`,
    String.raw`\b(?:CMD|ENTRYPOINT)\s*\[\s*"`,
  ]],
];

const PATTERNS: ReadonlyArray<[ClaimedPractice, RegExp]> = WORDS.map(([id, sources]) =>
  [id, new RegExp(sources.join('|'), 'i')]);

/**
 * Words that say the file does NOT follow a practice ("Took the latest Python image as it
 * comes", "`python:latest`"): a claim against it, which agrees with a file that floats and
 * disagrees with one that pins. `loose`: wordings that say so only when the text around them
 * names no version ("the latest Python image worked. At the time, that's `3.13.3`" means the
 * newest release, which the author then pinned).
 */
const AGAINST: ReadonlyArray<[ClaimedPractice, { strict: RegExp; loose?: RegExp }]> = [
  ['pinned-base', {
    strict: new RegExp(String.raw`:latest\b|\blatest\s+tag\b|\btag\s+:?latest\b|` +
      String.raw`\b(?:unpinned|untagged|floating\s+tag|not\s+pinned)\b`, 'i'),
    loose: /\blatest\s+(?:[\w.-]+\s+){0,2}?(?:image|version|release)s?\b/i,
  }],
];

/** A version number (`3.9`, `3.13.3`): text that names one is about a release, not a tag. */
const VERSION_NUMBER = /\b\d+\.\d+/;

/**
 * The words the recognisers key on, for `correctTypos`: practice names and the technical words
 * around them, long and distinctive enough that one edit away from them is a typo, not another
 * word.
 */
const KEYWORDS = [
  'dockerignore', 'multi-stage', 'multistage', 'non-root', 'nonroot', 'rootless', 'unprivileged',
  'healthcheck', 'health-check', 'requirements', 'dependencies', 'dependency', 'no-cache-dir',
];

/**
 * A label then a value, the label ending in a past participle ("User Created: `svc`",
 * "Image Selected: …"), read as the sentence it stands for ("Created User svc").
 */
const LABEL_VALUE = new RegExp(String.raw`^((?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)\s+` +
  String.raw`(\p{L}+ed|built|made|set\s+up)\s*:\s*(\S.*)$`, 'iu');

/** Words just before the practice that turn it down: "no multi-stage", "without a USER". */
const NEGATION_BEFORE = new RegExp(String.raw`(?:\b(?:not|no|never|without|skip(?:ped)?|` +
  String.raw`lacks?|missing|instead\s+of|rather\s+than|forgo\w*)|n't)` +
  String.raw`(?:\s+\S+){0,3}\s*$`, 'i');
/** Words after it that do: "Multi-stage build? Not needed." */
const NEGATION_AFTER = new RegExp(String.raw`^.{0,30}?\b(?:not\s+(?:needed|used|` +
  String.raw`necessary|required|worth)|(?:is|was)n't\s+(?:needed|used|necessary)|` +
  String.raw`(?:is|was|seems|seemed|be)\s+(?:unnecessary|overkill)|skipped)\b`, 'i');
/** A sentence about what one could or should do is not about what this Dockerfile does. */
const HEDGE = new RegExp(String.raw`\b(?:should|could|would|might|may|consider(?:ed|ing)?|` +
  String.raw`recommend\w*|if|whether|unless|optional(?:ly)?|todo|plan\s+to|future|whenever|` +
  String.raw`try\s+to|` +
  // Advice with a condition ("multi-stage builds when it is needed", "where it makes sense")
  // says when to follow a practice, not that this Dockerfile does.
  String.raw`(?:when|where)\s+(?:it\s+is\s+|it's\s+|they\s+are\s+)?(?:needed|necessary|` +
  String.raw`possible|appropriate|required|useful)|makes?\s+sense)\b`, 'i');
/**
 * Advice, not a claim about this file: an imperative ("Use `.dockerignore`", "Don't run as
 * root"), after a label or not ("Rootless containers - change the default user"), a practice
 * said of all images ("Multi-stage builds allow…"), or general wisdom ("It is good practice to").
 * A "Best practices" list of such bullets says what one should do, not what this Dockerfile
 * does; the same bullets under "Practices used in this project" are claims (`inUse`).
 */
const IMPERATIVE = new RegExp(String.raw`^(?:please\s+|always\s+|explicitly\s+|only\s+)?` +
  String.raw`(?:use|avoid|don't|do\s+not|never|exclude|include|create|keep|make|run|add|prefer|` +
  String.raw`leverage|minimi[sz]e|order|place|put|pin|specify|be|write|copy|install|set|drop|` +
  String.raw`switch|prevent|reduce|sort|try|apply|remember|optimi[sz]e|organi[sz]e|implement|` +
  String.raw`maintain|limit|scan|update|favou?r|choose|pick|change|split|expose|tag|decouple|` +
  String.raw`enable|configure|ensure|understand|name|clear|push|perform|follow|store|separate|` +
  String.raw`group|combine|mark|restrict|lower|build|define|declare|provide|secure)\b` +
  String.raw`(?!\s+of\b)`, 'i');
/** "Multi-stage builds allow…", "Rootless containers are…": the practice in general. */
const GENERAL_SUBJECT = new RegExp(String.raw`^(?:[\w.-]+\s+){0,2}[\w-]+s\s*(?:[-–—:]\s*)?` +
  String.raw`(?:allow|help|let|enable|can|reduce|make|keep|are\s+(?:a|an|the|useful|` +
  String.raw`recommended|important|safer|better))\b`, 'i');
const GENERAL_WISDOM = new RegExp(String.raw`\b(?:it\s+is|it's)\s+(?:a\s+)?(?:good|best|` +
  String.raw`common|recommended|important|necessary|preferable|better)\b|` +
  String.raw`^(?:a\s+)?good\s+practi[cs]e\b`, 'i');
/** A label before the advice: "Rootless containers - …", "**Cache**: …". */
const LABEL = /^[^:–—]{1,60}?(?:\s[-–—]\s|:\s+)/;
/** A phrase before the advice: "In a multi-stage build, copy only…". */
const LEAD_PHRASE = /^(?:in|for|when|with|on|at|during|after|before|once)\b[^,]{1,60},\s*/i;
/** Words to the reader: "you can write `FROM` again", "you should pin", "your image". */
const TO_THE_READER =
  /\byou\s+(?:can|could|should|may|might|need|must|will|want|have)\b|\byour\b/i;

/** Whether a sentence gives advice rather than saying what this Dockerfile does. */
export function isAdvice(sentence: string): boolean {
  const text = sentence.replace(/`/g, '').replace(/^[\s*_#>\d.)-]+/, '').trim();
  const forms = [text, text.replace(LABEL, ''), text.replace(LEAD_PHRASE, '')];
  return forms.some((t) => IMPERATIVE.test(t) || GENERAL_SUBJECT.test(t)) ||
    GENERAL_WISDOM.test(text) || TO_THE_READER.test(text);
}

/**
 * Words by which a heading or the words that introduce a list say its practices are this
 * project's ("Best practices I used", "employed within the application", "that are being
 * followed in this project:", "To mitigate this, we:"): under them an imperative is a claim.
 */
const IN_USE = new RegExp(String.raw`\b(?:used|employed|applied|implemented|followed|adopted|` +
  String.raw`utili[sz]ed|in\s+(?:this|my|our)\s+(?:project|dockerfile|image|app\w*|repo\w*)|` +
  String.raw`(?:my|our|this)\s+dockerfile)\b|\bwe\s*:\s*$|\bI\s+(?:use|did)\b`, 'i');

export function saysInUse(text: string): boolean {
  return IN_USE.test(text.replace(/`/g, ''));
}

/** Past tense at the start of a bullet ("Used…", "Added…", "Built…"): said of this file. */
const PAST_START = /^(?:[\w-]+ed|built|chose|made|wrote|kept|put|ran|took|went|set\s+up)\b/i;

/**
 * Whether a list's items say what was done: at least half of them start in the past tense
 * ("Used `python:3.9-slim`", "Added a user"), so its imperative-looking items are claims too.
 */
export function listSaysDone(items: readonly string[]): boolean {
  const past = items.filter((t) => PAST_START.test(t.replace(/^[\s*_`]+/, ''))).length;
  return items.length > 0 && past * 2 >= items.length;
}

/** Verbs of doing, in the past, that start a short statement rather than a label. */
const DONE_START = new RegExp(String.raw`^(?:used|added|created|made|set\s+up|switched|` +
  String.raw`copied|installed|enabled|built|wrote|put|ran|kept|chose|excluded|exposed|` +
  String.raw`declared|dropped|ensured|applied|went\s+with)\b`, 'i');

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
   * `label`: too short to say anything (a table of contents); `advice`: an imperative or a
   * general truth about the practice, not about this file (`isAdvice`).
   */
  stance: 'claimed' | 'negated' | 'hedged' | 'label' | 'advice' | 'against';
}

/**
 * A sentence as the recognisers read it: code marks dropped ("without `--no-cache-dir`" reads as
 * "without --no-cache-dir"), typos in keywords corrected, a label and its value turned round.
 */
function normalise(text: string): string {
  const sentence = correctTypos(text.replace(/`/g, '').replace(/\*\*|__/g, ''), KEYWORDS);
  return sentence.replace(LABEL_VALUE, '$2 $1 $3');
}

/**
 * Every practice a sentence names, and what it says about each. `versioned`: the text around
 * the sentence (its paragraph or item) names a version number, so "latest" there is a release.
 */
export function practicesIn(text: string,
  options: { heading?: boolean; inUse?: boolean; versioned?: boolean } = {}): PracticeMention[] {
  const sentence = normalise(text);
  const found: PracticeMention[] = [];
  const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // A verb of doing in the past says what was done, however short: "Added Service User", "Used
  // rootless image". Not any "-ed" word: "Pinned base image" is a label (a participle).
  const statement = words >= 2 && DONE_START.test(sentence.replace(/^[\s*_#>\d.)-]+/, ''));
  const stanceOf = (match: RegExpExecArray, claim: 'claimed' | 'against') => {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    return NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after) ? 'negated'
      // A question heading ("Why not multi-stage?") or a hedge is not a claim either way.
      : HEDGE.test(sentence) ? 'hedged'
        : !options.inUse && isAdvice(sentence) ? 'advice'
          : !options.heading && !statement && words < MIN_WORDS ? 'label' : claim;
  };
  for (const [practice, pattern] of PATTERNS) {
    const against = againstMatch(practice, sentence, options.versioned === true);
    // "Used `python:latest`": against, unless turned down ("I did not use `:latest`"), which
    // the practice's own words then read as a claim for it.
    if (against !== null && stanceOf(against, 'against') === 'against') {
      found.push({ practice, stance: 'against' });
      continue;
    }
    const match = pattern.exec(sentence);
    if (match === null) continue;
    found.push({ practice, stance: stanceOf(match, 'claimed') });
  }
  return found;
}

function againstMatch(practice: ClaimedPractice, sentence: string, versioned: boolean):
  RegExpExecArray | null {
  const words = AGAINST.find(([id]) => id === practice)?.[1];
  if (words === undefined) return null;
  return words.strict.exec(sentence) ??
    (versioned || VERSION_NUMBER.test(sentence) ? null : words.loose?.exec(sentence) ?? null);
}

/** The practices a text (a paragraph, a list item) claims, sentence by sentence. */
export function claimsIn(text: string, options: { inUse?: boolean } = {}):
  ClaimedPractice[] {
  const claimed = new Set<ClaimedPractice>();
  for (const sentence of splitSentences(text)) {
    for (const mention of practicesIn(sentence, options)) {
      if (mention.stance === 'claimed') claimed.add(mention.practice);
    }
  }
  return [...claimed];
}

/** What a heading says about the practices its section explains. */
export function headingPractices(text: string, options: { inUse?: boolean } = {}):
  { named: ClaimedPractice[]; turnedDown: ClaimedPractice[] } {
  const mentions = practicesIn(text.replace(/[?!]\s+/g, ' '), { heading: true, ...options });
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

/** A step's title when its text says the file does not follow the practice. */
export const AGAINST_TITLES: Partial<Record<ClaimedPractice, string>> = {
  'pinned-base': 'Unpinned base image',
};
