/**
 * Examples: the sidebar's "Examples" group — the list page, then each example in lesson order,
 * labelled by its title. Read with the Astro config; a bad `example.yaml` is reported by the
 * examples loader, so here it only leaves the example out.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, listExamples, readExampleMeta } from './read-examples.ts';

export function exampleSidebarItems(root: string, dir = EXAMPLES_DIR):
  Array<{ label: string; link: string }> {
  if (!existsSync(join(root, dir))) return [];
  let slugs: string[];
  try {
    slugs = listExamples(root, dir);
  } catch {
    return [{ label: 'All examples', link: '/examples/' }];
  }
  const items = slugs.flatMap((slug) => {
    try {
      return [{ label: readExampleMeta(slug, root, dir).title, link: `/examples/${slug}/` }];
    } catch {
      return [];
    }
  });
  return [{ label: 'All examples', link: '/examples/' }, ...items];
}
