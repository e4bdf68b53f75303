/**
 * Render stage, walkthroughs: builds the walkthrough a write-up's prose implies
 * (infer/prose/infer-prose.ts) into its Markdown tree. Each explaining section moves, as a step,
 * beside the whole Dockerfile; a claim the file does not bear out is shown on its step (a
 * caution aside) and reported to the author at the sentence that makes it, with the Dockerfile
 * line that says otherwise, so that it reaches the ingest report with the other diagnostics.
 *
 * The entry point is `inferProseWalkthrough(tree, dockerfile, dockerignore, file, where)`: the
 * whole Dockerfile may be a block of the write-up (`where.block`: the walkthrough takes its
 * place) or a file beside it (`where.path`: the walkthrough goes where the first step was).
 */
import type {
  BlockContent, Code, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent,
} from 'mdast';
import { visit } from '../shared/visit.ts';
import type { VFile } from 'vfile';
import { splitInlineCode } from '../shared/inline-code.ts';
import { frontmatterOf } from '../shared/shipshape-frontmatter.ts';
import { buildWalkthroughNode, WALKTHROUGH_ANCHOR } from './build-node.ts';
import {
  describeDisagreement, disagrees, inferProse, type ProseClaim, type ProseInference,
  type ProseStep,
} from './infer/prose/infer-prose.ts';
import { prepareDockerfile, type DockerignoreState } from './infer/prose/practice-lines.ts';
import { readSections } from './sections.ts';
import type { StepSpec } from './spec.ts';
import {
  keepPosition, listRuns, markWholeFile, parentHeading, placeFolderWalkthrough, removeMoved,
  replaceNode,
} from './tree-edits.ts';

export interface WholeDockerfileSource {
  /** The code block that shows the whole file: the walkthrough takes its place. */
  block?: Code | undefined;
  /** The file beside the write-up (`Dockerfile`), as the page names it. With `block` too, that
   * block is the folder's own file (src/bundle/remark-bundle-files.ts); without, the
   * walkthrough goes where the first step was. Either way a missing `.dockerignore` is known
   * to be missing. */
  path?: string | undefined;
}

function phrasing(text: string): PhrasingContent[] {
  return splitInlineCode(text).map((part) => part.code
    ? { type: 'inlineCode', value: part.text }
    : { type: 'text', value: part.text });
}

/** Starlight's caution aside, so that both themes style it as they style the authors' own. */
function disagreementAside(message: string): BlockContent {
  const title: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: 'The write-up and its Dockerfile disagree' }],
    data: { hProperties: { className: ['starlight-aside__title'] } },
  };
  const body: Paragraph = { type: 'paragraph', children: phrasing(message) };
  return {
    type: 'blockquote',
    children: [title, {
      type: 'blockquote', children: [body],
      data: { hName: 'div', hProperties: { className: ['starlight-aside__content'] } },
    }],
    // A note, not an `<aside>`: a complementary landmark per disagreement would give a page
    // several landmarks of one name (axe's landmark-unique). Starlight styles it by its classes.
    data: { hName: 'div', hProperties: {
      className: ['starlight-aside', 'starlight-aside--caution', 'wt-disagreement'],
      role: 'note', ariaLabel: 'Disagreement',
    } },
  };
}

/**
 * The `.dockerignore` beside the Dockerfile, shown in the step that explains it: it is one of the
 * files that carry the practice, and the write-up's own text does not show it.
 */
function ignoreFile(step: ProseStep, beside: boolean,
  dockerignore: string | undefined): Code[] {
  if (!beside || dockerignore === undefined) return [];
  if (!step.claims.some((c) => c.practice === 'dockerignore') &&
    step.fromFile?.practice !== 'dockerignore') return [];
  return [{ type: 'code', lang: 'text', meta: 'title=".dockerignore"',
    value: dockerignore.replace(/\n+$/, '') }];
}

/**
 * What a step read from the Dockerfile says: that it comes from the file, not from the text, and
 * what the file does (the practices engine's own sentence, as the matrix gives it).
 */
function fromFileNote(note: string): Paragraph {
  return {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: 'From the Dockerfile:' }] },
      { type: 'text', value: ' the write-up does not explain this step; the file shows it. ' },
      ...phrasing(note),
    ],
    data: { hProperties: { className: ['wt-from-file'] } },
  };
}

/** Index of the top-level node that holds `node`. */
function topIndexOf(tree: Root, node: Code): number {
  return tree.children.findIndex((child) => {
    let found = child === node;
    if (!found) {
      visit(child, 'code', (code: Code) => {
        if (code === node) found = true;
      });
    }
    return found;
  });
}

/**
 * Where the write-up's own text ends: at the heading of the folder's files (the last heading
 * before the folder's Dockerfile block), else at the end.
 */
