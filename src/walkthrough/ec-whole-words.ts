/**
 * Render stage, Expressive Code plugin for the walkthrough's whole Dockerfile (the block whose
 * meta says `wt-whole`): each run of non-space characters, across the highlighter's coloured
 * spans, goes into one `span.wt-word` that walkthrough.css keeps whole. A wrapped line then
 * breaks only between words: CSS alone also breaks after a hyphen (`--|timeout=3s`) or inside a
 * URL (`localhost:5|000`). The text, and so what a reader copies, does not change.
 */
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent } from 'hast';

const WHOLE = /(?:^|\s)wt-whole(?:\s|$)/;

function hasClass(node: ElementContent, name: string): node is Element {
  if (node.type !== 'element') return false;
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.map(String).includes(name);
}

/** A coloured span holding only text (what the highlighter makes), else undefined. */
function textOf(node: ElementContent): string | undefined {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.children.every((child) => child.type === 'text')) {
    return node.children.map((child) => (child as { value: string }).value).join('');
  }
  return undefined;
}

/** `node` again with `text` in place of its text (a shallow copy of a coloured span). */
function withText(node: ElementContent, text: string): ElementContent {
  if (node.type !== 'element') return { type: 'text', value: text };
  return { ...node, properties: { ...node.properties }, children: [{ type: 'text', value: text }] };
}

/** Regroups the children of a line's `.code` element so that each word is one `span.wt-word`. */
export function groupWords(code: Element): void {
  const out: ElementContent[] = [];
  let word: Element | undefined;
  const close = (): void => {
    word = undefined;
  };
  const addToWord = (node: ElementContent): void => {
    if (!word) {
      word = { type: 'element', tagName: 'span', properties: { className: ['wt-word'] },
        children: [] };
      out.push(word);
    }
    word.children.push(node);
  };
  for (const child of code.children) {
    const text = textOf(child);
    if (hasClass(child, 'indent') || text === undefined) {
      // Leading indentation ends any word; anything else unknown stays whole inside the word.
      if (hasClass(child, 'indent')) {
        close();
        out.push(child);
      } else {
        addToWord(child);
      }
      continue;
    }
    for (const part of text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        close();
        out.push(withText(child, part));
      } else {
        addToWord(withText(child, part));
      }
    }
  }
  code.children = out;
}

export function pluginWholeWords(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'shipshape-whole-words',
    hooks: {
      postprocessRenderedLine: ({ codeBlock, renderData }) => {
        if (!WHOLE.test(codeBlock.meta)) return;
        const line = renderData.lineAst as unknown as Element;
        const code = line.children.find((child) => hasClass(child, 'code'));
        if (code?.type === 'element') groupWords(code);
      },
    },
  });
}
