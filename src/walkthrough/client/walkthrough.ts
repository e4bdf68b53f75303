/**
 * Render stage, browser script for walkthroughs (inlined only on pages that have one). Scrolling
 * the steps, clicking one, or opening a link to one (`#step-…`) makes it the active step:
 * `aria-current="step"` on it, its lines highlighted in the pinned Dockerfile, which scrolls to
 * them. Highlighting changes colours only, so nothing moves (no layout shift).
 *
 * A step chosen by click or link stays active until the reader scrolls again (wheel, touch,
 * keys): the jump to its anchor is not the reader scrolling, however late the browser reports it.
 * Scrolling makes active the last step whose top has passed the reading line (40 % down the
 * window); at the end of the page, where the last steps can never reach that line, the last step
 * in view. The pinned code's height is kept in `--wt-code-height` for the stylesheet.
 */
import { stepInView } from './step-in-view.ts';

const ACTIVE = 'wt-active';
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

function init(root: HTMLElement): void {
  root.classList.add('wt-js');
  const panel = root.querySelector<HTMLElement>('.wt-code');
  const codeLines = Array.from(root.querySelectorAll<HTMLElement>('.wt-code .ec-line'));
  const steps = Array.from(root.querySelectorAll<HTMLElement>('.wt-step'));
  let current: HTMLElement | undefined;
  let pinned = false;

  const activate = (step: HTMLElement): void => {
    if (current === step) return;
    current = step;
    for (const other of steps) {
      if (other === step) other.setAttribute('aria-current', 'step');
      else other.removeAttribute('aria-current');
    }
    const wanted = new Set((step.dataset['lines'] ?? '').split(',').filter(Boolean).map(Number));
    codeLines.forEach((line, index) => line.classList.toggle(ACTIVE, wanted.has(index + 1)));
    const first = codeLines[Math.min(...wanted) - 1];
    if (panel && first && panel.scrollHeight > panel.clientHeight) {
      const top = first.offsetTop - panel.clientHeight / 3;
      panel.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  };

  const pin = (step: HTMLElement): void => {
    pinned = true;
    activate(step);
  };

  const fromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const step = steps.find((candidate) => candidate.id === id);
    if (step) pin(step);
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a.wt-step-link');
    const step = link?.closest<HTMLElement>('.wt-step');
    if (step) pin(step);
  });

  const release = (): void => {
    pinned = false;
  };
  addEventListener('wheel', release, { passive: true });
  addEventListener('touchmove', release, { passive: true });
  addEventListener('keydown', (event) => {
    if (SCROLL_KEYS.has(event.key)) release();
  });

  let queued = false;
  const follow = (): void => {
    queued = false;
    if (pinned) return;
    const doc = document.documentElement;
    const atPageEnd = scrollY + innerHeight >= doc.scrollHeight - 2;
    const tops = steps.map((step) => step.getBoundingClientRect().top);
    const index = stepInView(tops, innerHeight, atPageEnd);
    const step = index === undefined ? undefined : steps[index];
    if (step) activate(step);
  };
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(follow);
  }, { passive: true });

  addEventListener('hashchange', fromHash);
  fromHash();

  // The last step is made at least as tall as the pinned code (walkthrough.css), so the code is
  // still whole below the header while the last step is read.
  if (panel && 'ResizeObserver' in window) {
    new ResizeObserver(() => {
      root.style.setProperty('--wt-code-height', `${panel.offsetHeight}px`);
    }).observe(panel);
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-walkthrough]')) init(root);
