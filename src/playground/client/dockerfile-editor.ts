/**
 * Playground, browser: the Dockerfile editor — CodeMirror 6 with the Dockerfile mode, line
 * numbers, history and the standard keymaps (Tab is left to move focus, so the editor never
 * traps a keyboard user; CodeMirror's lint keymap opens the findings list with Ctrl-Shift-M),
 * the guide's colours (`editor-theme.ts`), and live checks by the worker: squiggles, hover text
 * with the rule's title and page, and the `--fix` rewrite of a finding as its quick fix. Used
 * by the playground page; an exercise mounts the same editor with its own `onChecked`.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import {
  EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from '@codemirror/view';
import type { CheckedFinding, CheckResult } from '../check.ts';
import type { TextEdit } from '../../dockerfile/fixes/index.ts';
import type { Checker } from './check-client.ts';
import { guideTheme } from './editor-theme.ts';
import { wholeWords } from './whole-words.ts';
import { findingTooltip, type RuleWords } from './finding-text.ts';

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  /** The accessible name of the editing area ("Dockerfile"). */
  label: string;
  checker: Checker;
  words: RuleWords;
  /**
   * The check of `doc` made at build time (the same engine code, in Node), shown until the
   * first change: the worker is not needed for a text nobody has touched.
   */
  initial?: CheckResult | undefined;
  /** Called with each check of the current text (not with answers to older text). */
  onChecked?: (result: CheckResult, view: EditorView, ms: number) => void;
  /** Called on every change of the text. */
  onChange?: (text: string) => void;
  /** Called when the checker fails (it could not start): the page says so. */
  onError?: (message: string) => void;
}

const SEVERITY = { error: 'error', warning: 'warning', info: 'info', style: 'hint' } as const;

/** The edits of a fix as one CodeMirror change set on `doc` (lines are 1-based). */
export function fixChanges(doc: Text, edits: readonly TextEdit[]) {
  return edits.filter((edit) => edit.line <= doc.lines).map((edit) => {
    const line = doc.line(edit.line);
    return { from: line.from + edit.start, to: line.from + edit.end, insert: edit.text };
  });
}

/** The range a finding marks: its lines, from the first character that is not a space. */
function findingRange(doc: Text, finding: CheckedFinding): { from: number; to: number } {
  const first = doc.line(Math.min(Math.max(finding.line, 1), doc.lines));
  const last = doc.line(Math.min(Math.max(finding.endLine, finding.line, 1), doc.lines));
  const indent = /^\s*/.exec(first.text)?.[0].length ?? 0;
  return { from: Math.min(first.from + indent, first.to), to: last.to };
}

export function toDiagnostics(doc: Text, findings: readonly CheckedFinding[],
  words: RuleWords): Diagnostic[] {
  return findings.map((finding) => ({
    ...findingRange(doc, finding),
    severity: SEVERITY[finding.severity],
    message: `${finding.rule}: ${finding.message}`,
    renderMessage: () => findingTooltip(finding, words),
    ...(finding.fix === undefined ? {} : {
      actions: [{
        // "Fix: adds --no-cache-dir to pip install": what the button does, read aloud too.
        name: `Fix: ${finding.fix.description.replace(/`/g, '')}`,
        apply: (view: EditorView) => applyFix(view, doc, finding.fix?.edits ?? []),
      }],
    }),
  }));
}

/** Applies a fix computed on `doc`, if the text is still that text (else the next check's). */
export function applyFix(view: EditorView, doc: Text, edits: readonly TextEdit[]): boolean {
  if (view.state.doc !== doc || edits.length === 0) return false;
  view.dispatch({ changes: fixChanges(doc, edits), userEvent: 'input.fix' });
  return true;
}

export function createDockerfileEditor(options: EditorOptions): EditorView {
  const { checker, words } = options;
  let initial = options.initial;
  const source = async (view: EditorView): Promise<Diagnostic[]> => {
    const doc = view.state.doc;
    if (initial !== undefined && doc.toString() === options.doc) {
      options.onChecked?.(initial, view, 0);
      return toDiagnostics(doc, initial.findings, words);
    }
    initial = undefined;
    let answer: Awaited<ReturnType<Checker['check']>>;
    try {
      answer = await checker.check(doc.toString());
    } catch (error) {
      options.onError?.(error instanceof Error ? error.message : String(error));
      return [];
    }
    const { result, ms } = answer;
    // An answer to text the reader has changed since is dropped; the next check follows.
    if (view.state.doc !== doc) return [];
    options.onChecked?.(result, view, ms);
    return toDiagnostics(doc, result.findings, words);
  };
  return new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), history(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        StreamLanguage.define(dockerFile), guideTheme,
        // Long lines wrap and the editor grows with the text: it never scrolls on its own, so
        // no scrolling box needs a keyboard stop of its own (axe: scrollable-region-focusable)
        // and a phone shows every column; they break between words (`whole-words.ts`).
        EditorView.lineWrapping, wholeWords,
        linter(source, { delay: 120 }), lintGutter(),
        EditorView.contentAttributes.of({ 'aria-label': options.label,
          'aria-multiline': 'true', spellcheck: 'false', autocapitalize: 'off' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange?.(update.state.doc.toString());
        }),
      ],
    }),
  });
}
