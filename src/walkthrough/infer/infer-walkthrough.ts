/**
 * Analyse stage, walkthroughs: infers a walkthrough from a write-up that explains a Dockerfile in
 * pieces — a section per snippet — and then shows the whole file. Each section becomes a step
 * over the lines of the whole file its snippets quote; sections that only name an image in
 * inline code join in; what no section explains is reported, so that the site can say so.
 */
import { parseDockerfile } from '../../dockerfile/parse/parse-dockerfile.ts';
import { variablesInScope } from '../../dockerfile/scope.ts';
import { isDockerfileLanguage } from '../../shared/code-language.ts';
import {
  matchAgainst, prepareWhole, type PreparedWhole, type SnippetMatches,
} from './match-snippet.ts';
import { mentionedInstructions } from './mentions.ts';
import type {
  CodeBlockInput, InferredStep, InferredWalkthrough, SectionInput, UnmatchedSnippet,
} from './types.ts';

/** Snippets that must quote a file before it counts as the whole: one could be a coincidence. */
const MIN_SNIPPETS = 2;
/** `$NAME` and `${NAME…}`; an escaped `\$` is literal text, not a use. */
const REFERENCE = /(?<!\\)\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

interface Located {
  section: number;
  block: CodeBlockInput;
  /** Has FROM and CMD or ENTRYPOINT: could be the whole file, or an earlier version of it. */
  complete: boolean;
}

interface Draft {
  section: number;
  via: InferredStep['via'];
  /** Indices of whole-file instructions. */
  instructions: Set<number>;
  declarations: Set<number>;
}

function isDockerfile(block: CodeBlockInput): boolean {
  return isDockerfileLanguage(block.lang);
}

function isComplete(source: string): boolean {
  const model = parseDockerfile(source);
  return model.stages.length > 0
    && model.instructions.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
}

function locate(sections: readonly SectionInput[]): Located[] {
  const located: Located[] = [];
  sections.forEach((section, index) => {
    for (const block of section.blocks) {
      if (isDockerfile(block)) {
        located.push({ section: index, block, complete: isComplete(block.source) });
      }
    }
  });
  return located;
}

/**
 * The block read as a snippet of the whole file, or undefined when it is not one. A complete
 * Dockerfile is a piece only if all of it is in the whole and it is not all of the whole: the
 * "first, the basic version" file that write-ups open with differs from the final one, and its
 * differences are the point of the story, not mistakes to report.
 */
function asSnippet(whole: PreparedWhole, located: Located,
  claimed: Set<number>): SnippetMatches | undefined {
  if (located.complete) {
    const dry = matchAgainst(whole, located.block.source, new Set(claimed));
    if (dry.unmatched.length > 0) return undefined;
    if (new Set(dry.instructions).size === whole.instructions.length) return undefined;
  }
  return matchAgainst(whole, located.block.source, claimed);
}

function chooseWhole(located: readonly Located[]):
  { at: number; whole: PreparedWhole } | undefined {
  for (let at = located.length - 1; at >= 0; at--) {
    const candidate = located[at];
    if (!candidate?.complete) continue;
    const whole = prepareWhole(candidate.block.source);
    const quoting = located.slice(0, at).filter((b) => {
      const found = asSnippet(whole, b, new Set());
      return found !== undefined && found.instructions.length > 0;
    });
    if (quoting.length >= MIN_SNIPPETS) return { at, whole };
  }
  return undefined;
}

/**
 * Adds the ARG and ENV instructions that declare what the draft's instructions use, when no
 * step explains them yet: `ARG UID=10001` belongs with the `adduser --uid "${UID}"` it feeds.
 */
function addDeclarations(whole: PreparedWhole, draft: Draft, covered: Set<number>): void {
  const queue = [...draft.instructions];
  for (let index = queue.pop(); index !== undefined; index = queue.pop()) {
    const instruction = whole.model.instructions[index];
    if (instruction === undefined) continue;
    const text = whole.lines.slice(instruction.line - 1, instruction.endLine).join('\n');
    const scope = variablesInScope(whole.model, instruction);
    for (const reference of text.matchAll(REFERENCE)) {
      const variable = scope.get(reference[1] ?? '');
      if (variable === undefined) continue;
      const declaring = whole.model.instructions.findIndex((i) => i.line === variable.line);
      if (declaring < 0 || covered.has(declaring)) continue;
      covered.add(declaring);
      draft.instructions.add(declaring);
      draft.declarations.add(declaring);
      // A declaration can use another variable in turn (`ENV HOME=/home/$USER`).
      queue.push(declaring);
    }
  }
}

