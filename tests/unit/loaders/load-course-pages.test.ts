/**
 * The course turns back into trees only the rendered pages its syllabus names: at N write-ups a
 * syllabus draws on a handful, and every other page is listed by id (for "nearest" suggestions)
 * without its HTML being read.
 */
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { pageAnchors, renderedPages } from '../../../src/loaders/load-course.ts';

/** A store of `count` write-up pages whose HTML counts how often it is read. */
function countingStore(count: number) {
  const reads = new Map<string, number>();
  const entries = new Map(Array.from({ length: count }, (_, i) => {
    const id = `writeups/w${i}`;
    const rendered = {} as { html: string };
    Object.defineProperty(rendered, 'html', { enumerable: true, get: () => {
      reads.set(id, (reads.get(id) ?? 0) + 1);
      return `<h2 id="part-${i}">Part ${i}</h2><p>Text ${i}</p>`;
    } });
    return [id, { id, data: { title: `W${i}` }, rendered }];
  }));
  const store = { get: (id: string) => entries.get(id), values: () => [...entries.values()] };
  return { store: store as unknown as LoaderContext['store'], reads };
}

describe('the course\'s source pages', () => {
  it('are parsed only when the syllabus names them', () => {
    const { store, reads } = countingStore(200);
    const pages = renderedPages(store, new Set(['writeups/w3', 'writeups/w150', 'compare']));
    expect([...pages.keys()]).toEqual(['writeups/w3', 'writeups/w150']);
    const anchors = pageAnchors(store, pages);
    // Every page is known by id; only the named ones by their anchors.
    expect(anchors.size).toBe(200);
    expect(anchors.get('writeups/w150')).toContain('part-150');
    expect(anchors.get('writeups/w7')).toEqual([]);
    expect([...reads.keys()].sort()).toEqual(['writeups/w150', 'writeups/w3']);
    expect(reads.get('writeups/w3')).toBe(1);
  });
});
