/**
 * Tests for the render stage, walkthroughs from prose: inferProseWalkthrough builds the
 * walkthrough into the tree (the whole file beside the write-up, or a block of it), shows each
 * claim the file does not bear out on its step, and reports it on the file at the claim's line;
 * through the guide's Markdown steps, the report reaches the page's diagnostics (the ingest
 * report's source) and the caution note reaches the HTML.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import {
  ingestRehypePlugins, ingestRemarkPlugins, rehypeCollectDiagnostics,
} from '../../../../src/ingest/index.ts';
import { frontmatterOf, type Diagnostic } from '../../../../src/shared/shipshape-frontmatter.ts';
import { inferProseWalkthrough } from '../../../../src/walkthrough/prose-walkthrough.ts';
import { remarkWalkthroughs } from '../../../../src/walkthrough/remark-walkthroughs.ts';
import { parseMarkdown, readCase } from './read-fixture.ts';

interface Props { className?: string[]; id?: string; dataLines?: string }

function propsOf(node: unknown): Props {
  return ((node as { data?: { hProperties?: Props } }).data?.hProperties) ?? {};
}

function find(tree: Root, className: string): RootContent[] {
  const found: RootContent[] = [];
  visit(tree, (node) => {
    if (propsOf(node).className?.includes(className)) found.push(node as RootContent);
  });
  return found;
}

describe('inferProseWalkthrough, a list of practices before any heading', () => {
  const c = readCase('list-before-any-heading');
  const file = new VFile({ path: 'content/writeups/tally/DOCKER.md', value: c.markdown });
  const steps = inferProseWalkthrough(c.tree, c.dockerfile, c.dockerignore, file,
    { path: 'Dockerfile' });

  it('makes each item a step, in the list\'s place; the lead\'s other prose stays', () => {
    expect(steps.map((s) => [s.title, s.lines])).toEqual([
      ['Pinned base image', [1]], ['Runs as a non-root user', [4, 11]],
      ['Dependencies before code', [6, 7]], ['.dockerignore', [9]],
    ]);
    const kinds = c.tree.children.map((n) => propsOf(n).className?.includes('walkthrough')
      ? 'walkthrough' : n.type);
    // Intro, walkthrough (where the list was), the build paragraph, the section after.
    expect(kinds).toEqual(['paragraph', 'walkthrough', 'paragraph', 'heading', 'paragraph']);
    expect(toString(c.tree.children[0]!)).toBe('The practices this image follows:');
    const ignore = steps[3]?.content.find((n): n is Code => n.type === 'code');
    expect(ignore?.meta).toBe('title=".dockerignore"');
  });
});

describe('inferProseWalkthrough, a section\'s list split into steps', () => {
  it('keeps each item in its step (the walkthrough goes in before the list it came from)', () => {
    const tree = parseMarkdown([
      '# Packaging the timer', '', '## What the image does', '',
      '- Runs as a separate user `timer`, so the process is not running as root.',
      '- Built from `python:3.12.4-slim`, a pinned tag, for rebuilds that agree.', '',
    ].join('\n'));
    const file = new VFile({ path: 'content/writeups/timer/DOCKER.md' });
    const steps = inferProseWalkthrough(tree, 'FROM python:3.12.4-slim\nRUN useradd timer\n' +
      'USER timer\nCMD ["python", "-m", "timer"]\n', undefined, file, { path: 'Dockerfile' });
    expect(steps.map((s) => s.id)).toEqual(['step-what-the-image-does',
      'step-what-the-image-does-2']);
    const texts = find(tree, 'wt-step').map((step) => toString(step));
    expect(texts[0]).toContain('separate user');
    expect(texts[1]).toContain('a pinned tag');
    // Not left behind outside the walkthrough either.
    expect(tree.children.filter((n) => n.type === 'list')).toEqual([]);
  });
});

describe('inferProseWalkthrough, a numbered list split into steps', () => {
  it('keeps every item\'s number, in its step and in what is left of the list', () => {
    const tree = parseMarkdown([
      '# Packaging the timer', '', '## How I built it', '',
      '1. Wrote the timer in Python.',
      '2. Runs as a separate user `timer`, so the process is not running as root.',
      '3. Tested it by hand.',
      '4. Built from `python:3.12.4-slim`, a pinned tag, for rebuilds that agree.',
      '5. Pushed it to the registry.', '',
    ].join('\n'));
    const file = new VFile({ path: 'content/writeups/timer/DOCKER.md' });
    const steps = inferProseWalkthrough(tree, 'FROM python:3.12.4-slim\nRUN useradd timer\n' +
      'USER timer\nCMD ["python", "-m", "timer"]\n', undefined, file, { path: 'Dockerfile' });
    expect(steps).toHaveLength(2);
    const starts = (nodes: readonly RootContent[]) => nodes.flatMap((n) => n.type === 'list'
      ? [[n.start, n.children.map((item) => toString(item).slice(0, 12))]] : []);
    // In the steps: "2." and "4.", not "1." and "1.".
    expect(steps.flatMap((step) => starts(step.content))).toEqual([
      [2, ['Runs as a se']], [4, ['Built from p']],
    ]);
    // Left in the page: 1, 3 and 5, each under its own number.
    expect(starts(tree.children)).toEqual([
      [1, ['Wrote the ti']], [3, ['Tested it by']], [5, ['Pushed it to']],
    ]);
  });
});

describe('inferProseWalkthrough, the Dockerfile beside the write-up', () => {
  const c = readCase('contradicts-its-file');
  const file = new VFile({ path: 'content/writeups/bot/README.md', value: c.markdown });
  const steps = inferProseWalkthrough(c.tree, c.dockerfile, c.dockerignore, file,
    { path: 'Dockerfile' });

  it('makes a step of each explaining section, in order', () => {
    expect(steps.map((s) => [s.id, s.lines])).toEqual([
      ['step-security', [1]], ['step-reproducible-base', [1]],
      ['step-small-final-image', [1]], ['step-clean-build-context', [3]],
    ]);
    expect(find(c.tree, 'wt-step').map((n) => propsOf(n).id)).toEqual(steps.map((s) => s.id));
  });

  it('puts the walkthrough where the first step was and names the file beside it', () => {
    const at = c.tree.children.findIndex((n) => propsOf(n).className?.includes('walkthrough'));
    expect(at).toBe(2);
    let whole: Code | undefined;
    visit(c.tree, 'code', (code: Code) => {
      if (/wt-whole/.test(code.meta ?? '')) whole = code;
    });
    expect(whole?.value).toBe(c.dockerfile.trimEnd());
    expect((whole?.data?.hProperties as { dataFile?: string } | undefined)?.dataFile)
      .toBe('Dockerfile');
  });

  it('shows each disagreement on its step', () => {
    expect(find(c.tree, 'wt-disagreement')).toHaveLength(4);
  });

  it('reports each to the author at the sentence, with the Dockerfile line', () => {
    expect(file.messages.map((m) => [m.line, m.ruleId, m.source])).toEqual([
      [7, 'walkthrough-disagrees', 'shipshape'], [11, 'walkthrough-disagrees', 'shipshape'],
      [15, 'walkthrough-disagrees', 'shipshape'], [19, 'walkthrough-disagrees', 'shipshape'],
    ]);
    expect(file.messages[0]?.reason).toMatch(
      /^The write-up says the image runs as a non-root user, but its Dockerfile does not bear/);
    expect(file.messages[0]?.reason).toContain('(Dockerfile:1)');
    expect(file.messages[1]?.reason).toContain('`python:latest` uses the `latest` tag');
    expect(file.messages[3]?.reason).toContain('no `.dockerignore` beside the Dockerfile');
  });
});

describe('inferProseWalkthrough, a claim against a practice', () => {
  const run = (name: string) => {
    const c = readCase(name);
    const file = new VFile({ path: 'content/writeups/quiz/README.md', value: c.markdown });
    inferProseWalkthrough(c.tree, c.dockerfile, c.dockerignore, file, { path: 'Dockerfile' });
    return { file, asides: find(c.tree, 'wt-disagreement').map((n) => toString(n)) };
  };

  it('is reported and shown on its step when the file pins the base the text says floats', () => {
    const { file, asides } = run('says-unpinned-file-pins');
    expect(file.messages.map((m) => [m.line, m.ruleId])).toEqual([[6, 'walkthrough-disagrees']]);
    expect(file.messages[0]?.reason).toBe('The write-up says the base image is not pinned (it ' +
      'uses a floating tag such as `latest`), but its Dockerfile does not bear this out ' +
      '(Dockerfile:1): `python:3.12-slim` is pinned by a versioned tag.');
    expect(asides).toHaveLength(1);
    expect(asides[0]).toContain('(line 1)');
  });

  it('agrees with a file that floats: nothing to report', () => {
    const { file, asides } = run('says-unpinned-file-floats');
    expect(file.messages).toEqual([]);
    expect(asides).toEqual([]);
  });
});

describe('inferProseWalkthrough, a .dockerignore beside the Dockerfile', () => {
  it('is shown in the step that explains it, titled with its name', () => {
    const c = readCase('bullets-beside-file');
    const steps = inferProseWalkthrough(c.tree, c.dockerfile, c.dockerignore, new VFile(),
      { path: 'Dockerfile' });
    const shown = steps.map((s) => s.content.filter((n): n is Code => n.type === 'code' &&
      n.meta === 'title=".dockerignore"').map((n) => n.value));
    expect(shown).toEqual([[], [], [], [c.dockerignore?.trimEnd()]]);
    expect(steps[3]?.lines).toEqual([9]);
  });
});

describe('inferProseWalkthrough, the Dockerfile in a block', () => {
  it('takes the block\'s place and keeps its position', () => {
    const c = readCase('whole-file-in-a-block');
    const file = new VFile({ value: c.markdown });
    const position = c.block?.position;
    const steps = inferProseWalkthrough(c.tree, c.dockerfile, undefined, file, { block: c.block });
    expect(steps).toHaveLength(4);
    expect(file.messages).toEqual([]);
    let whole: Code | undefined;
    visit(c.tree, 'code', (code: Code) => {
      if (/wt-whole/.test(code.meta ?? '')) whole = code;
    });
    expect(whole?.position).toEqual(position);
    expect(c.tree.children.includes(c.block as RootContent)).toBe(false);
    // "## Choices" had only the sections that became steps: it does not stay behind, empty.
    expect(c.tree.children.filter((n) => n.type === 'heading').map((n) => toString(n)))
      .toEqual(['Containerizing the quotes API', 'The Dockerfile']);
  });

  it('titles item steps one level below the heading the walkthrough goes under', () => {
    const markdown = ['# Timer', '', '#### Hardening', '',
      '- Created a dedicated user `timer`, so nothing runs as root.',
      '- The base `python:3.13-alpine3.21` is pinned to its releases.', '',
      '## The Dockerfile', '', '```dockerfile', 'FROM python:3.13-alpine3.21',
      'RUN adduser -D timer', 'USER timer', 'CMD ["python", "t.py"]', '```', ''].join('\n');
    const tree = parseMarkdown(markdown);
    let block: Code | undefined;
    visit(tree, 'code', (code: Code) => {
      block = code;
    });
    const steps = inferProseWalkthrough(tree, block?.value ?? '', undefined, new VFile(),
      { block });
    expect(steps.map((s) => s.title)).toEqual(['Runs as a non-root user', 'Pinned base image']);
    const titles: Array<[number, string]> = [];
    for (const item of find(tree, 'wt-step')) {
      visit(item, 'heading', (h: Heading) => {
        titles.push([h.depth, toString(h)]);
      });
    }
    expect(titles).toEqual([[3, 'Runs as a non-root user'], [3, 'Pinned base image']]);
  });

  it('builds nothing and reports nothing when the prose claims too little', () => {
    const c = readCase('too-little-to-walk');
    const file = new VFile({ value: c.markdown });
    const before = structuredClone(c.tree);
    expect(inferProseWalkthrough(c.tree, c.dockerfile, undefined, file)).toEqual([]);
    expect(c.tree).toEqual(before);
    expect(file.messages).toEqual([]);
  });
});

describe('inferProseWalkthrough, a folder whose text explains too little', () => {
  const toHtml = (tree: Root) => fromHtml(String(unified().use(remarkRehype)
    .use(rehypeStringify).stringify(unified().use(remarkRehype).runSync(tree))),
  { fragment: true });

  it('walks the folder\'s Dockerfile from the file alone, marked so, after the text', () => {
    const c = readCase('advice-list-beside-file');
    const file = new VFile({ path: 'submissions/ana/DOCKER.md', value: c.markdown });
    const steps = inferProseWalkthrough(c.tree, c.dockerfile, undefined, file,
      { path: 'Dockerfile' });
    expect(steps.map((s) => [s.id, s.source])).toEqual([
      ['step-pinned-base', 'dockerfile'], ['step-dependency-layer', 'dockerfile'],
      ['step-no-pip-cache', 'dockerfile'], ['step-exec-form', 'dockerfile'],
    ]);
    // Advice is not checked against the file: nothing to report.
    expect(file.messages).toEqual([]);
    const [heading, walkthrough] = c.tree.children.slice(-2);
    expect(heading?.type === 'heading' && toString(heading)).toBe('The Dockerfile, step by step');
    expect(propsOf(walkthrough).className).toContain('walkthrough');
    // The advice list stays where the author put it.
    expect(toString(c.tree)).toContain('Don\'t run your containers as root.');
    const page = toHtml(c.tree);
    const items = selectAll('li.wt-step', page);
    expect(items.map((li) => li.properties['dataSource'])).toEqual(Array(4).fill('dockerfile'));
    expect(hastToString(selectAll('.wt-step-lines', page)[0]!))
      .toBe('Step 1 · Line 1 · from the Dockerfile');
    expect(hastToString(selectAll('.wt-from-file', page)[0]!)).toMatch(
      /^From the Dockerfile: the write-up does not explain this step; the file shows it\. /);
    expect(hastToString(selectAll('.wt-caption', page)[0]!)).toContain('read from the file');
  });

  it('keeps the one step the text gives, where it was, and adds the file\'s after it', () => {
    const c = readCase('one-practice-and-the-file');
    const file = new VFile({ path: 'submissions/bo/DOCKER.md', value: c.markdown });
    const steps = inferProseWalkthrough(c.tree, c.dockerfile, c.dockerignore, file,
      { path: 'Dockerfile' });
    expect(steps.map((s) => [s.id, s.source ?? 'text'])).toEqual([
      ['step-security', 'text'], ['step-pinned-base', 'dockerfile'],
      ['step-dependency-layer', 'dockerfile'], ['step-no-pip-cache', 'dockerfile'],
      ['step-dockerignore', 'dockerfile'], ['step-exec-form', 'dockerfile'],
    ]);
    // Where the Security section was: under the title, before "Running".
    expect(c.tree.children.map((n) => propsOf(n).className?.[0] ?? n.type))
      .toEqual(['heading', 'walkthrough', 'heading', 'paragraph']);
    const ignore = steps[4]?.content.find((n): n is Code => n.type === 'code');
    expect(ignore?.meta).toBe('title=".dockerignore"');
    const page = toHtml(c.tree);
    expect(hastToString(selectAll('.wt-caption', page)[0]!))
      .toContain('in 6 steps (5 read from the file, which the write-up does not explain)');
  });
});

describe('through the guide\'s Markdown steps', async () => {
  const c = readCase('block-contradicts');
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  for (const plugin of ingestRemarkPlugins) processor.use(plugin);
  processor.use(remarkWalkthroughs).use(remarkRehype, { allowDangerousHtml: true });
  for (const plugin of ingestRehypePlugins) processor.use(plugin);
  processor.use(rehypeCollectDiagnostics).use(rehypeStringify);
  const file = new VFile({ value: c.markdown, path: 'content/writeups/shortener.md',
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0 } } } } });
  const html = String(await processor.process(file));
  const shipshape = frontmatterOf(file.data)['shipshape'] as { diagnostics: Diagnostic[] };

  it('hands both disagreements to the page\'s diagnostics, as warnings at their lines', () => {
    expect(shipshape.diagnostics.filter((d) => d.ruleId === 'walkthrough-disagrees')
      .map((d) => [d.line, d.severity])).toEqual([[7, 'warning'], [16, 'warning']]);
  });

  it('renders three steps and two caution notes, code as code', () => {
    const page = fromHtml(html, { fragment: true });
    expect(selectAll('li.wt-step', page)).toHaveLength(3);
    const notes = selectAll('li.wt-step .wt-disagreement[role="note"]', page);
    expect(notes).toHaveLength(2);
    expect(notes[0]?.properties['className']).toContain('starlight-aside--caution');
    expect(selectAll('code', notes[0]!).map((c) => hastToString(c))).toContain('python:slim');
    expect(html).not.toContain('`python:slim`');
  });
});

describe('a snippet walkthrough, and a practice explained in prose only', async () => {
  const markdown = [
    '# Packaging the clock', '',
    // An introduction that names the files, before any section: not a step.
    'Its folder holds the `Dockerfile`, a `.dockerignore` and the app itself.', '',
    '## A user of its own', '',
    'The server runs as `clock`, a separate user, so it is not running as root:', '',
    '```dockerfile', 'RUN useradd --system clock', 'USER clock', '```', '',
    '## Dependencies first', '',
    'Copied `requirements.txt` first, so the dependency layer stays cached:', '',
    '```dockerfile', 'COPY requirements.txt .',
    'RUN pip install --no-cache-dir -r requirements.txt', '```', '',
    '## Keeping the context small', '',
    'A `.dockerignore` leaves `.git`, `venv/` and the tests out of the build context.', '',
    '## The whole file', '',
    '```dockerfile', 'FROM python:3.12.4-slim', 'WORKDIR /srv', 'RUN useradd --system clock',
    'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt',
    'COPY . .', 'USER clock', 'CMD ["python", "-m", "clock"]', '```', '',
    '```text title=".dockerignore"', '.git', 'venv/', 'tests/', '```', '',
  ].join('\n');
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  for (const plugin of ingestRemarkPlugins) processor.use(plugin);
  processor.use(remarkWalkthroughs).use(remarkRehype, { allowDangerousHtml: true });
  for (const plugin of ingestRehypePlugins) processor.use(plugin);
  processor.use(rehypeCollectDiagnostics).use(rehypeStringify);
  const file = new VFile({ value: markdown, path: 'content/writeups/clock.md',
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0 } } } } });
  const page = fromHtml(String(await processor.process(file)), { fragment: true });

  it('gets a step for the .dockerignore too, in document order, on the line it concerns', () => {
    const steps = selectAll('li.wt-step', page);
    expect(steps.map((s) => [s.properties['id'], s.properties['dataLines']])).toEqual([
      ['step-a-user-of-its-own', '3,7'], ['step-dependencies-first', '4,5'],
      ['step-keeping-the-context-small', '6'],
    ]);
    expect(hastToString(steps[2]!)).toContain('leaves .git, venv/ and the tests out');
    // Its section moved into the walkthrough, as the snippet steps' did: not shown twice.
    const inSteps = new Set(steps.flatMap((s) => selectAll('h2', s)));
    expect(selectAll('h2', page).filter((h) => !inSteps.has(h)).map((h) => hastToString(h)))
      .toEqual(['The whole file']);
  });
});
