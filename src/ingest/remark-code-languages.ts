/**
 * Ingest stage, remark plugin: every code fence's language label is written once in the spelling
 * every later stage reads (`src/shared/code-language.ts`): ```` ```Dockerfile ```` becomes
 * `dockerfile`, so the block is highlighted as well as linted, and walkthroughs, diagrams and
 * checks see the same label. A label the highlighter has no grammar for would only have been a
 * line in the build log; here it is reported on the file, at the fence, and the block is shown as
 * plain text.
 */
import type { Root } from 'mdast';
import { bundledLanguages } from 'shiki/langs';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';
import { codeLanguage, HIGHLIGHT_ALIASES } from '../shared/code-language.ts';

/** Labels the highlighter shows as plain text without a grammar (Shiki's "special" languages). */
const PLAIN = new Set(['text', 'txt', 'plaintext', 'plain', 'ansi']);

/** Whether the highlighter (Expressive Code, through Shiki) has a grammar or a name for it. */
export function isHighlightable(language: string): boolean {
  return PLAIN.has(language) || Object.hasOwn(bundledLanguages, language)
    || Object.hasOwn(HIGHLIGHT_ALIASES, language);
}

export const remarkCodeLanguages: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'code', (node) => {
      if (!node.lang) return;
      const language = codeLanguage(node.lang);
      if (isHighlightable(language)) {
        node.lang = language;
        return;
      }
      file.message(`code block language \`${node.lang}\` is not one the highlighter knows; ` +
        'shown as plain text (write a known label such as `dockerfile`, `bash`, `yaml` or ' +
        '`python`, or `text`)',
      { place: node.position, ruleId: 'code-language', source: 'shipshape' });
      node.lang = 'text';
    });
  };
};
