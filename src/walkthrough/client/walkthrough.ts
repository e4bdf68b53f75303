/**
 * Render stage, browser script for walkthroughs (inlined only on pages that have one). Scrolling
 * the steps, clicking one, or opening a link to one (`#step-…`) makes it the active step:
 * `aria-current="step"` on it, its lines highlighted in the pinned Dockerfile, which scrolls to
 * them. Highlighting changes colours only, so nothing moves (no layout shift).
 */
const ACTIVE = 'wt-active';

function init(root: HTMLElement): void {
  root.classList.add('wt-js');
  const panel = root.querySelector<HTMLElement>('.wt-code');
  const codeLines = Array.from(root.querySelectorAll<HTMLElement>('.wt-code .ec-line'));
  const steps = Array.from(root.querySelectorAll<HTMLElement>('.wt-step'));
  let current: HTMLElement | undefined;
  let lockedUntil = 0;

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

  const fromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const step = steps.find((candidate) => candidate.id === id);
    if (!step) return;
    lockedUntil = Date.now() + 800;
    activate(step);
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a.wt-step-link');
    const step = link?.closest<HTMLElement>('.wt-step');
    if (!step) return;
    lockedUntil = Date.now() + 800;
    activate(step);
  });

  // A step becomes active when it is in the band a little above the middle of the window; of
  // several there, the one whose top is nearest the reading line.
  const inBand = new Set<HTMLElement>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const step = entry.target as HTMLElement;
      if (entry.isIntersecting) inBand.add(step);
      else inBand.delete(step);
    }
    if (Date.now() < lockedUntil || inBand.size === 0) return;
    const line = innerHeight * 0.4;
    const nearest = [...inBand].sort((a, b) =>
      Math.abs(a.getBoundingClientRect().top - line) -
      Math.abs(b.getBoundingClientRect().top - line))[0];
    if (nearest) activate(nearest);
  }, { rootMargin: '-35% 0px -55% 0px' });
  for (const step of steps) observer.observe(step);

  addEventListener('hashchange', fromHash);
  fromHash();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-walkthrough]')) init(root);

// A module, so its names stay its own.
export {};
