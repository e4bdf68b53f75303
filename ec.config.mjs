// @ts-check
/**
 * Expressive Code's options, in the file Starlight reads them from (options holding plugins
 * cannot sit in astro.config.mjs: the `<Code>` component needs them from here).
 */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginWholeWords } from './src/walkthrough/ec-whole-words.ts';

export default defineEcConfig({
  // A walkthrough's Dockerfile wraps only between words (see the plugin).
  plugins: [pluginWholeWords()],
});
