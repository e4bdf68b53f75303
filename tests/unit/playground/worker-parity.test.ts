/**
 * The playground's checks (src/playground/check.ts, what the worker runs on the engine's browser
 * entry) against the build's (src/dockerfile/lint.ts, as rehype-dockerfile-findings calls it,
 * ShellCheck aside): on every example's Dockerfile, the folder write-up's, and every Dockerfile
 * block of the seed write-ups (content/writeups/, byte for byte the seeds), the same findings —
 * rule ids, severities, lines, messages, related findings — in the same order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint.ts';
import { checkDockerfile } from '../../../src/playground/check.ts';
import { isDockerfileLanguage } from '../../../src/shared/code-language.ts';

const root = join(import.meta.dirname, '../../..');

function exampleDockerfiles(): Array<[string, string]> {
  const folder = join(root, 'content/examples');
  return readdirSync(folder)
    .map((name) => join(folder, name, 'Dockerfile'))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile())
    .map((path) => [path, readFileSync(path, 'utf8')]);
}

function seedBlocks(): Array<[string, string]> {
  const folder = join(root, 'content/writeups');
  const blocks: Array<[string, string]> = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
    const tree = unified().use(remarkParse).parse(readFileSync(join(folder, name), 'utf8')) as Root;
    visit(tree, 'code', (node: Code) => {
      if (isDockerfileLanguage(node.lang)) {
        blocks.push([`${name}:${node.position?.start.line ?? 0}`, node.value]);
      }
    });
  }
  blocks.push(['app_python/Dockerfile',
    readFileSync(join(folder, 'app_python/Dockerfile'), 'utf8')]);
  return blocks;
}

describe('the playground worker and the build find the same', () => {
  const sources = [...exampleDockerfiles(), ...seedBlocks()];

  it('reads enough Dockerfiles to mean something', () => {
    expect(exampleDockerfiles().length).toBeGreaterThanOrEqual(5);
    expect(seedBlocks().length).toBeGreaterThanOrEqual(10);
  });

  it.each(sources)('%s', (_label, text) => {
    const build = lintDockerfile(text);
    const worker = checkDockerfile(text);
    const strip = ({ fix: _fix, ...finding }: (typeof worker.findings)[number]) => finding;
    expect(worker.findings.map(strip)).toEqual(build.findings);
    expect(worker.fragment).toBe(build.fragment);
    expect(worker.notDockerfile).toBe(build.notDockerfile);
  });

  it('finds something in them: the comparison is not of empty lists', () => {
    const total = sources.reduce((n, [, text]) => n + lintDockerfile(text).findings.length, 0);
    expect(total).toBeGreaterThan(20);
  });
});
