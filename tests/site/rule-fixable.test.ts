/**
 * Site tests: each rule page says whether `shipshape lint --fix` rewrites its rule — the fix's
 * own description on fixable rules (both ids of a shared problem), a plain "by hand" on others.
 * Reads the built `dist/` (build first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');

function fixLine(slug: string): string {
  const tree = fromHtml(readFileSync(join(dist, 'rules', slug, 'index.html'), 'utf8'));
  const line = select('main .rule-fix', tree);
  if (line === undefined) throw new Error(`no .rule-fix on /rules/${slug}/`);
  return toString(line).replace(/\s+/g, ' ').trim();
}

describe('rule pages say what --fix does', () => {
  it('names the fix on fixable rules', () => {
    expect(fixLine('dl3042')).toBe(
      'Fixable: shipshape lint --fix adds --no-cache-dir to pip install.');
    expect(fixLine('dl3025')).toBe(fixLine('json-args-recommended'));
    expect(fixLine('maintainer-deprecated')).toContain(
      'LABEL org.opencontainers.image.authors="name"');
  });

  it('says a rule without a fix is fixed by hand', () => {
    expect(fixLine('dl3000')).toBe(
      'shipshape lint --fix does not rewrite this one: fix it by hand.');
  });
});
