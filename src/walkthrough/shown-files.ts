/**
 * Render stage, walkthroughs: the files a write-up shows in its own code blocks, for a
 * walkthrough inferred from its prose — its whole Dockerfile (the last complete Dockerfile block
 * that the text does not present as a bad or "before" example) and the `.dockerignore` it shows,
 * if any. A write-up whose Dockerfile sits beside it gets them from its folder instead.
 */
import type { Code, Heading, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../shared/visit.ts';
import { isFragment } from '../dockerfile/browser.ts';
import { parseDockerfile } from '../dockerfile/parse/parse-dockerfile.ts';
import { dockerignoreOf } from '../practices/dockerignore-block.ts';
import { exampleMarker } from '../practices/example-markers.ts';
import { isDockerfileLanguage } from '../shared/code-language.ts';
import { codeTitle } from '../shared/code-title.ts';

export interface ShownFiles {
  dockerfile: Code | undefined;
  dockerignore: string | undefined;
}

/** The paragraph just before the block in its container, as text. */
function introOf(parent: Parent | undefined, index: number | undefined): string {
  const before = parent && index !== undefined ? parent.children[index - 1] : undefined;
  return before?.type === 'paragraph' ? toString(before) : '';
}

export function shownFiles(tree: Root): ShownFiles {
  const found: ShownFiles = { dockerfile: undefined, dockerignore: undefined };
  let heading = '';
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') heading = toString(node as Heading);
    if (node.type !== 'code') return;
    const code = node as Code;
    const context = { heading, intro: introOf(parent, index), source: code.value,
      title: codeTitle(code.meta) };
    if (isDockerfileLanguage(code.lang ?? '')) {
      if (!isFragment(parseDockerfile(code.value)) && exampleMarker(context) === undefined) {
        found.dockerfile = code;
      }
      return;
    }
    if (dockerignoreOf({ ...context, lang: code.lang ?? '' })) found.dockerignore = code.value;
  });
  return found;
}
