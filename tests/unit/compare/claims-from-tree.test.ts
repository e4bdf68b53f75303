/**
 * A write-up's claims are read once, from the tree the pipeline parsed (remark-writeup-claims.ts):
 * the same claims a parse of their own finds, stored for the entry, and no stage reads the
 * write-up's file again or parses its text a second time.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWriteups } from '../../../src/bundle/find-writeups.ts';
import { bundleDockerfiles } from '../../../src/bundle/bundle-data.ts';
import { readBundle } from '../../../src/bundle/read-bundle.ts';
import { claimsOfWriteup } from '../../../src/compare/write-up-claims.ts';
import { renderClaims, renderWriteupClaims } from './pipeline-claims.ts';

const writeups = findWriteups('content/writeups').writeups;

describe('the claims step', { timeout: 60_000 }, () => {
  it('finds in the pipeline\'s tree the claims a parse of their own finds', async () => {
    expect(writeups.length).toBeGreaterThanOrEqual(5);
    let total = 0;
    for (const writeup of writeups) {
      const path = relative(process.cwd(), writeup.markdown);
      const dockerfile = writeup.folder === undefined ? undefined : bundleDockerfiles(readBundle(
        writeup.folder, basename(writeup.markdown), relative(process.cwd(), writeup.folder)))[0]
        ?.text;
      const alone = claimsOfWriteup(readFileSync(writeup.markdown, 'utf8'), path, dockerfile);
      const { claims } = await renderWriteupClaims(writeup);
      expect(claims, path).toEqual(alone);
      total += claims.claims.length;
    }
    // The five write-ups make dozens of claims: the comparison is not of empty lists.
    expect(total).toBeGreaterThan(20);
  });

  it('reads a write-up from the text handed to it, never from its file', async () => {
    const text = [
      '# Images', '',
      '| Image | Size |', '| --- | --- |', '| `python:3.13-alpine` | ~50MB |',
      '| alpine:latest | 7 MB |', '',
      '```sh', 'docker run -p 8080:80 app', '```', '', 'Open localhost:9090.', '',
    ].join('\n');
    // No file is at this path: a stage that read it would fail the render.
    const rendered = await renderClaims(text, '/nonexistent/claims15/writeup.md');
    expect(rendered.claims.claims.map((c) => [c.line, c.image, c.value])).toEqual([
      [5, 'python:3.13-alpine', '~50MB'], [6, 'alpine:latest', '7 MB'],
    ]);
    // The write-up's table became the interactive one, with its verdicts.
    expect(rendered.html).toContain('compare-table');
    expect(rendered.html).toContain('How these figures compare with the sources');
    // The port check read the same text.
    expect(rendered.messages.some((m) => m.startsWith('12: ') && m.includes('localhost:9090')))
      .toBe(true);
  });

  it('reads a directive-looking image name in a cell as written', async () => {
    // The guide's parser knows directives: `alpine:latest` arrives as `alpine` + `:latest`.
    const text = '| Image | Size |\n| --- | --- |\n| alpine:latest | 7 MB |\n';
    const { claims } = await renderClaims(text, 'content/writeups/x.md');
    expect(claims.claims[0]?.image).toBe('alpine:latest');
  });
});

describe('the stages that show claims', () => {
  const modules = [
    'src/compare/write-up-claims.ts', 'src/compare/remark-writeup-claims.ts',
    'src/compare/rehype-compare.ts', 'src/compare/rehype-writeup-tables.ts',
    'src/compare/listed-claims.ts', 'src/cohort/cohort-entries.ts',
    'src/render/remark-command-checks.ts',
  ];
  it('import no file reader and no Markdown parser', () => {
    for (const module of modules) {
      const source = readFileSync(module, 'utf8');
      expect(source, module).not.toMatch(/\breadFile(Sync)?\b|node:fs\/promises|findWriteups/);
      expect(source, module).not.toMatch(/remark-parse|fromMarkdown/);
    }
  });
});
