/**
 * Shared by every stage that writes a link: the guide can be hosted under a sub-path (`base`
 * in the Astro config, e.g. `/courses/docker/`).
 */

/** `/x/` under base `/courses/docker/` → `/courses/docker/x/`; other URLs unchanged. */
export function withBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}
