/**
 * Hostile write-ups (issue 11), the browser half: opens every page of the fixture sites that
 * `tests/site/hostile-input.test.ts` built, as a student would, with hooks installed before any
 * page script. Links are clicked, elements hovered and focused, timers given time to fire. A page
 * passes when nothing ran (no `alert`/`confirm`/`prompt`/`print`, no `__pwned`, no dialog),
 * nothing was requested from another origin, the DOM holds no `on*` handler or script URL, the
 * site's own ids and `document` properties are not clobbered, and the title is plain text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import type { HostilePage } from '../hostile/fixture-content.ts';
import { HOSTILE_SITES, MANIFEST } from './hostile-server.ts';

/** Runs before every page script, in every frame: each way a payload signals is recorded. */
const HOOKS = `(() => {
  const calls = [];
  Object.defineProperty(window, '__hostileCalls', { value: calls });
  const hook = (name) => function (...args) {
    calls.push(name + '(' + args.map(String).join(', ') + ')');
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { value: hook(name), writable: false,
      configurable: false });
  }
  Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined,
    set: (value) => { calls.push('__pwned = ' + String(value)); } });
})();`;

/** What one visit saw: calls to the hooks, dialogs, requests to other origins. */
interface Visit {
  dialogs: string[];
  requests: string[];
  /** Resolved `href`s of the links about to be clicked: following one is not a leak. */
  links: Set<string>;
  /** Once the page has loaded, navigations away from it are stopped. */
  loaded: boolean;
}

/** Installs the hooks in `context` and records into whatever visit `current()` returns. */
async function watch(context: BrowserContext, origin: string, current: () => Visit):
  Promise<void> {
  await context.addInitScript(HOOKS);
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      current().dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  await context.route('**/*', async (route, request) => {
    const visit = current();
    const url = request.url();
    const navigation = request.isNavigationRequest() && request.frame().parentFrame() === null;
    if (new URL(url).origin !== origin) {
      if (!(navigation && visit.links.has(url))) {
        visit.requests.push(`${request.resourceType()} ${url}`);
      }
      await route.abort('aborted');
    } else if (visit.loaded && navigation) {
      // `aborted` leaves the page as it is; other errors would show an error page instead.
      await route.abort('aborted');
    } else {
      await route.continue();
    }
  });
}

/** Opens one page, acts as a reader, and returns everything that went wrong. */
async function visit(context: BrowserContext, origin: string, hostile: HostilePage,
  state: Visit): Promise<string[]> {
  const page = await context.newPage();
  const address = `${origin}/${hostile.url}`;
  await page.goto(address, { waitUntil: 'load' });
  state.loaded = true;
  for (const href of await page.evaluate(linkTargets)) state.links.add(href);
  await page.evaluate(interact);
  await page.waitForTimeout(400);
  const calls: string[] = [];
  for (const opened of context.pages()) {
    calls.push(...await opened.evaluate(() =>
      (window as unknown as { __hostileCalls?: string[] }).__hostileCalls ?? [])
      .catch(() => []));
  }
  const problems = [
    ...calls.map((call) => `executed: ${call}`),
    ...state.dialogs.map((dialog) => `dialog: ${dialog}`),
    ...state.requests.map((request) => `request to another origin: ${request}`),
    ...(await page.evaluate(inspect)).map((finding) => `DOM: ${finding}`),
  ];
  if (page.url().replace(/#.*/, '') !== address) {
    problems.push(`the page navigated away, to ${page.url()}`);
  }
  const title = await page.title();
  if (title !== hostile.title) problems.push(`title: "${title}", expected "${hostile.title}"`);
  for (const opened of context.pages()) await opened.close();
  return problems;
}

/** The links on the page, resolved (runs in the page). */
function linkTargets(): string[] {
  return [...document.querySelectorAll('a[href], area[href]')]
    .map((link) => (link as HTMLAnchorElement | HTMLAreaElement).href);
}

/**
 * What a reader does on a page: hover, focus and type on everything in the main column, then
 * click every link on the page and every control in the main column, one at a time (a
 * `javascript:` link runs in a task of its own). Runs in the page.
 */
async function interact(): Promise<void> {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'mouseout',
    'mouseleave', 'pointerover', 'pointerenter', 'pointerdown', 'pointerup', 'dblclick',
    'contextmenu', 'focus', 'focusin', 'blur', 'focusout', 'keydown', 'keyup', 'input',
    'change', 'wheel', 'scroll', 'copy', 'dragstart', 'drop', 'toggle', 'animationstart',
    'transitionend', 'error', 'load', 'select'];
  const main = document.querySelector('main') ?? document.body;
  for (const element of main.querySelectorAll('*')) {
    if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
    for (const type of events) {
      const init = { bubbles: true, cancelable: true, composed: true };
      const event = type.startsWith('pointer') ? new PointerEvent(type, init)
        : /mouse|click|contextmenu|wheel/.test(type) ? new MouseEvent(type, init)
          : /focus|blur/.test(type) ? new FocusEvent(type, init) : new Event(type, init);
      element.dispatchEvent(event);
    }
  }
  for (const link of document.querySelectorAll('a, area')) {
    if (link instanceof HTMLElement) link.click();
    else link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await tick();
  }
  for (const control of main.querySelectorAll(
    'button, input, summary, label, [role="button"], [tabindex]')) {
    if (control instanceof HTMLElement) control.click();
    await tick();
  }
}

