/**
 * Playground, browser: the editor in the guide's colours. Every colour is one of Starlight's
 * CSS custom properties, so the editor follows the reader's theme (light or dark) with no
 * script; the Dockerfile tokens take the colours the guide's own accents use. Greys are
 * `gray-2` on `gray-6`: `gray-3` misses 4.5:1 in the dark theme (axe).
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const theme = EditorView.theme({
  '&': {
    color: 'var(--sl-color-text)',
    backgroundColor: 'var(--sl-color-gray-6)',
    border: '1px solid var(--sl-color-gray-5)',
    fontSize: 'var(--sl-text-sm)',
  },
  '&.cm-focused': { outline: '2px solid var(--sl-color-accent)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--sl-font-mono)', lineHeight: '1.6' },
  '.cm-content': { caretColor: 'var(--sl-color-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--sl-color-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--sl-color-accent-low)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--sl-color-gray-5) 45%, ' +
    'transparent)' },
  '.cm-gutters': {
    backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-gray-2)',
    borderRight: '1px solid var(--sl-color-gray-5)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--sl-color-gray-5)',
    color: 'var(--sl-color-text)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--sl-color-bg)', color: 'var(--sl-color-text)',
    border: '1px solid var(--sl-color-gray-5)', maxWidth: 'min(32rem, 90vw)',
  },
  '.cm-tooltip a': { color: 'var(--sl-color-text-accent)' },
  '.cm-diagnostic': { padding: '0.4rem 0.6rem', fontFamily: 'var(--sl-font)' },
  // As the page's buttons: the accent behind text misses 4.5:1 in the dark theme (axe).
  '.cm-diagnosticAction': {
    backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-text)',
    border: '1px solid var(--sl-color-gray-4)', borderRadius: '0.25rem', font: 'inherit',
    padding: '0.1rem 0.5rem',
  },
  '.cm-panels': { backgroundColor: 'var(--sl-color-bg)', color: 'var(--sl-color-text)' },
});

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--sl-color-text-accent)', fontWeight: '600' },
  { tag: tags.comment, color: 'var(--sl-color-gray-2)', fontStyle: 'italic' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--sl-color-green-high)' },
  { tag: [tags.variableName, tags.number], color: 'var(--sl-color-orange-high)' },
  { tag: tags.operator, color: 'var(--sl-color-gray-2)' },
]);

export const guideTheme: Extension = [theme, syntaxHighlighting(highlight)];
