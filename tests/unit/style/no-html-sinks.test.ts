/**
 * Style guide rule 12 and issue 11: browser scripts build DOM with `createElement` and
 * `textContent`, never by parsing a string as HTML — page text (a table cell, a heading, a
 * `data-*` value) is the author's, and a string sink would run it. Checks every client script
 * (`src/**\/client/**`) and the `<script>` blocks of components.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const SINKS = new RegExp(`\\b(?:${[
  'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document\\.writeln?', 'srcdoc', 'DOMParser',
  'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe',
].join('|')})\\b`);

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The code a browser runs: client folders whole, components' `<script>` blocks. */
function browserCode(): Array<[string, string]> {
  const files = filesUnder('src');
  const client = files.filter((file) => /\/client\/.*\.[cm]?[jt]s$/.test(file))
    .map((file): [string, string] => [file, readFileSync(join(root, file), 'utf8')]);
  const components = files.filter((file) => file.endsWith('.astro')).flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match): [string, string] => [file, match[1] ?? '']));
  return [...client, ...components];
}

describe('browser scripts', () => {
  it('use no HTML string sinks', () => {
    const code = browserCode();
    expect(code.length).toBeGreaterThan(5);
    const found = code.flatMap(([file, text]) => text.split('\n')
      .map((line, index) => ({ line, at: `${file}:${index + 1}` }))
      .filter(({ line }) => SINKS.test(line.replace(/\/\/.*|\/\*.*?\*\//g, '')))
      .map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
