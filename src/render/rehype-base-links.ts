/**
 * Render stage, rehype plugin: the guide can be hosted under a sub-path (`base` in
 * astro.config.mjs, e.g. `/courses/docker/`). Root-relative links and sources written in
 * content (`/writeups/x/`, `/rules/dl3042/`) get that prefix, so one setting moves every link.
 * Runs after every step that makes links.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';
import { withBase } from '../shared/base-path.ts';

export interface Options {
  /** The site's base path; `/` (the default) changes nothing. */
  base?: string;
}

const URL_PROPERTIES = ['href', 'src', 'poster'];

export const rehypeBaseLinks: Plugin<[Options?], Root> = function (options = {}) {
  const base = options.base ?? '/';
  return (tree) => {
    if (base === '/' || base === '') return;
    visit(tree, 'element', (node) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = withBase(value, base);
      }
    });
  };
};
