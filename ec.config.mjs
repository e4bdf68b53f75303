// @ts-check
/**
 * Expressive Code's options, in the file Starlight reads them from (options holding plugins
 * cannot sit in astro.config.mjs: the `<Code>` component needs them from here).
 */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginWholeWords } from './src/walkthrough/ec-whole-words.ts';
import { pluginRegionNames } from './src/render/ec-region-names.ts';
import { HIGHLIGHT_ALIASES } from './src/shared/code-language.ts';

export default defineEcConfig({
  // A walkthrough's Dockerfile wraps only between words; a block that scrolls sideways is a
  // region with a name of its own (see the plugins).
  plugins: [pluginWholeWords(), pluginRegionNames()],
  // Labels shipshape reads that have no grammar (ingest has already normalised every label).
  shiki: { langAlias: { ...HIGHLIGHT_ALIASES } },
  // Code blocks' styles in the page, not in a stylesheet linked from the first code block: a
  // stylesheet linked in the body holds back what follows it, so a first visit painted the
  // page up to that link and moved it when the rest came (tests/browser/fonts.spec.ts, CLS
  // 0.026 on a walkthrough, seen in CI).
  emitExternalStylesheet: false,
});
