/**
 * Example pages on the built site: every file of the folder shown, the Dockerfile's findings on
 * the page exactly the example's expected findings, the `.zip` byte for byte the folder, the
 * commands on the page those generated from the Dockerfile; and the write-up whose command
 * block sends the reader to an unpublished port carries a note saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';
import { listExamples, readExample } from '../../src/examples/read-examples.ts';
import { exampleZip } from '../../src/examples/example-zip.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
let pages: SitePage[] = [];
const tree = (url: string): Root => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url} in dist/`);
  return found.tree;
};

beforeAll(() => {
  pages = readSite(dist);
});

describe.each(listExamples(root))('example %s', (slug) => {
  const example = readExample(slug, root);
  const page = () => tree(`/examples/${slug}/`);

  it('shows every file of the folder in a tab of its own, with its whole text', () => {
    const panels = selectAll('.file-tabs > .file-tab', page());
    expect(panels.map((p) => p.properties['dataLabel'])).toEqual(example.files.map((f) => f.path));
    for (const [index, file] of example.files.entries()) {
      const code = toString(select('pre', panels[index]!)!);
      const text = new TextDecoder().decode(file.data);
      expect(code.replace(/\s+/g, ''), file.path).toBe(text.replace(/\s+/g, ''));
    }
  });

  it('shows exactly the expected findings under its Dockerfile', () => {
    const panel = selectAll('.file-tabs > .file-tab', page())
      .find((p) => p.properties['dataLabel'] === 'Dockerfile')!;
    const shown = selectAll('.findings-list > li', panel).map((li) => ({
      rule: toString(select('.finding-rule', li)!).trim(),
      line: Number(li.properties['dataLine']),
    }));
    const key = (f: { rule: string; line: number }) => `${f.line}:${f.rule}`;
    expect(shown.map(key).sort()).toEqual(example.meta.findings.map(key).sort());
  });

  it('links a .zip that is byte for byte the folder, built again here', () => {
    expect(select(`a[href="/examples/${slug}.zip"]`, page())).toBeDefined();
    const built = readFileSync(join(dist, 'examples', `${slug}.zip`));
    expect(Buffer.compare(built, Buffer.from(exampleZip(example)))).toBe(0);
  });

  it('gives the commands generated from its Dockerfile, with their port and health URL', () => {
    const text = toString(page());
    const c = example.commands;
    expect(c.problems.filter((p) => p.kind === 'mismatch')).toEqual([]);
    for (const command of [c.build, c.run, c.probe, c.stop]) expect(text).toContain(command);
    expect(c.run).toContain(`-p ${c.port}:${c.port}`);
    expect(c.probe).toContain(`localhost:${c.port}${c.healthPath}`);
    const exposed = example.model.instructions.filter((i) => i.keyword === 'EXPOSE');
    for (const expose of exposed) expect(expose.args.join(' ')).toContain(String(c.port));
  });

  it('explains its Dockerfile step by step', () => {
    expect(selectAll('.walkthrough li.wt-step', page()).length).toBeGreaterThan(3);
  });
});

describe('command blocks in the write-ups', () => {
  it('notes the port the reader is sent to that no docker run published (seed 004)', () => {
    const page = tree('/writeups/dockerization-of-flask-application/');
    const notes = selectAll('aside.command-finding', page).map((n) => toString(n))
      .filter((note) => note.startsWith('Port check'));
    expect(notes).toEqual([expect.stringContaining('localhost:5000 points to port 5000, but '
      + 'the docker run on line 60 publishes host port 5001')]);
    expect(selectAll('aside.command-finding code', page).map((n) => toString(n)))
      .toEqual(expect.arrayContaining(['localhost:5000', 'docker run']));
    const report = toString(tree('/authors/report/'));
    expect(report).toContain('published-port-mismatch');
  });

  it('notes an image run under a name it was not built with, placeholder named (seed 004)', () => {
    const page = tree('/writeups/dockerization-of-flask-application/');
    const notes = selectAll('aside.command-finding', page).map((n) => toString(n))
      .filter((note) => note.startsWith('Image name check'));
    expect(notes).toEqual([expect.stringContaining('uses the image '
      + '<your-dockerhub-username>/app_python:1.0, but the image was built as '
      + 'azazaki/app_python:1.0 (line 46); the names differ')]);
    expect(notes[0]).toContain('<your-dockerhub-username> is a placeholder');
    // Right after the docker run block it is about.
    const aside = select('aside.command-finding', page);
    expect(toString(aside!)).toMatch(/^Image name check/);
    const report = select('[data-rule="image-name-mismatch"]', tree('/authors/report/'));
    expect(toString(report!)).toContain(
      'content/writeups/dockerization-of-flask-application.md:60');
    expect(toString(report!)).toContain('built as azazaki/app_python:1.0');
  });
});
