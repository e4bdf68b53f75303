/**
 * Site stage: the `cacheKey`s of the generated pages (page-cache-keys.ts says what goes into
 * them), read from the collections once per build. Called from the pages' `getStaticPaths()`:
 * Starlight's docs route (through src/plugin/starlight-route-keys.ts) and `/rules/<rule>/`.
 * Pages without a key are rendered on every build (the static ones; the example pages, whose
 * "Run it here" reads the dataset, the advisories and the Python runtime's files as it renders).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ruleOccurrences } from '../render/rule-occurrences.ts';
import { chromeDigest, entryDigest, pageCacheKey, stableJson, type RenderedEntry }
  from './page-cache-keys.ts';

/**
 * The guide's entries and what every page's chrome shows of them, read once per build:
 * getStaticPaths runs once a route, the collections do not change during a build, and each
 * `getCollection` walks every entry's data again (once per rule page without this). Read
 * again on each call in `astro dev`, where they change.
 */
type DocsEntry = CollectionEntry<'docs'>;
let docs: Promise<DocsEntry[]> | undefined;
let chrome: Promise<string> | undefined;
function docsEntries(): Promise<DocsEntry[]> {
  if (!import.meta.env.PROD) return getCollection('docs');
  docs ??= getCollection('docs');
  return docs;
}
function siteChrome(): Promise<string> {
  const read = async () => chromeDigest(await docsEntries(),
    (await getCollection('i18n')).map((e) => [e.id, stableJson(e.data)]));
  if (!import.meta.env.PROD) return read();
  chrome ??= read();
  return chrome;
}

/** A Starlight docs page's key: its entry and the chrome. */
export async function docsPageKey(entry: RenderedEntry): Promise<string> {
  return pageCacheKey('docs', await siteChrome(), entryDigest(entry));
}

/** A rule page's key: where the rule fires in the write-ups, and the chrome. */
export async function rulePageKey(ruleId: string): Promise<string> {
  const occurrences = ruleOccurrences(ruleId, await docsEntries());
  return pageCacheKey('rule', await siteChrome(), stableJson(occurrences));
}

/** The entry Starlight's 404 route shows (content/pages/404.md). */
const NOT_FOUND_SLUG = '404';

/** A path as Starlight's docs route returns it, and the route (with its entry) it belongs to. */
interface DocsPath { params: { slug: string | undefined } }
interface DocsRoute { id: string; entry: RenderedEntry }

/**
 * Starlight's docs paths with their keys. `paths[i]` is the path of `routes[i]` (Starlight makes
 * one from the other, utils/routing/index.ts, with `slugToParam`); checked, so that a Starlight
 * that pairs them otherwise fails the build instead of giving a page another page's key.
 * The `404` entry is left out: Starlight's own 404 route renders it (`getEntry('docs', '404')`)
 * and wins over this route, which then warned on every build that it "could not render /404".
 */
export async function withDocsKeys(paths: readonly DocsPath[], routes: readonly DocsRoute[],
  slugToParam: (id: string) => string | undefined):
  Promise<Array<DocsPath & { cacheKey: string }>> {
  const paired = paths.length === routes.length &&
    paths.every((path, i) => path.params.slug === slugToParam(routes[i]!.id));
  if (!paired) {
    throw new Error("shipshape: Starlight's docs route no longer gives one path per route in " +
      "its routes' order, which the pages' cache keys rely on " +
      '(src/plugin/starlight-route-keys.ts). Turn off `experimental.incrementalBuild` in ' +
      'astro.config.mjs until shipshape follows this Starlight version.');
  }
  const kept = paths.flatMap((path, i) =>
    (path.params.slug === NOT_FOUND_SLUG ? [] : [{ path, route: routes[i]! }]));
  return Promise.all(kept.map(async ({ path, route }) =>
    ({ ...path, cacheKey: await docsPageKey(route.entry) })));
}
