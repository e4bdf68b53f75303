/**
 * Issue 14, "a write-up can be a folder" and "one command builds a guide from any folder": a copy
 * of the guide is built with `shipshape build --content DIR`, DIR a folder of write-ups outside
 * the project (tests/fixtures/bundles/ copied to the system's temporary folder, with what a
 * student's folder may also hold: a dependency folder, a large file, a link out of the folder, a
 * hostile file name). The pages are read from dist/; the paths they and the build's messages
 * show are the folder's own, never the builder's disk layout (src/shared/shown-path.ts).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, prepareFixture } from './build-fixture.ts';
import { MAX_SHOWN_FILE_BYTES } from '../../src/shared/limits.ts';

const fixtures = join(import.meta.dirname, '../fixtures/bundles');
const proseFixtures = join(import.meta.dirname, '../fixtures/walkthrough/prose');
const HOSTILE_NAME = 'weird "name" <img src=x onerror=alert(1)>.txt';
let dir: string;
let submissions: string;
let output: string;
let code: number | null;

const page = (path: string) => fromHtml(readFileSync(join(dir, 'dist', path, 'index.html'),
  'utf8'));
const text = (node: Element | Root | undefined) =>
  (node ? toString(node).replace(/\s+/g, ' ') : '');

beforeAll(() => {
  submissions = mkdtempSync(join(tmpdir(), 'shipshape-submissions-'));
  cpSync(fixtures, submissions, { recursive: true });
  const app = join(submissions, 'app-python');
  mkdirSync(join(app, 'node_modules/left-pad'), { recursive: true });
  writeFileSync(join(app, 'node_modules/left-pad/index.js'), 'module.exports = 0;\n');
  writeFileSync(join(app, 'big.log'), 'a'.repeat(MAX_SHOWN_FILE_BYTES + 1));
  writeFileSync(join(app, HOSTILE_NAME), '</code><script>alert(1)</script>\n');
  symlinkSync('/etc/passwd', join(app, 'leak.txt'));
  // Empty files, as a Python package's marker: listed as empty, never an empty code block.
  writeFileSync(join(app, '__init__.py'), '');
  writeFileSync(join(app, 'blank.txt'), '\n\n');
  // Two folders explained in prose, made of the prose walkthroughs' fixtures: one borne out by
  // its Dockerfile and .dockerignore, one its Dockerfile contradicts.
  // A third whose text is a plain list of advice: its Dockerfile is walked from the file alone.
  for (const [fixture, folder, markdown] of [['bullets-beside-file', 'notes-prose', 'DOCKER.md'],
    ['contradicts-its-file', 'weather-bot', 'README.md'],
    ['advice-list-beside-file', 'tips-only', 'DOCKER.md']] as const) {
    const from = join(proseFixtures, fixture);
    mkdirSync(join(submissions, folder));
    cpSync(join(from, 'input.md'), join(submissions, folder, markdown));
    for (const name of ['Dockerfile', '.dockerignore']) {
      if (existsSync(join(from, name))) cpSync(join(from, name), join(submissions, folder, name));
    }
  }
  dir = prepareFixture({}, { withContent: true });
  // The CLI as a user runs it, from the project's copy; the write-ups stay where they are.
  const result = spawnSync(process.execPath, [join(dir, 'src/cli/main.ts'), 'build',
    '--content', submissions], { cwd: tmpdir(), encoding: 'utf8', timeout: 240_000,
    env: buildEnv() });
  code = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(submissions, { recursive: true, force: true });
});

describe('a guide built from a folder outside the project', () => {
  it('builds, one page per write-up, and says what it skipped or chose', () => {
    expect(code, output).toBe(0);
    expect(output).toContain(`shipshape: building from ${submissions}`);
    for (const slug of ['app-python', 'two-dockerfiles', 'single-file']) {
      expect(existsSync(join(dir, 'dist/writeups', slug, 'index.html')), slug).toBe(true);
    }
    // The guide's own write-ups are not in it, and neither is their course.
    expect(existsSync(join(dir, 'dist/writeups/containerization-details'))).toBe(false);
    expect(existsSync(join(dir, 'dist/syllabus'))).toBe(false);
    expect(existsSync(join(dir, 'dist/writeups/no-markdown'))).toBe(false);
    expect(output).toMatch(/no-markdown\/: a folder with no Markdown file is not a write-up/);
    expect(output).toMatch(new RegExp('app-python/DOCKER\\.md:1: taken as the write-up of its ' +
      'folder; `README\\.md` is shown as a file beside it'));
  });
});

describe('a folder write-up with a Dockerfile and a .dockerignore', () => {
  it('shows the write-up, then its files', () => {
    const tree = page('writeups/app-python');
    const headings = selectAll('main h2', tree).map((h) => text(h));
    expect(headings.at(-1)).toMatch(/^Files in this folder/);
    const titles = selectAll('main figure .title', tree).map((t) => text(t));
    // The Dockerfile is the walkthrough's (below); the other files are titled blocks.
    const files = titles.filter((title) => title !== '' && !title.startsWith('Lines'));
    expect(files).toEqual(['.dockerignore', 'README.md', 'app.py',
      'requirements.txt', 'templates/index.html',
      'weird ?name? <img src=x onerror=alert(1)>.txt']);
    // The long app file is collapsed, with its length in the summary.
    const details = select('main details.bundle-file', tree);
    expect(text(select('summary', details ?? tree) as Element | undefined))
      .toMatch(/^app\.py — 58 lines, 2 KB$/);
    expect(details?.properties['open']).toBeUndefined();
  });

  it('infers a walkthrough over the whole Dockerfile beside it', () => {
    const tree = page('writeups/app-python');
    const steps = selectAll('main .wt-step', tree).map((s) => text(s));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/Non-root user.*Lines 5, 13/);
    expect(steps[1]).toMatch(/Layer caching.*Lines 7–8/);
  });

  it('lints the Dockerfile with its .dockerignore: CopyIgnoredFile on line 11', () => {
    const panels = selectAll('main details.dockerfile-findings', page('writeups/app-python'));
    expect(panels).toHaveLength(1);
    expect(text(panels[0])).toMatch(new RegExp('Line 11 warning CopyIgnoredFile Attempting to ' +
      'Copy file "README\\.md" that is excluded by \\.dockerignore'));
    expect(text(panels[0])).not.toMatch(/SS003/);
  });

  it('lists binary, large and linked-out files, not shown; hostile names stay text', () => {
    const tree = page('writeups/app-python');
    const list = text(selectAll('main ul', tree).at(-1));
    expect(list).toMatch(/static\/logo\.png \(67 bytes\): not shown — binary data/);
    expect(list).toMatch(
      /big\.log \(129 KB\): not shown — big\.log is 129 KB, over the limit of 128 KB/);
    expect(list).toMatch(new RegExp('leak\\.txt \\(11 bytes\\): not shown — leak\\.txt is a ' +
      'symbolic link to a file outside the write-up\'s folder\\.'));
    expect(list).toMatch(/Not listed: node_modules\/ \(dependency/);
    expect(list).toMatch(/__init__\.py: empty\./);
    expect(list).toMatch(/blank\.txt: empty \(only blank space\)\./);
    expect(selectAll('main pre', tree).filter((pre) => text(pre).trim() === '')).toEqual([]);
    const html = readFileSync(join(dir, 'dist/writeups/app-python/index.html'), 'utf8');
    expect(html).not.toContain('root:x:0:0');
    expect(html).not.toContain('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(selectAll('main img', tree).filter((img) => img.properties['onError'] !== undefined))
      .toEqual([]);
    expect(selectAll('main script', tree).map((s) => toString(s)).join('\n'))
      .not.toContain('alert(1)');
    expect(text(tree)).toContain('weird ?name? <img src=x onerror=alert(1)>.txt');
  });
});

describe('a folder write-up with two Dockerfiles', () => {
  it('shows both, the plain Dockerfile walked first, and diffs the first try against it', () => {
    const tree = page('writeups/two-dockerfiles');
    // Its text explains no practice: the plain Dockerfile is walked from the file itself (its
    // steps' excerpts are titled by their lines), and the other is among the folder's files.
    expect(text(select('main .wt-caption', tree)))
      .toMatch(/^Walkthrough of the folder's Dockerfile/);
    const titles = selectAll('main figure .title', tree).map((t) => text(t))
      .filter((t) => t !== '' && !/^Lines? \d/.test(t));
    expect(titles[0]).toBe('distroless.Dockerfile');
    expect(titles).not.toContain('Dockerfile');
    const diff = text(select('main .wt-diff, main table', tree) as Element | undefined);
    expect(diff).toMatch(/python:3\.12 → python:3\.12-slim/);
  });

  it('knows the folder has no .dockerignore (SS003), and checks the published port', () => {
    const tree = page('writeups/two-dockerfiles');
    const panels = selectAll('main details.dockerfile-findings', tree).map((p) => text(p));
    expect(panels[1]).toMatch(/Line 3 warning SS003/);
    expect(text(tree)).toMatch(new RegExp('publishes container port 5000, but Dockerfile beside ' +
      'the write-up EXPOSEs 8080'));
  });
});

describe('the practices matrix and the size claims', () => {
  const row = (name: RegExp) => selectAll('tr', page('practices'))
    .map((tr) => selectAll('th, td', tr).map((cell) => text(cell)))
    .find((cells) => name.test(cells[0] ?? ''));

  it('judges a folder write-up on its Dockerfile, with its .dockerignore known', () => {
    const app = row(/^Docker/);
    expect(app?.[0]).toMatch(/Judged on: final Dockerfile, Dockerfile/);
    expect(app?.[5]).toMatch(/^✓ yes ?\.dockerignore line 1/);
    const lab = row(/^Lab 2/);
    expect(lab?.[5])
      .toMatch(/^✗ no ?Dockerfile line 1 — The write-up's folder has no \.dockerignore/);
  });

  it('takes the base image of a size claim from the Dockerfile FROM', () => {
    const rows = selectAll('main tr', page('compare'))
      .map((tr) => selectAll('th, td', tr).map((cell) => text(cell).trim()).join(' | '));
    expect(rows).toContainEqual(expect.stringMatching(
      /^DOCKER\.md:25 \| python:3\.12-slim \| size \| about 130 MB \|/));
  });
});

describe('folder write-ups explained in prose', () => {
  it('walks the folder\'s Dockerfile through the bullets that explain it', () => {
    const tree = page('writeups/notes-prose');
    const steps = selectAll('main .wt-step', tree).map((s) => text(s));
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps[0]).toMatch(/Base image.*Line 1/);
    expect(steps.find((s) => s.includes('A user of its own'))).toMatch(/Lines 4, 12/);
    // The .dockerignore beside it is shown in the step that explains it.
    const ignoreStep = selectAll('main .wt-step', tree)
      .find((s) => text(s).includes('What stays out of the build'));
    expect(selectAll('figure .title', ignoreStep).map((t) => text(t))).toContain('.dockerignore');
    // The Dockerfile is the walkthrough's, not a second block among the folder's files.
    expect(selectAll('main figure .title', tree).map((t) => text(t))).not.toContain('Dockerfile');
    expect(selectAll('main .wt-disagreement', tree)).toHaveLength(0);
  });

  it('shows and reports each claim its Dockerfile does not bear out', () => {
    const notes = selectAll('main .wt-disagreement', page('writeups/weather-bot'))
      .map((n) => text(n));
    expect(notes.length).toBeGreaterThanOrEqual(4);
    expect(notes.join('\n')).toMatch(/USER/);
    expect(notes.join('\n')).toMatch(/latest/);
    const report = text(page('authors/report'));
    expect(report).toMatch(/weather-bot\/README\.md:7/);
    expect(report).toMatch(/walkthrough-disagrees/);
  });
});


describe('a folder write-up whose text explains too little', () => {
  it('walks its Dockerfile from the file, each step marked so, and reports no advice', () => {
    const tree = page('writeups/tips-only');
    const walkthrough = select('main section.walkthrough', tree);
    expect(walkthrough).toBeDefined();
    const heading = selectAll('main h2', tree).map((h) => text(h));
    // After the text, before the folder's files.
    expect(heading.slice(-2)).toEqual(['The Dockerfile, step by step', 'Files in this folder']);
    const steps = selectAll('li.wt-step', walkthrough);
    expect(steps.map((s) => [s.properties['id'], s.properties['dataSource']])).toEqual([
      ['step-pinned-base', 'dockerfile'], ['step-dependency-layer', 'dockerfile'],
      ['step-no-pip-cache', 'dockerfile'], ['step-exec-form', 'dockerfile'],
    ]);
    expect(text(steps[0])).toMatch(/Step 1 · Line 1 · from the Dockerfile/);
    expect(text(steps[0])).toMatch(/From the Dockerfile: the write-up does not explain this step/);
    // "Don't run your containers as root" is advice: not held against the file (no USER).
    expect(selectAll('main .wt-disagreement', tree)).toHaveLength(0);
    expect(output).not.toMatch(/tips-only\/DOCKER\.md:\d+: The write-up says/);
  });
});

describe('the paths a guide built from a folder outside the project shows', () => {
  // The old names were relative to the project: `../../../tmp/shipshape-submissions-…/…`.
  const folderName = () => basename(submissions);

  it('names files on pages relative to the folder of write-ups, never the builder\'s disk', () => {
    const files = selectAll('main .cohort-file', page('cohort')).map((f) => text(f));
    expect(files).toContain('app-python/DOCKER.md');
    expect(files).toContain('weather-bot/README.md');
    for (const file of files) expect(file).not.toMatch(/^\.\.\/|^\//);
    const report = selectAll('main code', page('authors/report')).map((c) => text(c));
    expect(report).toContain('weather-bot/README.md');
    const rule = text(page('rules/copy-ignored-file'));
    expect(rule).toContain('app-python/Dockerfile:11');
    const html = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html'));
    expect(html.length).toBeGreaterThan(10);
    for (const path of html) {
      const source = readFileSync(join(dir, 'dist', path), 'utf8');
      expect(source, path).not.toContain(folderName());
      expect(source, path).not.toContain(submissions);
    }
  });

  it('names them in its messages as they open from where the command ran', () => {
    // `shipshape build` ran in the system's temporary folder, which holds the submissions.
    const named = /(\S+\/app-python\/DOCKER\.md):1: taken as the write-up/.exec(output)?.[1];
    expect(named).toBe(`${folderName()}/app-python/DOCKER.md`);
    expect(existsSync(join(tmpdir(), named ?? ''))).toBe(true);
    expect(output).not.toMatch(new RegExp(`\\.\\./[^\\s]*${folderName()}`));
  });
});
