/**
 * Examples: the sidebar's "Examples" group — the list page, then each example in lesson order,
 * labelled by its title. Read with the Astro config; a bad `example.yaml` is reported by the
 * examples loader, so here it only leaves the example out.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, readExampleMetas } from './read-examples.ts';

export function exampleSidebarItems(root: string, dir = EXAMPLES_DIR):
  Array<{ label: string; link: string }> {
  if (!existsSync(join(root, dir))) return [];
  let examples: ReturnType<typeof readExampleMetas>;
  try {
    // Each `example.yaml` read once, for its order and its title.
    examples = readExampleMetas(root, dir);
  } catch {
    return [{ label: 'All examples', link: '/examples/' }];
  }
  return [{ label: 'All examples', link: '/examples/' },
    ...examples.map(({ slug, meta }) => ({ label: meta.title, link: `/examples/${slug}/` }))];
}
