/**
 * Test helper for walkthroughs from prose: reads a case of tests/fixtures/walkthrough/prose/ —
 * `input.md`, and the `Dockerfile` and `.dockerignore` beside it when the write-up is a folder;
 * without a `Dockerfile`, the write-up's last Dockerfile block is the whole file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export const proseDir = join(import.meta.dirname, '../../../fixtures/walkthrough/prose');

export interface ProseCase {
  name: string;
  markdown: string;
  tree: Root;
  dockerfile: string;
  dockerignore: string | undefined;
  /** The block that shows the whole file, when there is no `Dockerfile` beside the write-up. */
  block: Code | undefined;
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

export function readCase(name: string): ProseCase {
  const at = (file: string) => join(proseDir, name, file);
  const markdown = readFileSync(at('input.md'), 'utf8');
  const tree = parseMarkdown(markdown);
  const beside = existsSync(at('Dockerfile'));
  let block: Code | undefined;
  if (!beside) {
    visit(tree, 'code', (code: Code) => {
      if ((code.lang ?? '').toLowerCase() === 'dockerfile') block = code;
    });
  }
  if (!beside && block === undefined) throw new Error(`${name}: no Dockerfile and no block`);
  return {
    name, markdown, tree, block,
    dockerfile: beside ? readFileSync(at('Dockerfile'), 'utf8') : block?.value ?? '',
    dockerignore: existsSync(at('.dockerignore')) ? readFileSync(at('.dockerignore'), 'utf8')
      : undefined,
  };
}

export function caseNames(): string[] {
  return readdirSync(proseDir).sort();
}