function afterText(tree: Root, block: Code | undefined): number {
  const at = block ? topIndexOf(tree, block) : -1;
  if (at < 0) return tree.children.length;
  for (let index = at; index >= 0; index--) {
    if (tree.children[index]?.type === 'heading') return index;
  }
  return at;
}

/** One below the last heading before where the walkthrough goes (at least 2). */
function depthBefore(tree: Root, at: number): Heading['depth'] {
  const heading = tree.children.slice(0, at).reverse()
    .find((child): child is Heading => child.type === 'heading');
  return Math.min(6, Math.max(2, (heading?.depth ?? 1) + 1)) as Heading['depth'];
}

/** Steps built from prose, with what building the walkthrough must take out of the tree. */
export interface ProseSpecs {
  /** Each step, with the top-level index of where its text was (for document order). */
  steps: Array<{ spec: StepSpec; at: number }>;
  /** Top-level nodes that moved into steps. */
  moved: RootContent[];
  /** List items that moved into steps, with the list each came from. */
  items: Map<ListItem, List>;
  /** Headings whose sections moved: dropped when left empty. */
  parents: Heading[];
}

/** What the prose steps need to know about the whole Dockerfile beside which they go. */
interface ProseContext {
  dockerfile: string;
  dockerignore: string | undefined;
  where: WholeDockerfileSource;
  file: VFile;
}

/** The page's title: authored, else the heading the ingest lifted out of the tree. */
function pageTitle(file: VFile): string {
  const frontmatter = frontmatterOf(file.data as Record<string, unknown>);
  const shipshape = frontmatter['shipshape'] as Record<string, unknown> | undefined;
  const derived = shipshape?.['derivedTitle'];
  const title = frontmatter['title'] ?? derived;
  return typeof title === 'string' ? title : '';
}

function prepare(context: ProseContext): { whole: ReturnType<typeof prepareDockerfile>;
  beside: boolean } {
  const { block, path } = context.where;
  const beside = path !== undefined || block === undefined;
  const state: DockerignoreState = context.dockerignore !== undefined
    ? { kind: 'file', text: context.dockerignore }
    : beside ? { kind: 'none' } : { kind: 'unknown' };
  return { whole: prepareDockerfile(context.dockerfile, state), beside };
}

/**
 * The steps of `inferred` that `keep` accepts, as step specs; each claim the file does not bear
 * out is reported to the author (once per practice) and shown on its step.
 */
function proseSpecs(tree: Root, inferred: ProseInference, context: ProseContext, beside: boolean,
  keep: (step: ProseStep) => boolean = () => true): ProseSpecs {
  const { where, file, dockerignore } = context;
  const kept = inferred.steps.filter(keep);
  const blockLine = where.block?.position?.start.line;
  const at = (line: number): string => blockLine !== undefined && where.path === undefined
    ? `line ${line} of the file, line ${blockLine + line} here`
    : `${where.path ?? 'Dockerfile'}:${line}`;
  const shown = new Set<ProseClaim>(inferred.disagreements.filter((d) =>
    kept.some((step) => step.claims.includes(d))));
  for (const claim of shown) {
    file.message(describeDisagreement(claim, at), {
      place: { line: claim.line, column: 1 }, ruleId: 'walkthrough-disagrees', source: 'shipshape',
    });
  }

  const bySection = new Map(readSections(tree, { lead: true })
    .map((section) => [section.id, section]));
  const out: ProseSpecs = { steps: [], moved: [], items: new Map(), parents: [] };
  for (const step of kept) {
    if (step.fromFile) {
      // After the text's steps, wherever they are: it has no place in the text.
      out.steps.push({ at: Number.MAX_SAFE_INTEGER, spec: { id: `step-${step.id}`,
        title: step.title, lines: step.lines, source: 'dockerfile',
        content: [fromFileNote(step.fromFile.note), ...ignoreFile(step, beside, dockerignore)] } });
      continue;
    }
    const section = bySection.get(step.sectionId);
    if (!section) continue;
    const asides = step.claims.filter((c) => disagrees(c) &&
      [...shown].some((d) => d.practice === c.practice))
      .map((c) => disagreementAside(describeDisagreement(c, (n) => `line ${n}`)));
    const nodes = tree.children.slice(section.start, section.end);
    if (step.items) {
      const list = nodes.find((n): n is List => n.type === 'list' &&
        step.items?.some((i) => n.children.includes(i)) === true);
      if (!list) continue;
      out.steps.push({ at: tree.children.indexOf(list), spec: { id: `step-${step.id}`,
        title: step.title, lines: step.lines,
        content: [...asides, ...listRuns(list, step.items),
          ...ignoreFile(step, beside, dockerignore)] } });
      for (const item of step.items) out.items.set(item, list);
      continue;
    }
    // The lead (prose before any heading) has no heading of its own to keep on top.
    const [heading, ...body]: RootContent[] = section.heading ? nodes : [];
    const text = section.heading ? [heading!, ...asides, ...body] : [...asides, ...nodes];
    if (nodes.length === 0) continue;
    out.steps.push({ at: section.start, spec: { id: `step-${step.id}`, title: step.title,
      lines: step.lines, content: [...text, ...ignoreFile(step, beside, dockerignore)] } });
    out.moved.push(...nodes);
    const parent = parentHeading(tree, section.start);
    if (parent) out.parents.push(parent);
  }
  return out;
}

