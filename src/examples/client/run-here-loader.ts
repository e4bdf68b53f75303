/**
 * Examples, "Run it here", page script (bundled by `RunHere.astro`): the widget's own script
 * (`run-here.ts`, with the build simulation) is not in the page's critical path. It is fetched
 * when the reader reaches for the widget (pointer, touch or focus on it) or once the page has
 * loaded and the browser is idle, whichever is first. A click on a button or a command sent
 * before it has arrived is not lost: it is held and replayed once the widget is set up.
 * Measured on `/examples/03-multi-stage-slim/`: Lighthouse's LCP counted this script.
 */

let loading: Promise<unknown> | undefined;

function load(): Promise<unknown> {
  loading ??= import('./run-here.ts');
  return loading;
}

const ready = (root: HTMLElement): boolean => root.dataset['runHereReady'] !== undefined;

for (const root of document.querySelectorAll<HTMLElement>('[data-run-here]')) {
  for (const type of ['pointerover', 'touchstart', 'focusin']) {
    root.addEventListener(type, () => void load(), { once: true, passive: true });
  }
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (ready(root) || button === null || button.type === 'submit') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void load().then(() => button.click());
  }, { capture: true });
  root.addEventListener('submit', (event) => {
    const form = event.target;
    if (ready(root) || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void load().then(() => form.requestSubmit());
  }, { capture: true });
}

const whenIdle = (): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void load());
  else setTimeout(() => void load(), 0);
};
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });

export {};
