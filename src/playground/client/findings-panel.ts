/**
 * Playground, browser: the findings panel beside the editor — a summary ("2 warnings, 1 info",
 * announced politely to screen readers) and one item per finding: its line (a button that moves
 * the cursor there), severity, rule (linked to its page), message, and a "Fix" button where the
 * engine's `--fix` has a rewrite. Rebuilt from each check; DOM calls only.
 */
import type { EditorView } from '@codemirror/view';
import type { CheckResult } from '../check.ts';
import { applyFix } from './dockerfile-editor.ts';
import { messageNodes, ruleLink, type RuleWords } from './finding-text.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string,
  ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** Moves the cursor to the start of a line and gives the editor the focus. */
function goToLine(view: EditorView, line: number): void {
  const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
  view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
  view.focus();
}

export function renderFindings(panel: HTMLElement, result: CheckResult, view: EditorView,
  words: RuleWords): void {
  const doc = view.state.doc;
  const summary = panel.querySelector<HTMLElement>('[data-summary]');
  const list = panel.querySelector<HTMLElement>('[data-list]');
  if (!summary || !list) return;
  summary.textContent = result.notDockerfile
    ? 'No line is a Dockerfile instruction yet.'
    : `${result.findings.length === 0 ? 'No findings' : result.summary}` +
      `${result.fragment ? ' (checked as a snippet: it has no FROM, or nothing to run)' : ''}.`;
  list.replaceChildren(...result.findings.map((finding) => {
    const where = finding.line === finding.endLine ? `Line ${finding.line}`
      : `Lines ${finding.line}–${finding.endLine}`;
    const item = element('li', 'playground-finding');
    item.dataset['severity'] = finding.severity;
    item.dataset['rule'] = finding.rule;
    const line = button(where, 'playground-line', () => goToLine(view, finding.line));
    line.setAttribute('aria-label', `${where}: move the cursor there`);
    item.append(line, ' ', element('span', 'playground-severity', finding.severity), ' ',
      element('span', 'playground-rule', ruleLink(finding, words)), ' ',
      element('span', 'playground-message', ...messageNodes(finding.message)));
    const title = words.titles[finding.rule];
    if (title !== undefined) item.append(' ', element('span', 'playground-title', `(${title})`));
    const fix = finding.fix;
    if (fix !== undefined) {
      const action = button('Fix', 'playground-fix', () => {
        if (applyFix(view, doc, fix.edits)) view.focus();
      });
      // "Fix DL3042 on line 4: adds `--no-cache-dir` to `pip install`".
      action.setAttribute('aria-label', `Fix ${finding.rule} on line ${finding.line}: ` +
        fix.description.replace(/`/g, ''));
      action.title = fix.description.replace(/`/g, '');
      item.append(' ', action);
    }
    return item;
  }));
}
