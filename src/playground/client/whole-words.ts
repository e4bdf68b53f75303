/**
 * Playground, browser: long lines wrap between words, never inside one. The editor wraps lines
 * (so a phone shows every column with no scrolling box), and a browser may break a line after
 * any hyphen: `pip install -r requirements.txt` became `… -` / `r requirements.txt` at 390 px.
 * Each word (a run without spaces) up to `MAX_WORD` characters is marked unbreakable, so lines
 * break at spaces only; a longer word (a download URL) still breaks where it must, as it cannot
 * fit a phone's line whole. The rest of a wrapped line is indented by two columns (a hanging
 * indent), so it does not read as an instruction of its own.
 */
import type { Extension } from '@codemirror/state';
import {
  Decoration, EditorView, MatchDecorator, ViewPlugin, type DecorationSet, type ViewUpdate,
} from '@codemirror/view';

/** About the characters a 390 px screen's editor line holds. */
export const MAX_WORD = 32;

const word = Decoration.mark({ class: 'cm-whole-word' });
const words = new MatchDecorator({
  regexp: new RegExp(`(?<!\\S)\\S{2,${MAX_WORD}}(?!\\S)`, 'g'),
  decoration: () => word,
});

const plugin = ViewPlugin.fromClass(class {
  decorations: DecorationSet;
  constructor(view: EditorView) {
    this.decorations = words.createDeco(view);
  }
  update(update: ViewUpdate): void {
    this.decorations = words.updateDeco(update, this.decorations);
  }
}, { decorations: (value) => value.decorations });

export const wholeWords: Extension = [
  plugin,
  EditorView.baseTheme({
    '.cm-whole-word': { whiteSpace: 'nowrap' },
    // CodeMirror's own line padding is 6px at the start; the first visual line stays there.
    '.cm-line': { paddingInlineStart: 'calc(6px + 2ch)', textIndent: '-2ch' },
  }),
];
