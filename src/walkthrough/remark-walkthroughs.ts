/**
 * Render stage, remark plugin: builds walkthroughs. An authored `walkthrough` directive becomes
 * one (see authored/read-directive.ts). A write-up without one that explains a Dockerfile in
 * sections and then shows the whole file becomes one with no authoring: each explaining section
 * moves, as a step, beside the whole file, which is shown where the write-up showed it. Snippets
 * that match no line of the whole file are reported to the author with their line. A write-up
 * that shows the whole file but explains it in prose, not snippets, gets its walkthrough from
 * the practices its sentences claim (prose-walkthrough.ts); one with snippets gains a step for
 * each practice a section explains in words only that no snippet step claims (its
 * `.dockerignore`, say).
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import type { VFile } from 'vfile';
import { writeupDockerfile } from '../bundle/bundle-data.ts';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { isDockerfileLanguage } from '../shared/code-language.ts';
import { readWalkthroughDirective } from './authored/read-directive.ts';
import { buildDiffNode } from './build-diff-node.ts';
import { buildWalkthroughNode, excerpt, WALKTHROUGH_ANCHOR } from './build-node.ts';
import { diffDockerfiles } from './diff/diff-dockerfiles.ts';
import { findVersionPairs } from './diff/find-versions.ts';
import { inferWalkthrough } from './infer/infer-walkthrough.ts';
import type { CodeBlockInput, SectionInput, UnmatchedSnippet } from './infer/types.ts';
import { claimsIn, headingPractices } from './infer/prose/claim-words.ts';
import {
  inferProseWalkthrough, proseStepsBesideSnippets, removeProseMoved, type ProseSpecs,
} from './prose-walkthrough.ts';
import { readSections, type Section } from './sections.ts';
import { shownFiles } from './shown-files.ts';
import type { StepSpec } from './spec.ts';
import {
  insertAfter, keepPosition, markWholeFile, parentHeading, placeFolderWalkthrough, removeNode,
  replaceNode,
} from './tree-edits.ts';

/** One level below the last heading before `index` at the top of the page (at least 2). */
function stepDepth(tree: Root, node: RootContent): Heading['depth'] {
  const at = tree.children.indexOf(node);
  const before = tree.children.slice(0, at === -1 ? tree.children.length : at);
  const heading = before.reverse().find((child): child is Heading => child.type === 'heading');
  return Math.min(6, Math.max(2, (heading?.depth ?? 1) + 1)) as Heading['depth'];
}

function replaceAuthored(tree: Root, file: VFile): number {
  let count = 0;
  visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
    if (node.name !== 'walkthrough' || !parent || index === undefined) return undefined;
    const spec = readWalkthroughDirective(node, file);
    const built = buildWalkthroughNode(spec, ++count, stepDepth(tree, node));
    const path = node.attributes?.['file'];
    const inline = node.children.find((child): child is Code => child.type === 'code' &&
      isDockerfileLanguage(child.lang ?? ''));
    if (path) markWholeFile(built, path);
    else if (inline) keepPosition(built, inline);
    parent.children.splice(index, 1, built as never);
    return SKIP;
  });
  return count;
}

function blockId(code: Code, index: number): string {
  return `code-${code.position?.start.line ?? index}`;
}

function toInputs(sections: readonly Section[]): SectionInput[] {
  let n = 0;
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    depth: section.heading.depth,
    line: section.heading.position?.start.line ?? 0,
    blocks: section.codes.map((code): CodeBlockInput => ({
      id: blockId(code, n++),
      lang: code.lang ?? '',
      source: code.value,
      line: (code.position?.start.line ?? 0) + 1,
    })),
    inlineCode: section.inlineCode,
  }));
}

/** One message per snippet, however many of its instructions (and their lines) miss. */
function unmatchedMessage(miss: UnmatchedSnippet, whole: string): string {
  const [first, ...rest] = miss.instructions;
  if (rest.length === 0) {
    return `snippet instruction \`${first!.text}\` matches no instruction of the whole ` +
      `Dockerfile ${whole}; it is left out of the walkthrough`;
  }
  const listed = miss.instructions.map((i) => `\`${i.text}\` (line ${i.line})`).join(', ');
  return `${miss.instructions.length} instructions of this snippet match no instruction of the ` +
    `whole Dockerfile ${whole}: ${listed}; they are left out of the walkthrough`;
}

/**
 * The prose steps a snippet walkthrough gains (prose-walkthrough.ts): sections that explain a
 * practice in words only, which no snippet step claims — the `.dockerignore` a write-up
 * describes beside its snippets. `snippetSections`: the sections of the snippet steps.
 */
function proseBesideSnippets(tree: Root, file: VFile, dockerfile: string, wholeCode: Code,
  path: string | undefined, snippetSections: ReadonlyArray<Section | undefined>): ProseSpecs {
  const taken = new Set<string>();
  const explained = new Set<string>();
  for (const section of snippetSections) {
    if (!section) continue;
    taken.add(section.id);
    for (const practice of headingPractices(section.title).named) explained.add(practice);
    const text = tree.children.slice(section.start + 1, section.end)
      .map((node) => toString(node)).join('\n');
    for (const practice of claimsIn(text)) explained.add(practice);
  }
  const dockerignore = path !== undefined ? writeupDockerfile(file.data)?.dockerignore
    : shownFiles(tree).dockerignore;
  return proseStepsBesideSnippets(tree, { dockerfile, dockerignore, file,
    where: { block: wholeCode, path } }, taken, explained);
}