/**
 * Takes what moved into prose steps out of the tree, once the walkthrough holding them is in:
 * items from the list they were in (a search of the tree would find them first in the
 * walkthrough, which holds them too when it sits before that list), sections as a whole.
 */
export function removeProseMoved(tree: Root, specs: ProseSpecs, moved: readonly RootContent[],
  parents: readonly Heading[]): void {
  // An ordered list keeps its items' numbers: what is left of it becomes its runs.
  for (const list of new Set(specs.items.values())) {
    const left = list.children.filter((item) => !specs.items.has(item));
    const at = tree.children.indexOf(list);
    if (list.ordered && at >= 0 && left.length > 0) {
      tree.children.splice(at, 1, ...listRuns(list, left));
    } else {
      list.children = left;
    }
  }
  removeMoved(tree, [...moved, ...specs.moved], [...parents, ...specs.parents]);
}

/**
 * Steps for the practices a snippet walkthrough leaves unexplained: a section that explains in
 * prose only ("The `.dockerignore` keeps `venv/` out…", with no snippet) and claims a practice
 * no snippet step claims (`explained`) becomes a step too, with the `.dockerignore` shown in it.
 * `taken`: the sections that are snippet steps already. One such step is enough.
 */
export function proseStepsBesideSnippets(tree: Root, context: ProseContext,
  taken: ReadonlySet<string>, explained: ReadonlySet<string>): ProseSpecs {
  const { whole, beside } = prepare(context);
  // Not the lead: beside snippets it is an introduction ("The files are in this folder:
  // `Dockerfile`, `.dockerignore`…"), which names practices without explaining them.
  const inferred = inferProse(tree, whole, context.where.block,
    { minSteps: 1, lead: false, title: pageTitle(context.file) });
  const none: ProseSpecs = { steps: [], moved: [], items: new Map(), parents: [] };
  if (!inferred) return none;
  return proseSpecs(tree, inferred, context, beside, (step) => !taken.has(step.sectionId) &&
    step.claims.some((c) => c.practice !== 'base-image' && !explained.has(c.practice)));
}

/**
 * Infers and builds the walkthrough; returns its steps (none when the prose claims too little).
 * `dockerignore`: the text of the `.dockerignore` beside the Dockerfile; undefined means there
 * is none when the Dockerfile is a file beside the write-up, and that it is not known when the
 * write-up only shows the Dockerfile in a block.
 */
export function inferProseWalkthrough(tree: Root, dockerfile: string,
  dockerignore: string | undefined, file: VFile,
  where: WholeDockerfileSource = {}): StepSpec[] {
  const { block } = where;
  const context: ProseContext = { dockerfile, dockerignore, where, file };
  const { whole, beside } = prepare(context);
  const inferred = inferProse(tree, whole, block,
    { title: pageTitle(file), fromFile: where.path !== undefined });
  if (!inferred) return [];
  const specs = proseSpecs(tree, inferred, context, beside);
  const steps = specs.steps.map((s) => s.spec);
  if (steps.length === 0) return [];
  const onlyFile = steps.every((step) => step.source === 'dockerfile');
  // Read from the file alone: after the write-up's text, before the folder's files, under a
  // heading of its own (it belongs to no section of the text).
  const first = onlyFile ? afterText(tree, block) : Math.min(...specs.steps.map((s) => s.at));
  if (onlyFile) {
    tree.children.splice(first, 0, { type: 'heading', depth: 2,
      children: [{ type: 'text', value: 'The Dockerfile, step by step' }] });
  }
  const node = buildWalkthroughNode({
    source: dockerfile,
    origin: where.path !== undefined ? `the folder's ${where.path}`
      : block ? 'the Dockerfile' : 'Dockerfile',
    steps, kind: 'inferred',
  }, 1, depthBefore(tree, block && where.path === undefined ? topIndexOf(tree, block) : first));
  if (block && where.path !== undefined) {
    keepPosition(node, block);
    markWholeFile(node, where.path);
    if (!placeFolderWalkthrough(tree, node, block, where.path, first + (onlyFile ? 1 : 0),
      WALKTHROUGH_ANCHOR)) {
      return [];
    }
  } else if (block) {
    keepPosition(node, block);
    if (!replaceNode(tree, block, node)) return [];
  } else {
    markWholeFile(node, where.path ?? 'Dockerfile');
    tree.children.splice(first + (onlyFile ? 1 : 0), 0, node);
  }
  removeProseMoved(tree, specs, [], []);
  return steps;
}
