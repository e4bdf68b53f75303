/**
 * A PDF render that times out names the PDF and its pages, largest first (a page with a huge
 * table is the usual cause), in one line; a Chromium step past its time limit names the
 * document and the step.
 */
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import type { PagePart } from '../../../src/pdf/compose-document.ts';
import { PdfRenderError } from '../../../src/pdf/build-pdfs.ts';
import { RenderTimeoutError, withTimeout } from '../../../src/pdf/render-pdf.ts';

function part(path: string, rows: number): PagePart {
  const tr = (): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: [] });
  const content: Element = { type: 'element', tagName: 'div', properties: {},
    children: Array.from({ length: rows }, tr) };
  return { kind: 'page', label: path, path, key: path,
    page: { title: path, content, stylesheets: [], styles: [] } };
}

describe('PdfRenderError', () => {
  it('names the PDF and its largest pages', () => {
    const timeout = new Error('page.goto: Timeout 30000ms exceeded.\nCall log:\n  - navigating');
    const error = new PdfRenderError('guide.pdf',
      [part('writeups/small/', 3), part('writeups/huge/', 50_000), part('index/', 1)], timeout);
    expect(error.message).toBe('guide.pdf: page.goto: Timeout 30000ms exceeded. — while ' +
      'rendering 3 pages, the largest /writeups/huge/ (50001 elements), /writeups/small/ ' +
      '(4 elements), /index/ (2 elements); a very large page (a huge table) is the usual cause: ' +
      'shorten it, or split it');
    expect(error.cause).toBe(timeout);
  });
});

describe('a Chromium step that does not finish', () => {
  it('fails after its time limit, naming the document and the step', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withTimeout(never, 5, 'guide.pdf, part 3 (/writeups/x/): printing'))
      .rejects.toThrow(new RenderTimeoutError(
        'guide.pdf, part 3 (/writeups/x/): printing: no answer from Chromium after 0 s'));
  });

  it('passes on what finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'x')).resolves.toBe(7);
  });
});
