/**
 * The browser-script steps of the Markdown pipeline (src/plugin/markdown-steps.ts, the steps
 * between the practices matrix and the base links; src/shared/rehype-inline-script.ts): a page
 * is walked once to find which scripts it needs, not once per script, and each script is still
 * inlined only on pages holding its element, in the same order. Walks are counted as reads of
 * each element's classes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../../src/render/rehype-base-links.ts';
import { rehypePracticeEvidence } from '../../../src/practices/rehype-practice-evidence.ts';
import { rehypeSteps } from '../../../src/plugin/markdown-steps.ts';

/** The steps after the practices matrix and before the base links: copy links and scripts. */
function scriptSteps(): PluggableList {
  const steps = rehypeSteps({ base: '/', dataset: 'dataset.yaml', shellcheck: undefined });
  const from = steps.indexOf(rehypePracticeEvidence);
  const to = steps.findIndex((step) => Array.isArray(step) && step[0] === rehypeBaseLinks);
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  // Astro's list also admits plugins named by string; ours are all functions.
  return steps.slice(from + 1, to) as PluggableList;
}

/** A page of `count` paragraphs (and `extra` at the end) whose class reads are counted. */
function countedPage(count: number, extra: Element[] = []): { tree: Root; reads: () => number } {
  let reads = 0;
  const counted = (node: Element): Element => {
    node.properties = new Proxy(node.properties, {
      get(target, key, receiver) {
        if (key === 'className') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    node.children.forEach((child) => { if (child.type === 'element') counted(child); });
    return node;
  };
  const children: ElementContent[] = [];
  for (let i = 0; i < count; i++) children.push(counted(h('p.note', `Paragraph ${i}.`)));
  for (const element of extra) children.push(counted(element));
  return { tree: { type: 'root', children }, reads: () => reads };
}

async function run(tree: Root): Promise<Root> {
  const processor = unified().use(scriptSteps());
  return await processor.run(tree) as Root;
}

/** The `data-needs` of the scripts at the end of the page, in order. */
function inlined(tree: Root): string[] {
  return tree.children.flatMap((node) => node.type === 'element' && node.tagName === 'script'
    ? [String(node.properties['dataNeeds'])] : []);
}

describe('browser scripts of a page', () => {
  it('reads each element\'s classes once on a page that needs no script', async () => {
    const page = countedPage(400);
    const out = await run(page.tree);
    expect(inlined(out)).toEqual([]);
    // Five walks (one per script) read them 2,000 times.
    expect(page.reads()).toBe(400);
  });

  it('inlines every script a page needs, in the order of the steps, after one walk', async () => {
    const step = h('li.wt-step', { id: 'step-1', dataStep: 1 }, [h('p', 'Step one.')]);
    const page = countedPage(50, [
      h('figure.mermaid-diagram'), h('div.file-tabs'), h('table.compare-table'),
      h('section.walkthrough', [h('ol', [step])]),
    ]);
    const out = await run(page.tree);
    expect(inlined(out)).toEqual(['section.walkthrough', 'table.compare-table', 'div.file-tabs',
      'figure.mermaid-diagram', 'button.copy-link']);
    expect(page.reads()).toBeLessThan(50 * 2);
  });

  it('inlines only the scripts whose element is on the page', async () => {
    const out = await run(countedPage(3, [h('div.file-tabs')]).tree);
    expect(inlined(out)).toEqual(['div.file-tabs']);
  });
});
