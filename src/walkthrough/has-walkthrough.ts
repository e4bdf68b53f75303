/**
 * Output stage, walkthroughs: whether a rendered page holds a walkthrough (the `section` that
 * build-node.ts makes). Such a page gets no table of contents: the walkthrough needs the width,
 * and its steps are the page's own contents beside the code.
 */

/** The opening tag build-node.ts gives every walkthrough; text on a page cannot hold a raw `<`. */
const WALKTHROUGH_TAG = /<section class="walkthrough" data-walkthrough="/;

export function hasWalkthrough(html: string | undefined): boolean {
  return WALKTHROUGH_TAG.test(html ?? '');
}
