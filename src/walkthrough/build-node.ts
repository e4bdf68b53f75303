/**
 * Render stage, walkthroughs: turns a WalkthroughSpec into the Markdown tree a page renders —
 * the whole Dockerfile (a normal code block, so Expressive Code highlights it and the Dockerfile
 * engine marks its findings), the steps as an ordered list (each with its own lines as an
 * excerpt, for narrow screens and readers without JavaScript), and a print-only listing with
 * numbered callouts. Elements are named through mdast `data.hName`, the standard way to shape
 * the HTML that remark-rehype produces.
 */
import type { BlockContent, Code, Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { describeLines, type StepSpec, type WalkthroughSpec } from './spec.ts';

type Properties = Record<string, string | number | boolean | string[]>;

interface Box {
  type: 'blockquote';
  children: BlockContent[];
  data: { hName: string; hProperties: Properties };
}

/** A plain container element (a blockquote node renamed, so remark-rehype keeps its children). */
function box(tag: string, properties: Properties, children: RootContent[]): Box {
  return {
    type: 'blockquote',
    children: children as BlockContent[],
    data: { hName: tag, hProperties: properties },
  };
}

function paragraph(text: string, properties: Properties): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
    data: { hProperties: properties },
  };
}

/** The step's own lines, as a code block; gaps between ranges are shown as `# …`. */
export function excerpt(lines: readonly string[], step: StepSpec): Code {
  const parts: string[] = [];
  let previous = 0;
  for (const line of step.lines) {
    if (previous !== 0 && line !== previous + 1) parts.push('# …');
    parts.push(lines[line - 1] ?? '');
    previous = line;
  }
  // Lines in one run are numbered as in the whole file (rehype-walkthrough-excerpts.ts); lines
  // with gaps between them are not, their title says which they are.
  const first = step.lines[0];
  const oneRun = step.lines.every((line, i) => i === 0 || line === (step.lines[i - 1] ?? 0) + 1);
  const numbered = oneRun && first !== undefined ? ` wt-first=${first}` : '';
  return {
    type: 'code',
    lang: 'dockerfile',
    meta: `wt-excerpt${numbered} title="${describeLines(step.lines)}"`,
    value: parts.join('\n'),
  };
}

function stepTitle(step: StepSpec, heading: Heading | undefined, depth: Heading['depth']): Heading {
  const title: Heading = heading ?? {
    type: 'heading',
    depth,
    children: [{ type: 'text', value: step.title }],
  };
  // The title is a link to the step: reachable and activatable by keyboard, and shareable.
  return {
    ...title,
    children: [{
      type: 'link',
      url: `#${step.id}`,
      children: title.children,
      data: { hProperties: { className: ['wt-step-link'] } },
    }],
  };
}

function stepItem(
  step: StepSpec,
  index: number,
  lines: readonly string[],
  depth: Heading['depth'],
): ListItem {
  const [first, ...rest] = step.content;
  const heading = first?.type === 'heading' ? first : undefined;
  const body = heading ? rest : step.content;
  const where = step.lines.length > 0
    ? describeLines(step.lines)
    : 'About the file as a whole';
  return {
    type: 'listItem',
    spread: true,
    children: [
      stepTitle(step, heading, depth),
      paragraph(`Step ${index + 1} · ${where}${step.source === 'dockerfile'
        ? ' · from the Dockerfile' : ''}`, { className: ['wt-step-lines'] }),
      ...(body as BlockContent[]),
      ...(step.lines.length > 0 && !step.excerptInContent ? [excerpt(lines, step)] : []),
    ],
    data: {
      hProperties: {
        id: step.id,
        className: ['wt-step'],
        ...(step.source ? { dataSource: step.source } : {}),
        dataLines: step.lines.join(','),
        dataStep: index + 1,
      },
    },
  };
}

/** Print: the whole file with each line's step number as a callout. */
function printListing(spec: WalkthroughSpec, lines: readonly string[]): Box {
  const stepOf = new Map<number, number>();
  spec.steps.forEach((step, index) => {
    for (const line of step.lines) if (!stepOf.has(line)) stepOf.set(line, index + 1);
  });
  const items: ListItem[] = lines.map((text, index) => {
    const step = stepOf.get(index + 1);
    const firstOfStep = step !== undefined && stepOf.get(index) !== step;
    return {
      type: 'listItem',
      children: [{
        type: 'paragraph',
        children: [
          { type: 'inlineCode', value: text === '' ? ' ' : text },
          ...(firstOfStep
            ? [{ type: 'text' as const, value: ` ${step}`, data: {
              hName: 'span', hProperties: { className: ['wt-callout'] } } }]
            : []),
        ],
      }],
    };
  });
  const list: List = {
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    children: items,
    data: { hProperties: { className: ['wt-print-listing'] } },
  };
  return box('div', { className: ['wt-print'] }, [
    paragraph('The Dockerfile, with the number of the step that explains each part:', {
      className: ['wt-print-caption'],
    }),
    list,
  ]);
}

/**
 * `headingDepth`: the level of step titles that have no heading of their own (authored steps),
 * one below the heading the walkthrough sits under, so heading levels never skip.
 */
/** The first walkthrough's caption id: where a pointer to it lands. */
export const WALKTHROUGH_ANCHOR = 'walkthrough-1';

export function buildWalkthroughNode(
  spec: WalkthroughSpec,
  index: number,
  headingDepth: Heading['depth'] = 3,
): RootContent {
  const lines = spec.source.replace(/\n+$/, '').split('\n');
  const captionId = index === 1 ? WALKTHROUGH_ANCHOR : `walkthrough-${index}`;
  const whole: Code = {
    type: 'code',
    lang: 'dockerfile',
    // Long lines wrap (between words, see walkthrough.css) and go on 4 columns further in, so a
    // wrapped `HEALTHCHECK … CMD […]` does not read as a second instruction.
    meta: 'wt-whole wrap hangingIndent=4',
    value: lines.join('\n'),
  };
  const steps: List = {
    type: 'list',
    ordered: true,
    start: 1,
    spread: true,
    children: spec.steps.map((step, i) => stepItem(step, i, lines, headingDepth)),
    data: { hProperties: { className: ['wt-steps'] } },
  };
  const fromFile = spec.steps.filter((step) => step.source === 'dockerfile').length;
  const read = fromFile === 0 ? ''
    : fromFile === spec.steps.length ? ', read from the file (its write-up does not explain them)'
      : ` (${fromFile} read from the file, which the write-up does not explain)`;
  const caption = `Walkthrough of ${spec.origin} in ${spec.steps.length} steps${read}: select ` +
    'a step to highlight the lines it explains.';
  return box('section', {
    className: ['walkthrough'],
    dataWalkthrough: spec.kind,
    ariaLabelledby: captionId,
  }, [
    paragraph(caption, { id: captionId, className: ['wt-caption'] }),
    // Print shows this listing first and the steps below it as the numbered notes.
    printListing(spec, lines),
    box('div', { className: ['wt-layout'] }, [
      // The gutter is as wide as the largest line number, on every line alike.
      box('div', { className: ['wt-code'], dataLineDigits: String(lines.length).length }, [whole]),
      steps,
    ]),
  ]);
}