/** What is wrong in the DOM as it stands: handlers, script URLs, clobbering, the title. */
function inspect(): string[] {
  // Runs in the page: everything it uses is declared inside.
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster',
    'background', 'lowsrc', 'dynsrc', 'data', 'codebase', 'cite', 'srcset', 'ping', 'manifest',
    'icon', 'srcdoc']);
  const ANIMATIONS = new Set(['animate', 'set', 'animatetransform', 'animatemotion']);
  const found: string[] = [];
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const inContent = el.closest('.sl-markdown-content') ? '' : ' (outside the content)';
    return `<${el.localName}${id}>${inContent}`;
  };
  const scriptUrl = (value: string) => value.split(/[;,]/).some((part) =>
    /^(?:javascript|vbscript):/.test(part.replace(/[\u0000-\u0020]/g, '').toLowerCase()));
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const key = attr.name.toLowerCase();
      if (key.startsWith('on')) found.push(`${name(el)} has ${key}="${attr.value}"`);
      const urlLike = URL_ATTRIBUTES.has(key) ||
        (ANIMATIONS.has(el.localName.toLowerCase()) && ['values', 'to', 'from', 'by'].includes(key));
      // Pagefind's own search form (Starlight's search dialog) has this no-op action.
      const pagefind = el.localName === 'form' && attr.value === 'javascript:void(0);' &&
        el.closest('site-search') !== null;
      if (urlLike && scriptUrl(attr.value) && !pagefind) {
        found.push(`${name(el)} has ${key}="${attr.value}"`);
      }
    }
    if (el.localName === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) {
      found.push(`<meta http-equiv="refresh" content="${el.getAttribute('content')}">`);
    }
  }
  // The site's own ids (outside the write-up's content) must name one element each.
  const ids = new Map<string, Element[]>();
  for (const el of document.querySelectorAll('[id]')) {
    ids.set(el.id, [...(ids.get(el.id) ?? []), el]);
  }
  for (const [id, elements] of ids) {
    if (elements.length > 1 && elements.some((el) => !el.closest('.sl-markdown-content'))) {
      found.push(`id "${id}" is on ${elements.length} elements: ${elements.map(name).join(', ')}`);
    }
  }
  // Named elements override `document` properties (<img name=body>, <form name=getElementById>).
  // (`location` is left out: it is an own, unforgeable property, never overridden.)
  const keys = ['body', 'head', 'documentElement', 'forms', 'images', 'links', 'scripts',
    'cookie', 'defaultView', 'title', 'domain', 'currentScript', 'activeElement',
    'getElementById', 'querySelector', 'querySelectorAll', 'createElement', 'createElementNS',
    'createTextNode', 'getElementsByTagName', 'getElementsByClassName', 'addEventListener',
    'contains', 'importNode', 'adoptNode', 'write'];
  for (const key of keys) {
    let proto: object | null = Object.getPrototypeOf(document);
    let descriptor: PropertyDescriptor | undefined;
    while (proto && !descriptor) {
      descriptor = Object.getOwnPropertyDescriptor(proto, key);
      proto = Object.getPrototypeOf(proto);
    }
    const native = descriptor?.get ? descriptor.get.call(document) : descriptor?.value;
    if ((document as unknown as Record<string, unknown>)[key] !== native) {
      found.push(`document.${key} is clobbered`);
    }
  }
  const titles = [...document.querySelectorAll('title')]
    .filter((t) => t instanceof HTMLTitleElement);
  if (titles.length !== 1 || titles[0]?.parentElement !== document.head) {
    found.push(`${titles.length} HTML <title> elements, expected one in <head>`);
  }
  return found;
}

/** Pages per test: one browser context visits them in turn (a failed test restarts a worker). */
const PAGES_PER_TEST = 8;

for (const site of HOSTILE_SITES) {
  const manifestFile = join(site.dist, MANIFEST);
  const manifest = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8')) as { pages: HostilePage[] }
    : undefined;

  test.describe(`hostile write-ups, ${site.name} site`, () => {
    test.skip(!manifest, `${site.dist} is built by \`npm run test:site\``);
    const origin = `http://127.0.0.1:${site.port}`;
    const pages = manifest?.pages ?? [];

    for (let first = 0; first < pages.length; first += PAGES_PER_TEST) {
      const group = pages.slice(first, first + PAGES_PER_TEST);
      const places = [...new Set(group.map((p) => p.place))].join(', ');
      test(`pages ${first + 1}-${first + group.length} (${places})`, async ({ context }) => {
        test.setTimeout(120_000);
        let state: Visit = { dialogs: [], requests: [], links: new Set(), loaded: false };
        await watch(context, origin, () => state);
        for (const hostile of group) {
          state = { dialogs: [], requests: [], links: new Set(), loaded: false };
          const problems = await visit(context, origin, hostile, state);
          expect.soft(problems, `/${hostile.url} (${hostile.place}); the vectors on it:\n` +
            hostile.vectors.join('\n')).toEqual([]);
        }
      });
    }
  });
}
