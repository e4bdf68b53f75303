/**
 * Course stage: what a lesson keeps of a section it pulls in, so that the lesson reads as one
 * course and not as pastings: no walkthrough brought along inside a section (its steps are
 * pulled where they are taught), no "Step N" of a walkthrough the lesson does not show, no
 * placeholder, no section the lesson already has, no file name for a heading, no author's
 * section numbers. Each job is its own module; this one says in which order they run.
 */
import type { ElementContent } from 'hast';
import { dropLeftovers } from './drop-leftovers.ts';
import { dropRepeatedSections } from './drop-repeated-sections.ts';
import { isFileNameHeading } from './file-name-heading.ts';
import { flattenWalkthroughs } from './flatten-walkthroughs.ts';
import { oldAnchorsOf } from './old-anchors.ts';
import { resolveStepReferences } from './step-references.ts';
import { stripSectionNumbers } from './strip-section-numbers.ts';

export interface TidyOptions {
  /** The entry id of the page the section comes from (`writeups/x`). */
  pageId: string;
  /** Sections already on the lesson (`pageId#id`); the section's own are added. */
  seen: Set<string>;
  /** True for a `walkthrough:` source: the walkthrough is what the lesson asked for. */
  keepWalkthroughs: boolean;
}

/** Tidies `nodes` in place and returns them (empty when nothing of the section is left). */
export function tidySection(nodes: ElementContent[], options: TidyOptions): ElementContent[] {
  if (!options.keepWalkthroughs) flattenWalkthroughs(nodes);
  resolveStepReferences(nodes);
  dropLeftovers(nodes);
  dropRepeatedSections(nodes, options.pageId, options.seen);
  // Where a write-up was pasted from is no heading; the lesson names the write-up instead.
  const first = nodes.findIndex((node) => node.type === 'element');
  const opening = nodes[first];
  if (opening !== undefined && isFileNameHeading(opening)) {
    nodes.splice(first, 1, ...oldAnchorsOf([opening]));
  }
  stripSectionNumbers(nodes);
  return nodes;
}
