/**
 * Analyse stage, walkthroughs from prose: infers a walkthrough from a write-up that explains its
 * Dockerfile in sentences and bullets instead of snippets. Each section whose prose claims a
 * practice ("Created a dedicated user `appuser` to avoid running as root") becomes a step over the
 * lines that carry it (practice-lines.ts); a section that names the file's base image in inline
 * code joins in on the `FROM` line. The prose before the first heading counts too (the lead:
 * often a write-up's whole list of practices, under a title heading the page lifted out). A
 * claim the file does not bear out is a disagreement, kept with the step and listed once per
 * practice, at the first sentence that makes it. Works on the mdast tree as data; changing the
 * tree is the caller's job.
 */
import type { Code, Heading, List, ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../../../shared/visit.ts';
import { defaultImageMatcher, imageFamily } from '../../../compare/claims/image-matcher.ts';
import { findMentions } from '../../../compare/claims/mentions.ts';
import { LEAD_ID, readSections, type LeadSection, type Section } from '../../sections.ts';
import { prepareWhole } from '../match-snippet.ts';
import { mentionedInstructions } from '../mentions.ts';
import {
  AGAINST_TITLES, headingPractices, isAdvice, listSaysDone, namesBase, PRACTICE_TITLES,
  practicesIn, saysInUse, splitSentences, type ClaimedPractice,
} from './claim-words.ts';
import { placePractice, type Placement, type WholeDockerfile } from './practice-lines.ts';

/** A practice, or `base-image`: the text names the image the file starts from. */
export type ClaimKind = ClaimedPractice | 'base-image';

export interface ProseClaim {
  practice: ClaimKind;
  /** For `base-image`: the image the text names (`python:3.9-alpine3.15`). */
  image?: string;
  /** Line of the write-up the claim is made on. */
  line: number;
  /** The sentence (or heading) that makes it. */
  text: string;
  /**
   * The text says the file does NOT follow the practice ("Took the latest Python image as it
   * comes"): it agrees with a file that does not, and disagrees with one that does.
   */
  against?: boolean;
  placement: Placement;
}

/** Whether the file does not bear a claim out: it does not follow, or follows against the text. */
export function disagrees(claim: ProseClaim): boolean {
  return claim.against === true ? claim.placement.verdict === 'yes'
    : claim.placement.verdict === 'no';
}

export interface ProseStep {
  /** The section it moves from; empty for a step read from the Dockerfile (`fromFile`). */
  sectionId: string;
  /**
   * Unique among the steps: the section's id (`-2`, `-3`… when its items are split); for a step
   * with no heading of its own (the lead's, or one read from the Dockerfile), the practice's
   * name (`non-root`, `pinned-base`), so its anchor says what it is about.
   */
  id: string;
  title: string;
  /**
   * When the step is some items of a list in the section, not the whole section (a section
   * "Hardening" listing a user and a pinned base: one step each). Absent: the whole section.
   */
  items?: ListItem[];
  /** 1-based lines of the Dockerfile, sorted. */
  lines: number[];
  /** The practices the section claims, in the order it first claims them. */
  claims: ProseClaim[];
  /**
   * Set on a step the text does not give: the Dockerfile follows this practice evidently (the
   * engine's verdict is yes), and the page says so, as read from the file, not from the text.
   */
  fromFile?: { practice: ClaimedPractice; note: string };
}

export interface ProseInference {
  steps: ProseStep[];
  /** One per practice the file does not bear out, at its first claim. */
  disagreements: ProseClaim[];
}

/** At least this many steps, one of them a practice, before prose makes a walkthrough. */
const MIN_STEPS = 2;

/** The practices a Dockerfile can show by itself, in the order the matrix lists them. */
const FILE_PRACTICES: readonly ClaimedPractice[] = [
  'pinned-base', 'non-root', 'dependency-layer', 'no-pip-cache', 'dockerignore', 'multi-stage',
  'healthcheck', 'exec-form',
];

/**
 * Steps for the practices the Dockerfile evidently follows (the engine's verdict is yes) that no
 * step of the text claims, in the order of their first line (a `.dockerignore`, which has no
 * line when the file copies no whole context, last).
 */
function fileSteps(place: (practice: ClaimedPractice) => Placement,
  claimed: ReadonlySet<ClaimKind>): ProseStep[] {
  const steps: ProseStep[] = [];
  for (const practice of FILE_PRACTICES) {
    if (claimed.has(practice)) continue;
    const placement = place(practice);
    if (placement.verdict !== 'yes') continue;
    if (placement.lines.length === 0 && practice !== 'dockerignore') continue;
    steps.push({ sectionId: '', id: practice, title: PRACTICE_TITLES[practice],
      lines: placement.lines, claims: [], fromFile: { practice, note: placement.note } });
  }
  const first = (step: ProseStep) => step.lines[0] ?? Number.MAX_SAFE_INTEGER;
  return steps.sort((a, b) => first(a) - first(b));
}

/** A practice's name, or a title's words, as an anchor: `non-root`, `base-image`. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'step';
}

/**
 * Anchors stay stable and say what the step is about: a step with no heading of its own (the
 * lead's, or the Dockerfile's) is named after its practice, else its title; each unique among
 * the page's steps (`-2`, `-3`… after the first; a section's step keeps its heading's id).
 */
function nameSteps(steps: ProseStep[]): void {
  const used = new Set<string>();
  for (const step of steps) {
    if (step.sectionId === '' || step.sectionId === LEAD_ID) continue;
    used.add(step.id);
  }
  for (const step of steps) {
    if (step.sectionId !== '' && step.sectionId !== LEAD_ID) continue;
    const base = slug(step.fromFile?.practice ?? step.claims[0]?.practice ?? step.title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    step.id = id;
  }
}

/** The image families and names the Dockerfile pulls (`alpine`, `python`). */
function ownImages(whole: WholeDockerfile): Set<string> {
  const own = new Set<string>();
  for (const stage of whole.model.stages) {
    own.add(stage.ref.name);
    const family = imageFamily(stage.resolvedImage);
    if (family) own.add(family);
  }
  return own;
}

/**
 * Text about another image than the file's ("Distroless runs as non-root by default") says
 * nothing about this Dockerfile: it names images, and none of them is one the file uses.
 */
function aboutOtherImage(text: string, own: ReadonlySet<string>): boolean {
  const named = findMentions(text, defaultImageMatcher);
  if (named.length === 0) return false;
  return !named.some(({ image }) => {
    const name = image.replace(/[:@].*$/, '');
    const family = imageFamily(image);
    return own.has(name) || (family !== undefined && own.has(family));
  });
}

type Claim = Omit<ProseClaim, 'placement'>;

/**
 * What can be a step: an item of a list at the top of the section (nested lists belong to their
 * item), or, with `item` undefined, the section's prose outside such lists.
 */
interface Unit {
  item: ListItem | undefined;
  claims: Claim[];
  /** Inline code spans, for the instructions they name (`python:3.9-alpine3.15`). */
  inline: string[];
}

interface SectionReading {
  units: Unit[];
  /** The heading names a practice its prose explains: the section stays one step. */
  headed: boolean;
}

/**
 * Whether the headings above a section (its own, its parents', the page title) say that what it
 * lists is done in this project ("Best practices I used"): advice-like bullets there are claims.
 */
function sectionInUse(tree: Root, section: Section | LeadSection, pageTitle: string): boolean {
  if (saysInUse(pageTitle)) return true;
  let depth = section.heading?.depth ?? 7;
  if (section.heading && saysInUse(section.title)) return true;
  for (const node of tree.children.slice(0, section.start).reverse()) {
    if (node.type !== 'heading' || node.depth >= depth) continue;
    if (saysInUse(toString(node))) return true;
    depth = node.depth;
  }
  return false;
}

/**
 * Whether a list is said to be this project's practices: by the paragraph that introduces it
 * ("…that are being followed in this project:", "we:"), or by its items' past tense.
 */
function listInUse(list: List, before: Root['children'][number] | undefined): boolean {
  if (before?.type === 'paragraph' && saysInUse(toString(before))) return true;
  return listSaysDone(list.children.map((item) => toString(item.children[0] ?? item)));
}

/** Paragraphs under `node`, each with the top-level list item it sits in, if any. */
function paragraphsOf(node: Root['children'][number]): Array<[Paragraph, ListItem | undefined]> {
  const found: Array<[Paragraph, ListItem | undefined]> = [];
  // One walk per item: a list of thousands of items stays linear.
  const roots: Array<[Root['children'][number], ListItem | undefined]> = node.type === 'list'
    ? node.children.map((item) => [item, item]) : [[node, undefined]];
  for (const [root, item] of roots) {
    visit(root, 'paragraph', (p: Paragraph) => {
      found.push([p, item]);
    });
  }
  return found;
}

/**
 * The file line of an offset in a paragraph's text (as mdast-util-to-string gives it): the line
 * of the text or code node it falls in, plus the line breaks before it inside that node, so that
 * a claim in the third line of a paragraph is reported on that line.
 */
function lineFinder(paragraph: Paragraph, fallback: number): (offset: number) => number {
  const pieces: Array<{ start: number; value: string; line: number }> = [];
  let length = 0;
  visit(paragraph, (node) => {
    if (!('value' in node) || typeof node.value !== 'string') return;
    pieces.push({ start: length, value: node.value, line: node.position?.start.line ?? fallback });
    length += node.value.length;
  });
  return (offset) => {
    const piece = pieces.findLast((p) => p.start <= offset);
    if (piece === undefined) return fallback;
    const breaks = piece.value.slice(0, offset - piece.start).split('\n').length - 1;
    return piece.line + breaks;
  };
}

/**
 * The image a sentence says the file is based on when the file's `FROM` lines use none of the
 * images it names ("Used `python:3.9-alpine3.15` for a lightweight base" over
 * `FROM python:3.12-slim`); undefined when it names the file's own, or no base at all. Only
 * references with a tag count: "Alpine" names a family, not an image one can check.
 */
function otherBase(sentence: string, prepared: Prepared): string | undefined {
  if (!namesBase(sentence)) return undefined;
  const images = findMentions(sentence, defaultImageMatcher).map((m) => m.image)
    .filter((image) => /[:@]/.test(image));
  if (images.length === 0) return undefined;
  return mentionedInstructions(prepared, images).length === 0 ? images[0] : undefined;
}

/**
 * The bold label that opens a paragraph, followed by a colon ("**Unprivileged Account:**",
 * "**Rootless Image**:"), without the colon; undefined when it opens with none.
 */
function leadLabel(paragraph: Paragraph): string | undefined {
  const [first, second] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const text = toString(first).trim();
  const colon = text.endsWith(':') || (second?.type === 'text' && /^\s*:/.test(second.value));
  const label = text.replace(/:$/, '').trim();
  return colon && label !== '' ? label : undefined;
}

/**
 * What a paragraph's bold label claims: it titles what follows in its item (or paragraph) as a
 * heading does its section ("**Unprivileged Account:**" over "User created: `svc`"), unless nothing
 * follows, or what follows is advice in a list not said to be in use.
 */
function labelClaims(paragraph: Paragraph, item: ListItem | undefined, listed: boolean):
  { named: ClaimedPractice[]; turnedDown: ClaimedPractice[] } {
  const none = { named: [], turnedDown: [] };
  const label = leadLabel(paragraph);
  if (label === undefined) return none;
  const whole = toString(item ?? paragraph);
  const body = whole.slice(whole.indexOf(label) + label.length).replace(/^[\s:*_]+/, '');
  const first = splitSentences(body)[0];
  if (first === undefined || (!listed && isAdvice(first))) return none;
  return headingPractices(label, { inUse: listed });
}

function readSection(tree: Root, section: Section | LeadSection, own: ReadonlySet<string>,
  prepared: Prepared, pageTitle = ''): SectionReading {
  const heading: Heading | undefined = section.heading;
  const inUse = sectionInUse(tree, section, pageTitle);
  const said = headingPractices(section.title, { inUse });
  const turnedDown = new Set(said.turnedDown);
  const units = new Map<ListItem | undefined, Unit>();
  const unitOf = (item: ListItem | undefined): Unit => {
    const unit = units.get(item) ?? { item, claims: [], inline: [] };
    units.set(item, unit);
    return unit;
  };
  let paragraphs = 0;
  if (aboutOtherImage(section.title, own)) return { units: [], headed: false };
  const from = section.start + (heading ? 1 : 0);
  for (const [n, node] of tree.children.slice(from, section.end).entries()) {
    const listed = inUse || (node.type === 'list' && listInUse(node, tree.children[from + n - 1]));
    for (const [paragraph, item] of paragraphsOf(node)) {
      paragraphs++;
      const unit = unitOf(item);
      const line = paragraph.position?.start.line ?? 0;
      visit(paragraph, 'inlineCode', (code) => {
        unit.inline.push(code.value);
      });
      const text = toString(paragraph);
      const lineOf = lineFinder(paragraph, line);
      const labelled = labelClaims(paragraph, item, listed);
      for (const practice of labelled.turnedDown) turnedDown.add(practice);
      for (const practice of labelled.named) {
        unit.claims.push({ practice, line, text: leadLabel(paragraph) ?? text });
      }
      // "latest" in text that names a version is the newest release, not the tag.
      const versioned = /\b\d+\.\d+/.test(toString(item ?? paragraph));
      let cursor = 0;
      for (const sentence of splitSentences(text)) {
        const at = text.indexOf(sentence, cursor);
        cursor = at < 0 ? cursor : at + sentence.length;
        const named = otherBase(sentence, prepared);
        if (named !== undefined) {
          unit.claims.push({ practice: 'base-image', image: named,
            line: lineOf(Math.max(0, at)), text: sentence });
        }
        if (aboutOtherImage(sentence, own)) continue;
        for (const mention of practicesIn(sentence, { inUse: listed, versioned })) {
          if (mention.stance === 'negated') turnedDown.add(mention.practice);
          else if (mention.stance === 'claimed' || mention.stance === 'against') {
            unit.claims.push({ practice: mention.practice, line: lineOf(Math.max(0, at)),
              text: sentence, ...(mention.stance === 'against' ? { against: true } : {}) });
          }
        }
      }
    }
  }
  // The heading names the practice its prose explains: "### Non-Root User" over "Security
  // matters. So I added a user with:". Without prose under it, it is only a label.
  const headed = heading !== undefined && paragraphs > 0 && said.named.length > 0;
  if (headed) {
    const unit = unitOf(undefined);
    for (const practice of said.named) {
      unit.claims.unshift({ practice, line: heading?.position?.start.line ?? 0,
        text: section.title });
    }
  }
  // A practice the section turns down anywhere ("Multi-stage? Not needed. … I considered a
  // multi-stage build") is not claimed by a passing mention in it either.
  // A claim against it stays: "I did not pin it: the file uses `python:latest`".
  for (const unit of units.values()) {
    unit.claims = unit.claims.filter((c) =>
      c.practice === 'base-image' || c.against === true || !turnedDown.has(c.practice));
  }
  return { units: [...units.values()], headed };
}

interface PlacedUnit {
  unit: Unit;
  claims: ProseClaim[];
  lines: Set<number>;
}

/**
 * A section that lists several practices in a list ("Hardening: a user of its own; a pinned
 * base") is one step per item; items whose lines overlap (copying `requirements.txt` first and
 * `--no-cache-dir`, both on the install) stay one step. A section whose heading names a practice,
 * or that claims anything outside its list items, stays whole.
 */
function splitItems(placed: PlacedUnit[], headed: boolean): PlacedUnit[][] {
  if (headed || placed.some((p) => p.unit.item === undefined) || placed.length < 2) {
    return [placed];
  }
  const groups: PlacedUnit[][] = [];
  for (const unit of placed) {
    const overlapping = groups.filter((g) => g.some((o) => [...o.lines].some((l) =>
      unit.lines.has(l))));
    const merged = [...overlapping.flat(), unit];
    for (const g of overlapping) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  // Document order of each group's first item.
  const order = (g: PlacedUnit[]) => Math.min(...g.map((u) => placed.indexOf(u)));
  groups.sort((a, b) => order(a) - order(b));
  for (const g of groups) g.sort((a, b) => placed.indexOf(a) - placed.indexOf(b));
  return groups;
}

/** An item's own title (`**Non-root user**: …`), else the practice's name. */
function itemTitle(item: ListItem | undefined, claim: Claim | undefined): string {
  const practice = claim?.practice;
  const first = item?.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (lead?.type === 'strong') {
    const text = toString(lead).replace(/[:.\s]+$/, '').trim();
    if (text !== '') return text;
  }
  if (practice === 'base-image') return 'Base image';
  if (practice) return (claim?.against === true ? AGAINST_TITLES[practice] : undefined) ??
    PRACTICE_TITLES[practice];
  // An item that claims no practice but names lines in code ("Use of `ARG` & `FROM`"): its
  // own first words, not a bare "Step".
  const words = first?.type === 'paragraph' ? toString(first).split('\n')[0]!.trim() : '';
  if (words === '') return 'Step';
  if (words.length <= TITLE_MAX) return words.replace(/[:.]+$/, '');
  const cut = words.slice(0, TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Characters of an item's own words past which a step title made of them is cut. */
const TITLE_MAX = 60;

type Prepared = ReturnType<typeof prepareWhole>;

function linesOfInstructions(whole: Prepared, indices: number[]): number[] {
  const lines: number[] = [];
  for (const index of indices) {
    const instruction = whole.model.instructions[index];
    if (!instruction) continue;
    for (let n = instruction.line; n <= instruction.endLine; n++) lines.push(n);
  }
  return lines;
}

/** Where the file names its base: the `FROM` lines, and the image the final one uses. */
function placeBase(whole: WholeDockerfile): Placement {
  const { lines } = placePractice(whole, 'pinned-base');
  const final = whole.model.stages.at(-1);
  return { lines, verdict: 'no', line: final?.line,
    note: final ? `its \`FROM\` uses \`${final.resolvedImage}\`.` : 'it has no `FROM`.' };
}

/**
 * The walkthrough a write-up's prose implies for `whole`, or undefined when its prose claims too
 * little (fewer than two steps, or `minSteps`, or no practice at all). `wholeBlock`: the code
 * block that shows the file in the write-up, if it does; its section cannot be a step, since the
 * walkthrough takes its place. `lead: false` leaves the prose before the first heading out.
 * `title`: the page title the ingest lifted out of the tree ("Best practices I used" makes the
 * page's advice-like bullets claims).
 * `fromFile`: the Dockerfile is the write-up folder's own; when the text gives fewer steps than
 * needed, the practices the file evidently follows are steps too (`ProseStep.fromFile`).
 */
export function inferProse(tree: Root, whole: WholeDockerfile,
  wholeBlock?: Code, options: { minSteps?: number; lead?: boolean; title?: string;
    fromFile?: boolean } = {}):
  ProseInference | undefined {
  const prepared = prepareWhole(whole.model.source);
  const own = ownImages(whole);
  const placements = new Map<ClaimKind, Placement>();
  const place = (practice: ClaimKind): Placement => {
    const known = placements.get(practice) ?? (practice === 'base-image'
      ? placeBase(whole) : placePractice(whole, practice));
    placements.set(practice, known);
    return known;
  };
  const steps: ProseStep[] = [];
  const seen = new Set<ClaimKind>();
  const covered = new Set<number>();
  const sections = options.lead === false ? readSections(tree)
    : readSections(tree, { lead: true });
  for (const section of sections) {
    if (wholeBlock && section.codes.includes(wholeBlock)) continue;
    const reading = readSection(tree, section, own, prepared, options.title);
    const placed = reading.units.map((unit) => {
      const claims: ProseClaim[] = [];
      for (const claim of unit.claims) {
        if (claims.some((c) => c.practice === claim.practice)) continue;
        claims.push({ ...claim, placement: place(claim.practice) });
      }
      const lines = new Set([...claims.flatMap((c) => c.placement.lines),
        ...linesOfInstructions(prepared, mentionedInstructions(prepared, unit.inline))]);
      return { unit, claims, lines };
    }).filter((u) => u.claims.length > 0 || u.lines.size > 0);
    if (placed.length === 0) continue;
    const groups = splitItems(placed, reading.headed);
    groups.forEach((group, k) => {
      const claims: ProseClaim[] = [];
      for (const claim of group.flatMap((g) => g.claims)) {
        if (!claims.some((c) => c.practice === claim.practice)) claims.push(claim);
      }
      const lines = [...new Set(group.flatMap((g) => [...g.lines]))].sort((a, b) => a - b);
      const items = group.flatMap((g) => (g.unit.item ? [g.unit.item] : []));
      const step: ProseStep = { sectionId: section.id, id: k === 0 ? section.id
        : `${section.id}-${k + 1}`, title: section.title, lines, claims };
      // The lead has no heading to title a step: its list items are the step, named by their
      // own words or their practice; its other prose stays where it is.
      const lead = section.heading === undefined;
      if (groups.length > 1 || (lead && group.every((g) => g.unit.item !== undefined))) {
        step.items = items;
        step.title = itemTitle(items[0], claims[0]);
      } else if (lead) {
        step.title = itemTitle(undefined, claims[0]);
      }
      // A recap ("Key takeaways", a checklist) names again what earlier steps explained: it
      // stays where the author put it instead of repeating a step.
      if (claims.every((c) => seen.has(c.practice)) && lines.every((l) => covered.has(l))) return;
      for (const c of claims) seen.add(c.practice);
      for (const l of lines) covered.add(l);
      steps.push(step);
    });
  }
  const minSteps = options.minSteps ?? MIN_STEPS;
  // Too little in the text: the Dockerfile beside it still shows what it does, step by step.
  if (options.fromFile && steps.length < minSteps) {
    steps.push(...fileSteps(place, new Set(steps.flatMap((s) => s.claims.map((c) => c.practice)))));
  }
  if (steps.length < minSteps || !steps.some((s) => s.claims.length > 0 || s.fromFile)) {
    return undefined;
  }
  nameSteps(steps);
  const disagreements: ProseClaim[] = [];
  for (const claim of steps.flatMap((s) => s.claims)) {
    if (!disagrees(claim)) continue;
    if (disagreements.some((d) => d.practice === claim.practice)) continue;
    disagreements.push(claim);
  }
  return { steps, disagreements };
}

/** What the write-up says, as the second half of "the write-up says …". */
const SAYS: Readonly<Record<ClaimedPractice, string>> = {
  'non-root': 'the image runs as a non-root user',
  'pinned-base': 'the base image is pinned',
  'dependency-layer': 'dependencies are installed before the code is copied',
  'no-pip-cache': 'pip keeps no download cache',
  dockerignore: 'a `.dockerignore` keeps files out of the build context',
  'multi-stage': 'the image is built in several stages',
  healthcheck: 'the image declares a health check',
  'exec-form': 'CMD uses the exec (JSON) form',
};

/** What a claim against a practice says (`ProseClaim.against`). */
const SAYS_AGAINST: Partial<Record<ClaimedPractice, string>> = {
  'pinned-base': 'the base image is not pinned (it uses a floating tag such as `latest`)',
};

/**
 * One sentence for the author: what the text claims and what the file shows. `where` names the
 * Dockerfile's line as the reader finds it (`Dockerfile:3`, or `line 14` of the write-up).
 */
export function describeDisagreement(claim: ProseClaim,
  where: (dockerfileLine: number) => string): string {
  const at = claim.placement.line === undefined ? '' : ` (${where(claim.placement.line)})`;
  const whose = claim.practice === 'dockerignore' && claim.placement.line === undefined
    ? 'its folder' : 'its Dockerfile';
  if (claim.against === true && claim.practice !== 'base-image') {
    return `The write-up says ${SAYS_AGAINST[claim.practice] ?? `not: ${SAYS[claim.practice]}`}, ` +
      `but ${whose} does not bear this out${at}: ${claim.placement.note}`;
  }
  const says = claim.practice === 'base-image'
    ? `the image is based on \`${claim.image ?? ''}\`` : SAYS[claim.practice];
  return `The write-up says ${says}, but ${whose} does not bear this ` +
    `out${at}: ${claim.placement.note}`;
}
