/**
 * Render stage, remark plugin: builds walkthroughs. An authored `walkthrough` directive becomes
 * one (see authored/read-directive.ts). A write-up without one that explains a Dockerfile in
 * sections and then shows the whole file becomes one with no authoring: each explaining section
 * moves, as a step, beside the whole file, which is shown where the write-up showed it. Snippets
 * that match no line of the whole file are reported to the author with their line.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { isDockerfileLanguage } from '../dockerfile/dockerfile-language.ts';
import { readWalkthroughDirective } from './authored/read-directive.ts';
import { buildDiffNode } from './build-diff-node.ts';
import { buildWalkthroughNode, excerpt } from './build-node.ts';
import { diffDockerfiles } from './diff/diff-dockerfiles.ts';
import { findVersionPairs } from './diff/find-versions.ts';
import { inferWalkthrough } from './infer/infer-walkthrough.ts';
import type { CodeBlockInput, SectionInput } from './infer/types.ts';
import { readSections, type Section } from './sections.ts';
import type { StepSpec } from './spec.ts';

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

/** Removes `target` from wherever it sits under `root`; true when found. */
function removeNode(root: { children: RootContent[] }, target: RootContent): boolean {
  const at = root.children.indexOf(target);
  if (at !== -1) {
    root.children.splice(at, 1);
    return true;
  }
  return root.children.some((child) =>
    'children' in child && removeNode(child as { children: RootContent[] }, target));
}

/** Replaces `target` under `root` with `replacement`; true when found. */
function replaceNode(
  root: { children: RootContent[] },
  target: RootContent,
  replacement: RootContent,
): boolean {
  const at = root.children.indexOf(target);
  if (at !== -1) {
    root.children.splice(at, 1, replacement);
    return true;
  }
  return root.children.some((child) =>
    'children' in child && replaceNode(child as { children: RootContent[] }, target, replacement));
}

const WHOLE = /(?:^|\s)wt-whole(?:\s|$)/;

/**
 * The whole file shown in the walkthrough is the author's block: it keeps its position, so that
 * its findings and the practices matrix name the lines of the author's file.
 */
function keepPosition(node: RootContent, from: Code): void {
  visit(node, 'code', (code: Code) => {
    if (WHOLE.test(code.meta ?? '') && from.position) code.position = from.position;
  });
}

/**
 * A walkthrough of a Dockerfile beside the Markdown (`file="Dockerfile"`): the whole file names
 * it (`data-file`, read and removed by src/practices/rehype-practice-evidence.ts), so that the
 * practices matrix names lines of that file.
 */
function markWholeFile(node: RootContent, path: string): void {
  visit(node, 'code', (code: Code) => {
    if (!WHOLE.test(code.meta ?? '')) return;
    const data = code.data ?? {};
    code.data = { ...data, hProperties: { ...data.hProperties, dataFile: path } };
  });
}

/** Steps of the walkthrough built, for the diff's "explained in" links. */
function inferAndBuild(tree: Root, file: VFile): StepSpec[] {
  const sections = readSections(tree);
  const inputs = toInputs(sections);
  const inferred = inferWalkthrough(inputs);
  if (!inferred) return [];
  for (const miss of inferred.unmatched) {
    file.message(`snippet line \`${miss.text.trim()}\` matches no line of the whole Dockerfile ` +
      `shown at line ${inferred.whole.line - 1}; it is left out of the walkthrough`, {
      place: { line: miss.line, column: 1 }, ruleId: 'walkthrough-unmatched', source: 'shipshape',
    });
  }
  const codeById = new Map<string, Code>();
  sections.forEach((section, s) => section.codes.forEach((code, c) => {
    const input = inputs[s]?.blocks[c];
    if (input) codeById.set(input.id, code);
  }));
  const wholeCode = codeById.get(inferred.whole.id);
  if (!wholeCode) return [];
  const lines = inferred.whole.source.replace(/\n+$/, '').split('\n');
  const bySection = new Map(sections.map((section) => [section.id, section]));
  const steps: StepSpec[] = [];
  const moved: RootContent[] = [];
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
    steps.push(spec);
    moved.push(...tree.children.slice(section.start, section.end));
  }
  if (steps.length === 0) return [];
  const node = buildWalkthroughNode({ source: inferred.whole.source, origin: 'the final ' +
    'Dockerfile', steps, kind: 'inferred' }, 1);
  keepPosition(node, wholeCode);
  if (!replaceNode(tree, wholeCode, node)) return [];
  tree.children = tree.children.filter((child) => !moved.includes(child));
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
    source: code.value, line: code.position?.start.line ?? index }));
  return findVersionPairs(blocks).flatMap((pair) => {
    const before = codes[Number(pair.before)];
    const after = codes[Number(pair.after)];
    return before && after ? [{ before, rows: diffDockerfiles(before.value, after.value) }] : [];
  });
}

function insertAfter(root: { children: RootContent[] }, target: RootContent,
  node: RootContent): boolean {
  const at = root.children.indexOf(target);
  if (at !== -1) {
    root.children.splice(at + 1, 0, node);
    return true;
  }
  return root.children.some((child) =>
    'children' in child && insertAfter(child as { children: RootContent[] }, target, node));
}

export const remarkWalkthroughs: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (replaceAuthored(tree, file) > 0) return;
    if (readShipshapeInput(file.data)?.kind !== 'writeup') return;
    const diffs = planDiffs(tree);
    const steps = inferAndBuild(tree, file);
    for (const diff of diffs) insertAfter(tree, diff.before, buildDiffNode(diff.rows, steps));
  };
};