function linesOf(whole: PreparedWhole, indices: Iterable<number>): number[] {
  const lines = new Set<number>();
  for (const index of indices) {
    const instruction = whole.model.instructions[index];
    if (instruction === undefined) continue;
    for (let n = instruction.line; n <= instruction.endLine; n++) lines.add(n);
  }
  return [...lines].sort((a, b) => a - b);
}

function toStep(whole: PreparedWhole, sections: readonly SectionInput[],
  draft: Draft): InferredStep {
  const section = sections[draft.section];
  const step: InferredStep = {
    sectionId: section?.id ?? '', title: section?.title ?? '',
    lines: linesOf(whole, draft.instructions), via: draft.via,
  };
  if (draft.declarations.size > 0) step.declarations = linesOf(whole, draft.declarations);
  return step;
}

function uncoveredLines(whole: PreparedWhole, steps: readonly InferredStep[]): number[] {
  const quiet = new Set([
    ...whole.model.comments.map((c) => c.line), ...whole.model.directives.map((d) => d.line),
  ]);
  const covered = new Set(steps.flatMap((s) => s.lines));
  const uncovered: number[] = [];
  whole.lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() !== '' && !quiet.has(line) && !covered.has(line)) uncovered.push(line);
  });
  return uncovered;
}

/**
 * The walkthrough a write-up implies, or undefined when it shows no whole file.
 *
 * - The whole file is the last complete Dockerfile block (FROM, and CMD or ENTRYPOINT) with at
 *   least two snippet blocks before it that quote it; a Dockerfile block is one fenced as
 *   `dockerfile`, `docker` or `containerfile`, in any case.
 * - Every section whose snippets quote something is a step (`via: 'snippet'`), wherever it is.
 * - ARG and ENV lines no step explains join the first step that uses what they declare.
 * - A section with no Dockerfile block, before the whole file and no shallower than the snippet
 *   sections, is a step (`via: 'mention'`) when its inline code names an image or an instruction
 *   of the file.
 */
export function inferWalkthrough(
  sections: readonly SectionInput[],
): InferredWalkthrough | undefined {
  const located = locate(sections);
  const chosen = chooseWhole(located);
  if (chosen === undefined) return undefined;
  const { whole } = chosen;
  const wholeBlock = located[chosen.at];
  if (wholeBlock === undefined) return undefined;

  // Document order, one shared claim set: repeated quotes of a repeated instruction spread out.
  const claimed = new Set<number>();
  const bySection = new Map<number, Set<number>>();
  const unmatched: UnmatchedSnippet[] = [];
  for (const b of located) {
    if (b === wholeBlock) continue;
    const found = asSnippet(whole, b, claimed);
    if (found === undefined) continue;
    const set = bySection.get(b.section) ?? new Set<number>();
    for (const index of found.instructions) set.add(index);
    bySection.set(b.section, set);
    const misses = found.unmatched.map((miss) => ({
      line: b.block.line + miss.offset, text: miss.text,
    }));
    if (misses.length > 0) {
      unmatched.push({ blockId: b.block.id, line: misses[0]!.line, instructions: misses });
    }
  }

  const drafts: Draft[] = [];
  for (const [section, instructions] of bySection) {
    if (instructions.size > 0) {
      drafts.push({ section, via: 'snippet', instructions, declarations: new Set() });
    }
  }
  drafts.sort((a, b) => a.section - b.section);
  const covered = new Set(drafts.flatMap((d) => [...d.instructions]));
  for (const draft of drafts) addDeclarations(whole, draft, covered);

  // Mentions only count where the snippets' story is told: before the whole file, and not in a
  // shallower heading (an introduction or a summary names images loosely).
  const depth = Math.min(...drafts.map((d) => sections[d.section]?.depth ?? Infinity));
  sections.forEach((section, index) => {
    if (index >= wholeBlock.section || section.depth < depth) return;
    if (section.blocks.some(isDockerfile)) return;
    const mentioned = mentionedInstructions(whole, section.inlineCode);
    if (mentioned.length === 0) return;
    const draft: Draft = {
      section: index, via: 'mention', instructions: new Set(mentioned), declarations: new Set(),
    };
    for (const i of mentioned) covered.add(i);
    addDeclarations(whole, draft, covered);
    drafts.push(draft);
  });
  drafts.sort((a, b) => a.section - b.section);

  const steps = drafts.map((d) => toStep(whole, sections, d));
  return { whole: wholeBlock.block, steps, unmatched, uncovered: uncoveredLines(whole, steps) };
}