/** Steps of the walkthrough built, for the diff's "explained in" links. */
function inferAndBuild(tree: Root, file: VFile): StepSpec[] {
  const sections = readSections(tree);
  const inputs = toInputs(sections);
  const inferred = inferWalkthrough(inputs);
  if (!inferred) return [];
  const codes = new Map<string, Code>();
  sections.forEach((section, s) => section.codes.forEach((code, c) => {
    const input = inputs[s]?.blocks[c];
    if (input) codes.set(input.id, code);
  }));
  const codeById = (id: string) => codes.get(id);
  // A write-up folder's own Dockerfile (src/bundle/remark-bundle-files.ts) is named by its path.
  const folderFile = (code: Code | undefined): string | undefined => {
    const path = code?.data?.hProperties?.['dataFile'];
    return typeof path === 'string' ? path : undefined;
  };
  const shownAt = (code: Code | undefined) => folderFile(code) === undefined
    ? `shown at line ${inferred.whole.line - 1}` : `\`${folderFile(code) ?? ''}\` beside it`;
  for (const miss of inferred.unmatched) {
    file.message(unmatchedMessage(miss, shownAt(codeById(inferred.whole.id))), {
      place: { line: miss.line, column: 1 }, ruleId: 'walkthrough-unmatched', source: 'shipshape',
    });
  }
  const wholeCode = codeById(inferred.whole.id);
  if (!wholeCode) return [];
  const lines = inferred.whole.source.replace(/\n+$/, '').split('\n');
  const bySection = new Map(sections.map((section) => [section.id, section]));
  const prose = proseBesideSnippets(tree, file, inferred.whole.source, wholeCode,
    folderFile(wholeCode), inferred.steps.map((step) => bySection.get(step.sectionId)));
  const placed: Array<{ spec: StepSpec; at: number }> = [...prose.steps];
  const moved: RootContent[] = [];
  const parents: Heading[] = [];
  for (const step of inferred.steps) {
    const section = bySection.get(step.sectionId);
    if (!section || section.codes.includes(wholeCode)) continue;
    const content = tree.children.slice(section.start, section.end);
    const spec: StepSpec = { id: `step-${section.id}`, title: step.title, lines: step.lines,
      content };
    const snippets = section.codes.filter((code) => isDockerfileLanguage(code.lang ?? ''));
    const [first, ...others] = snippets;
    const holder = { children: content };
    if (first && step.lines.length > 0) {
      replaceNode(holder, first, excerpt(lines, spec));
      spec.excerptInContent = true;
    }
    for (const other of others) removeNode(holder, other);
    placed.push({ spec, at: section.start });
    moved.push(...tree.children.slice(section.start, section.end));
    const parent = parentHeading(tree, section.start);
    if (parent) parents.push(parent);
  }
  if (placed.length === prose.steps.length) return [];
  // Document order: a prose step sits among the snippet steps where its text was.
  placed.sort((a, b) => a.at - b.at);
  const steps = placed.map((p) => p.spec);
  const path = folderFile(wholeCode);
  const node = buildWalkthroughNode({ source: inferred.whole.source, origin: path === undefined
    ? 'the final Dockerfile' : `the folder's ${path}`, steps, kind: 'inferred' }, 1);
  keepPosition(node, wholeCode);
  if (path !== undefined) {
    markWholeFile(node, path);
    const first = placed[0]?.at ?? -1;
    if (first === -1 ||
      !placeFolderWalkthrough(tree, node, wholeCode, path, first, WALKTHROUGH_ANCHOR)) return [];
  } else if (!replaceNode(tree, wholeCode, node)) {
    return [];
  }
  removeProseMoved(tree, prose, moved, parents);
  return steps;
}

/**
 * Two versions of one Dockerfile in a write-up (a first try and the final file): a table of
 * what changed goes right after the first. Runs before the walkthrough moves any block.
 */
function planDiffs(tree: Root): Array<{ before: Code; rows: ReturnType<typeof diffDockerfiles> }> {
  const codes: Code[] = [];
  visit(tree, 'code', (code) => {
    if (isDockerfileLanguage(code.lang ?? '')) codes.push(code);
  });
  const blocks = codes.map((code, index) => ({ id: String(index), lang: code.lang ?? '',
    // Document order: a write-up folder's own files (after the text) have no line of their own.
    source: code.value, line: index }));
  return findVersionPairs(blocks).flatMap((pair) => {
    const before = codes[Number(pair.before)];
    const after = codes[Number(pair.after)];
    return before && after ? [{ before, rows: diffDockerfiles(before.value, after.value) }] : [];
  });
}

/** The block of a write-up folder's own file `path` (src/bundle/remark-bundle-files.ts). */
function folderBlock(tree: Root, path: string): Code | undefined {
  let found: Code | undefined;
  visit(tree, 'code', (code: Code) => {
    if (!found && code.data?.hProperties?.['dataFile'] === path) found = code;
  });
  return found;
}

export const remarkWalkthroughs: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (replaceAuthored(tree, file) > 0) return;
    if (readShipshapeInput(file.data)?.kind !== 'writeup') return;
    const diffs = planDiffs(tree);
    let steps = inferAndBuild(tree, file);
    if (steps.length === 0) {
      // No snippets to follow: the prose may still explain the folder's Dockerfile (shown
      // among the folder's files) or the whole file it shows.
      const beside = writeupDockerfile(file.data);
      const shown = shownFiles(tree);
      if (beside) {
        steps = inferProseWalkthrough(tree, beside.text, beside.dockerignore, file,
          { block: folderBlock(tree, beside.path), path: beside.path });
      } else if (shown.dockerfile) {
        steps = inferProseWalkthrough(tree, shown.dockerfile.value, shown.dockerignore, file,
          { block: shown.dockerfile });
      }
    }
    for (const diff of diffs) insertAfter(tree, diff.before, buildDiffNode(diff.rows, steps));
  };
};
