/**
 * Ingest stage, loader support: what of a page's rendering the collection keeps. The Markdown
 * steps hand their results back to the loader in the front matter Astro returns
 * (`metadata.frontmatter.shipshape`: the folder's files, Dockerfiles, claims, diagnostics), and
 * the loader puts them on the entry's data. Kept in the rendering as well, they were stored
 * twice: 6.6 MB of the 73 MB store of 1,000 write-ups, serialized, written and read back on every
 * build. Nothing reads them there (Starlight reads the headings and the HTML).
 */

/** What `renderMarkdown` returns, as far as this module is concerned. */
interface Rendering {
  html: string;
  metadata?: { frontmatter?: Record<string, unknown> } & Record<string, unknown>;
}

/** `rendered` without the steps' hand-back, for the store. */
export function storedRendering<R extends Rendering>(rendered: R): R {
  const frontmatter = rendered.metadata?.frontmatter;
  if (frontmatter === undefined || !Object.hasOwn(frontmatter, 'shipshape')) return rendered;
  const { shipshape: _handedBack, ...authored } = frontmatter;
  return { ...rendered, metadata: { ...rendered.metadata, frontmatter: authored } };
}
