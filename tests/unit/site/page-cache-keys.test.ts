/**
 * What changes a page's cache key (src/site/page-cache-keys.ts): the chrome digest follows every
 * entry's id, title, label, order, hiding and draft state, not its body; an entry's digest
 * follows its stored data and rendered HTML.
 */
import { describe, expect, it } from 'vitest';
import {
  chromeDigest, entryDigest, pageCacheKey, stableJson, type ChromeEntry, type RenderedEntry,
} from '../../../src/site/page-cache-keys.ts';

const entry = (id: string, title: string, sidebar: object = {}): ChromeEntry & RenderedEntry =>
  ({ id, filePath: `content/${id}.md`, digest: `d-${id}`,
    data: { title, draft: false, sidebar: { hidden: false, attrs: {}, ...sidebar } },
    rendered: { html: `<p>${title} body</p>`, metadata: { headings: [] } } });

const guide = () => [entry('index', 'Home'), entry('writeups/a', 'Alpha'),
  entry('writeups/b', 'Beta')];

describe('chromeDigest', () => {
  const before = chromeDigest(guide());

  it('does not depend on the entries\' order or their bodies', () => {
    expect(chromeDigest(guide().reverse())).toBe(before);
    const edited = guide();
    edited[1]!.rendered = { html: '<p>another body</p>' };
    edited[1]!.digest = 'changed';
    expect(chromeDigest(edited)).toBe(before);
  });

  it('changes with a title, a label, an order, hiding, a draft, an entry added or removed', () => {
    const changed = (edit: (entries: ReturnType<typeof guide>) => void) => {
      const entries = guide();
      edit(entries);
      return chromeDigest(entries);
    };
    const digests = [
      changed((e) => { e[1]!.data.title = 'Alpha 2'; }),
      changed((e) => { e[1]!.data.sidebar = { label: 'A' }; }),
      changed((e) => { e[1]!.data.sidebar = { order: 1 }; }),
      changed((e) => { e[1]!.data.sidebar = { hidden: true }; }),
      changed((e) => { e[1]!.data.draft = true; }),
      changed((e) => { e.push(entry('writeups/c', 'Gamma')); }),
      changed((e) => { e.splice(2, 1); }),
      changed((e) => { e[2]!.filePath = 'content/other/b.md'; }),
    ];
    expect(new Set([before, ...digests]).size).toBe(digests.length + 1);
  });

  it('changes with the site-wide data given beside the entries', () => {
    expect(chromeDigest(guide(), { en: { 'search.label': 'Find' } })).not.toBe(before);
  });
});

describe('entryDigest', () => {
  const before = entryDigest(entry('writeups/a', 'Alpha'));

  it('changes with the rendered HTML even when the loader kept the digest', () => {
    const edited = entry('writeups/a', 'Alpha');
    edited.rendered = { html: '<p>a lesson drawn from another file</p>' };
    expect(entryDigest(edited)).not.toBe(before);
  });

  it('changes with the stored data, not with its key order', () => {
    const edited = entry('writeups/a', 'Alpha');
    (edited.data as { dockerfiles?: unknown }).dockerfiles = [{ findings: [] }];
    expect(entryDigest(edited)).not.toBe(before);
    const reordered = entry('writeups/a', 'Alpha');
    reordered.data = Object.fromEntries(Object.entries(reordered.data).reverse()) as
      typeof reordered.data;
    expect(entryDigest(reordered)).toBe(before);
  });
});

describe('stableJson and pageCacheKey', () => {
  it('writes dates as ISO text and sorts keys at every depth', () => {
    expect(stableJson({ b: 1, a: { d: new Date(0), c: [2, { f: 1, e: 0 }] } }))
      .toBe('{"a":{"c":[2,{"e":0,"f":1}],"d":"1970-01-01T00:00:00.000Z"},"b":1}');
  });

  it('keeps the parts apart', () => {
    expect(pageCacheKey('a', 'bc')).not.toBe(pageCacheKey('ab', 'c'));
  });
});
