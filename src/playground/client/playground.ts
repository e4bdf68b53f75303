/**
 * Playground, browser: the page script of `/playground/`. Opens the Dockerfile the link holds
 * (`#dockerfile=…`, `shared/playground-link.ts`) or the starter, mounts the editor, and after
 * each check redraws the findings panel and the stage graph. The link follows the text (the
 * address is replaced, not pushed, so Back leaves the page); "Copy link" copies it, "Download
 * Dockerfile" saves the text, "Fix all" applies `shipshape lint --fix`. The starter's findings
 * come with the page (checked at build time); the checking worker starts when the reader
 * reaches for the playground, or at once for a Dockerfile from a link. Nothing leaves the
 * browser: the text lives in the fragment, which no request carries. The link code (fflate,
 * ~4 KB gzipped) is fetched only when a link holds a Dockerfile or the text first changes: it
 * is not in the page's JavaScript before the reader types.
 */
import type { EditorView } from '@codemirror/view';
import type { PlaygroundData } from '../page-data.ts';
import { wireBuildPanel } from './build-panel.ts';
import { startChecker } from './check-client.ts';
import { createDockerfileEditor } from './dockerfile-editor.ts';
import { renderFindings } from './findings-panel.ts';
import { renderStageGraph } from './stage-graph-svg.ts';

function setStatus(root: HTMLElement, text: string): void {
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (status) status.textContent = text;
}

const linkCode = () => import('../../shared/playground-link.ts');

/** The link for `text`, or undefined (with the reason shown) when it is too long for one. */
async function linkFor(root: HTMLElement, text: string): Promise<string | undefined> {
  const { encodeDockerfile } = await linkCode();
  try {
    const url = new URL(location.href);
    url.hash = encodeDockerfile(text);
    return url.href;
  } catch (error) {
    setStatus(root, `No link: ${error instanceof Error ? error.message : String(error)}.`);
    return undefined;
  }
}

/** Saves the text as `Dockerfile` (octet-stream: as text/plain, Chromium adds `.txt`). */
function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'Dockerfile';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function start(root: HTMLElement): Promise<void> {
  const dataNode = root.querySelector('[data-playground-data]');
  const editorNode = root.querySelector<HTMLElement>('[data-editor]');
  const panel = root.querySelector<HTMLElement>('[data-findings]');
  const graphNode = root.querySelector<HTMLElement>('[data-graph]');
  if (!dataNode || !editorNode || !panel || !graphNode) return;
  const data = JSON.parse(dataNode.textContent ?? '{}') as PlaygroundData;
  const words = { base: data.base, titles: data.titles };
  const linked = /[#&]dockerfile=/.test(location.hash)
    ? (await linkCode()).decodeDockerfile(location.hash) : { kind: 'none' } as const;
  const doc = linked.kind === 'dockerfile' ? linked.text : data.starter;
  const checker = startChecker();
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  editorNode.replaceChildren();
  const view: EditorView = createDockerfileEditor({
    parent: editorNode, doc, label: 'Dockerfile', checker, words,
    initial: linked.kind === 'dockerfile' ? undefined : data.starterCheck,
    onChecked: (result, editor, ms) => {
      renderFindings(panel, result, editor, words);
      renderStageGraph(graphNode, result.graph);
      root.dataset['checkedMs'] = ms.toFixed(2);
    },
    onError: (message) => setStatus(root, `No checks: ${message}.`),
    onChange: (text) => {
      clearTimeout(replaceTimer);
      replaceTimer = setTimeout(() => {
        void linkFor(root, text).then((href) => {
          if (href !== undefined) history.replaceState(history.state, '', href);
        });
      }, 300);
    },
  });
  if (linked.kind === 'unreadable') {
    setStatus(root, `The link's Dockerfile could not be read (${linked.reason}); ` +
      'showing the starter instead.');
  }
  root.querySelector('[data-action="copy-link"]')?.addEventListener('click', async () => {
    const href = await linkFor(root, view.state.doc.toString());
    if (href === undefined) return;
    history.replaceState(history.state, '', href);
    await navigator.clipboard.writeText(href).then(
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
  const buildNode = root.querySelector<HTMLElement>('[data-build]');
  if (buildNode && data.build) wireBuildPanel(buildNode, view, checker, data.build);
  // The engine loads when the reader reaches for the page's tools, before the first keystroke
  // needs it (as "Run it here" loads its script).
  for (const type of ['pointerover', 'touchstart', 'focusin', 'keydown']) {
    root.addEventListener(type, () => checker.warm(), { once: true, passive: true });
  }
  root.dataset['ready'] = '';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-playground]')) void start(root);
