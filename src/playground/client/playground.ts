/**
 * Playground, browser: the page script of `/playground/`. Opens the Dockerfile the link holds
 * (`#dockerfile=…`, `shared/playground-link.ts`) or the starter, mounts the editor, and after
 * each check redraws the findings panel and the stage graph. The link follows the text (the
 * address is replaced, not pushed, so Back leaves the page); "Copy link" copies it, "Download
 * Dockerfile" saves the text, "Fix all" applies `shipshape lint --fix`. Nothing leaves the
 * browser: the text lives in the fragment, which no request carries.
 */
import type { EditorView } from '@codemirror/view';
import { decodeDockerfile, encodeDockerfile } from '../../shared/playground-link.ts';
import type { PlaygroundData } from '../page-data.ts';
import { startChecker } from './check-client.ts';
import { createDockerfileEditor } from './dockerfile-editor.ts';
import { renderFindings } from './findings-panel.ts';
import { renderStageGraph } from './stage-graph-svg.ts';

function setStatus(root: HTMLElement, text: string): void {
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (status) status.textContent = text;
}

/** The link for `text`, or undefined (with the reason shown) when it is too long for one. */
function linkFor(root: HTMLElement, text: string): string | undefined {
  try {
    const url = new URL(location.href);
    url.hash = encodeDockerfile(text);
    return url.href;
  } catch (error) {
    setStatus(root, `No link: ${error instanceof Error ? error.message : String(error)}.`);
    return undefined;
  }
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'Dockerfile';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function start(root: HTMLElement): void {
  const dataNode = root.querySelector('[data-playground-data]');
  const editorNode = root.querySelector<HTMLElement>('[data-editor]');
  const panel = root.querySelector<HTMLElement>('[data-findings]');
  const graphNode = root.querySelector<HTMLElement>('[data-graph]');
  if (!dataNode || !editorNode || !panel || !graphNode) return;
  const data = JSON.parse(dataNode.textContent ?? '{}') as PlaygroundData;
  const words = { base: data.base, titles: data.titles };
  const linked = decodeDockerfile(location.hash);
  const doc = linked.kind === 'dockerfile' ? linked.text : data.starter;
  const checker = startChecker();
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  editorNode.replaceChildren();
  const view: EditorView = createDockerfileEditor({
    parent: editorNode, doc, label: 'Dockerfile', checker, words,
    onChecked: (result, editor, ms) => {
      renderFindings(panel, result, editor, words);
      renderStageGraph(graphNode, result.graph);
      root.dataset['checkedMs'] = ms.toFixed(2);
    },
    onChange: (text) => {
      clearTimeout(replaceTimer);
      replaceTimer = setTimeout(() => {
        const href = linkFor(root, text);
        if (href !== undefined) history.replaceState(history.state, '', href);
      }, 300);
    },
  });
  if (linked.kind === 'unreadable') {
    setStatus(root, `The link's Dockerfile could not be read (${linked.reason}); ` +
      'showing the starter instead.');
  }
  root.querySelector('[data-action="copy-link"]')?.addEventListener('click', () => {
    const href = linkFor(root, view.state.doc.toString());
    if (href === undefined) return;
    history.replaceState(history.state, '', href);
    navigator.clipboard.writeText(href).then(
      () => setStatus(root, 'Link copied. It holds the whole Dockerfile; nothing was uploaded.'),
      () => setStatus(root, 'Copying was refused by the browser: copy the address bar instead.'),
    );
  });
  root.querySelector('[data-action="download"]')?.addEventListener('click', () => {
    download(view.state.doc.toString());
    setStatus(root, 'Saved as Dockerfile.');
  });
  root.querySelector('[data-action="fix-all"]')?.addEventListener('click', () => {
    const before = view.state.doc;
    void checker.fixAll(before.toString()).then((fixed) => {
      if (view.state.doc !== before) return;
      if (fixed.refused !== undefined) setStatus(root, `Nothing fixed: ${fixed.refused}.`);
      else if (fixed.applied === 0) setStatus(root, 'Nothing here has an automatic fix.');
      else {
        view.dispatch({ changes: { from: 0, to: before.length, insert: fixed.text },
          userEvent: 'input.fix' });
        setStatus(root, `Fixed ${fixed.applied} finding${fixed.applied === 1 ? '' : 's'} ` +
          '(undo with Ctrl+Z).');
      }
    });
  });
  root.dataset['ready'] = '';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-playground]')) start(root);
