/**
 * Course stage: makes a pulled-in section fit the lesson page. Ids already used on the lesson get
 * a suffix (`dockerfile-1` → `dockerfile-1-2`), with every reference inside the section following
 * them; links to anchors that did not come along point back to the source page.
 */
import type { ElementContent, Properties } from 'hast';
import { visit } from '../shared/visit.ts';

/** Attributes whose value names ids (space-separated). */
const ID_LISTS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'] as const;

export interface LocalizeOptions {
  /** Ids the lesson page already has; the section's ids are added to it. */
  used: Set<string>;
  /** The source page's address (base included), for anchors left behind: `/writeups/x/`. */
  sourceUrl: string;
}

function freshId(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let n = 2;
  while (used.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

function idList(value: Properties[string]): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Rewrites `nodes` in place and returns them. */
export function localizeIds(nodes: ElementContent[], options: LocalizeOptions): ElementContent[] {
  const root = { type: 'root' as const, children: nodes };
  const renames = new Map<string, string>();
  visit(root, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id !== 'string' || id === '') return;
    const fresh = freshId(id, options.used);
    options.used.add(fresh);
    renames.set(id, fresh);
    node.properties['id'] = fresh;
  });
  visit(root, 'element', (node) => {
    const props = node.properties;
    for (const name of ID_LISTS) {
      if (props[name] === undefined) continue;
      // hast keeps these as lists of ids; `htmlFor` and the aria-* lists alike.
      props[name] = idList(props[name]).map((id) => renames.get(id) ?? id);
    }
    const copy = props['dataCopyLink'];
    if (typeof copy === 'string') props['dataCopyLink'] = renames.get(copy) ?? copy;
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) {
      const target = decodeURIComponent(href.slice(1));
      const renamed = renames.get(target);
      props['href'] = renamed === undefined
        ? `${options.sourceUrl}${href}`
        : `#${encodeURIComponent(renamed)}`;
    }
  });
  return nodes;
}
