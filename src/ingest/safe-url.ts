/**
 * Ingest stage, shared by the sanitizing steps: the one URL check for every link and image a
 * write-up has, written as Markdown or as raw HTML. A URL may be relative (`images/a.png`,
 * `../b/`, `#part`, `?q`) or use `http:`, `https:` or `mailto:`; any other scheme (`javascript:`,
 * `vbscript:`, `data:`, `file:` …) is refused.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The hast properties that hold a URL (GitHub's sanitizer checks the same ones and more). */
export const URL_PROPERTIES = [
  'href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'xLinkHref', 'background',
  'data', 'codeBase', 'srcSet', 'ping', 'manifest', 'archive', 'profile', 'dynsrc', 'lowsrc',
] as const;

/**
 * The scheme a browser would read: it drops leading and trailing C0 controls and spaces and
 * every tab and newline inside the URL (so `java\tscript:` and ` javascript:` are still
 * `javascript:`). Entities are already decoded by the Markdown and HTML parsers.
 */
function asBrowserReads(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(asBrowserReads(url))?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

/** `javascript:alert(1)` → a short, printable excerpt for a warning. */
export function urlExcerpt(url: string): string {
  const printable = url.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

/** Why a URL was refused, for a warning: scripts are named as such. */
export function unsafeUrlReason(url: string, tagName: string): string {
  const scheme = urlScheme(url) ?? '';
  const runs = /^(?:javascript|vbscript|livescript)$/.test(scheme) ||
    /^data:\s*(?:text\/html|image\/svg|application\/xhtml)/i.test(asBrowserReads(url));
  return runs
    ? `script URL \`${urlExcerpt(url)}\` in \`<${tagName}>\`; removed the attribute ` +
      '(write-ups cannot run scripts)'
    : `URL \`${urlExcerpt(url)}\` in \`<${tagName}>\`; removed the attribute ` +
      '(links and images may be http(s), mailto, relative or #fragment URLs)';
}
