/**
 * Outputs stage, PDF: a file that several examples share prints once. The examples' file panels
 * (`.file-tab[data-label]`, render/remark-file-tabs.ts) repeat `app.py`, its tests and
 * `requirements.txt` word for word; on paper the first copy stays and each later one becomes a
 * line that names it and links to it: "`app.py`: the same as in The typical first Dockerfile,
 * page 73". The page number is filled in like the contents' numbers (`toc-numbers.ts`), from
 * the destination of the link. Changes the trees it is given.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { TocEntry } from './compose-document.ts';

export interface PrintedPage {
  /** The page's label (sidebar), as the reference names it. */
  label: string;
  /** Id prefix of the page (`anchors.ts`), for the ids given to first copies. */
  key: string;
  /** The page's print content, in document order. */
  content: Element;
}

/** `tests/test_app.py` → `tests-test_app-py` (for an id). */
function idPart(path: string): string {
  return path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-|-$/g, '');
}

/** Path and text of a file → its first copy; carried from one part of a PDF to the next. */
export type FirstCopies = Map<string, { id: string; label: string }>;

/**
 * Replaces every file panel whose path and text an earlier panel already printed with a
 * reference to that one. Returns the references' targets, whose page numbers the render fills
 * in (`[data-toc-target]`). `first` holds the copies earlier parts printed, and gets this
 * part's.
 */
export function referSharedFiles(
  pages: readonly PrintedPage[],
  first: FirstCopies = new Map(),
): TocEntry[] {
  const targets = new Map<string, TocEntry>();
  for (const page of pages) {
    for (const panel of selectAll('.file-tab[data-label]', page.content)) {
      const path = String(panel.properties['dataLabel']);
      const key = `${path}\u0000${toString(panel)}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        const id = `${page.key}--file-${idPart(path)}`;
        panel.properties['id'] = id;
        first.set(key, { id, label: page.label });
        continue;
      }
      targets.set(earlier.id, { label: `${path} (${earlier.label})`, target: earlier.id,
        level: 0 });
      panel.properties['className'] = ['file-tab', 'pdf-shared-file'];
      panel.children = [h('p', [
        h('code', path), ': the same as in ',
        h('a', { href: `#${earlier.id}` }, earlier.label), ', page ',
        h('span.pdf-page-ref', { dataTocTarget: earlier.id }, '0'),
      ])];
    }
  }
  return [...targets.values()];
}
