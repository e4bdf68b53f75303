/**
 * Layout stability while a page streams in: a browser may paint a page it has parsed only in
 * part (a long page, a slow network, a busy machine), and what it painted must not move when the
 * rest arrives (src/style/guide.css, "Layout stability"). Here the HTML is sent in two parts
 * with a pause at a chosen place, held until the browser has painted the first part, so the
 * partial paint happens on every run. Other requests go to the test server unchanged.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { LAYOUT_SHIFT_SCRIPT } from '../../scripts/bench/page-downloads.ts';

interface HeldPage {
  origin: string;
  /** Sends the rest of the page. */
  release(): void;
  close(): Promise<void>;
}

/** A server sending `path`'s HTML (from `upstream`) up to just after `cut` (the first after
 * `after`, when given), the rest on release. */
async function holdPageAt(upstream: string, path: string, cut: string, after = '')
  : Promise<HeldPage> {
  let release = (): void => undefined;
  const released = new Promise<void>((done) => {
    release = done;
  });
  const server: Server = createServer((request, response) => {
    void (async () => {
      const upstreamResponse = await fetch(`${upstream}${request.url ?? '/'}`);
      const body = Buffer.from(await upstreamResponse.arrayBuffer());
      const type = upstreamResponse.headers.get('content-type') ?? 'application/octet-stream';
      response.writeHead(upstreamResponse.status, { 'content-type': type });
      if (request.url !== path) {
        response.end(body);
        return;
      }
      const html = body.toString('utf8');
      const at = html.indexOf(cut, html.indexOf(after));
      if (at < 0) throw new Error(`${path} has no ${JSON.stringify(cut)}`);
      response.write(html.slice(0, at + cut.length));
      await released;
      response.end(html.slice(at + cut.length));
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    release,
    close: () => new Promise((closed) => {
      server.closeAllConnections();
      server.close(() => closed());
    }),
  };
}

const CUTS = [
  ['/syllabus/', 'the sidebar\'s list has begun', '<ul class="top-level'],
  ['/compare/', 'the sidebar is half there', '<sl-sidebar-restore data-index="2">'],
  ['/lessons/layer-caching/', 'the sidebar is complete, not the page', '<div class="main-frame'],
  // The header's theme picker has its icon, not yet its <select> (6.25em wide).
  ['/practices/', 'the theme picker is half there', '1v-1h16v1Z"/></svg>',
    '<starlight-theme-select'],
  // The size chart has its first row: the column of labels is as wide as that row's label.
  ['/compare/', 'the size chart has one row', '</li>', '<ol class="size-chart"'],
  // "Reset progress" is an empty button: its text has not arrived.
  ['/syllabus/', 'the progress button has no text yet', 'data-action="reset-progress">'],
] as const;

for (const [path, where, cut, after] of CUTS) {
  test(`${path} painted when ${where} does not move when the rest arrives`, async ({
    page, baseURL,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const held = await holdPageAt(baseURL ?? '', path, cut, after);
    try {
      await page.addInitScript(LAYOUT_SHIFT_SCRIPT);
      const loaded = page.goto(`${held.origin}${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
      held.release();
      await loaded;
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      // Two frames: the last part laid out and painted.
      await page.evaluate(() => new Promise((done) => {
        requestAnimationFrame(() => requestAnimationFrame(done));
      }));
      expect(await page.evaluate(() =>
        (window as unknown as { __layoutShift: number }).__layoutShift)).toBe(0);
    } finally {
      await held.close();
    }
  });
}
