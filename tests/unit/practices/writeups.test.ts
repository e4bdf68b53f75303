/**
 * The practices matrix on the real write-ups (content/writeups/), rendered through the guide's
 * Markdown steps: each is judged on its final Dockerfile, or its snippets, never on a bad or
 * "before" example, and every verdict names the line of the write-up it was decided on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderWriteup, type RenderedWriteup } from './render-writeup.ts';

function verdicts(rendered: RenderedWriteup): Record<string, [string, number | undefined]> {
  return Object.fromEntries([...rendered.verdicts].map(([id, r]) =>
    [id, [r.verdict, r.evidence?.line]]));
}

describe('the vote service write-up', async () => {
  const vote = await renderWriteup('containerizing-the-vote-service');

  it('is judged on the final Dockerfile its walkthrough explains, not the naive one', () => {
    expect(vote.evidence.blocks.map((b) => [b.line, b.role])).toEqual([
      [9, 'example'],
      [156, 'final'],
    ]);
    expect(vote.evidence.blocks[0]?.reason).toContain('typical route first');
    expect(vote.evidence.blocks[1]?.reason).toBe('the Dockerfile its walkthrough explains');
  });

  it('meets the three practices its naive first file misses, on lines of the final file', () => {
    // Lines of content/writeups/containerizing-the-vote-service.md.
    expect(verdicts(vote)).toEqual({
      'pinned-base': ['yes', 157],
      'non-root': ['yes', 176],
      'dependency-layer': ['yes', 172],
      'no-pip-cache': ['yes', 172],
      dockerignore: ['unknown', undefined],
      'multi-stage': ['no', 157],
      healthcheck: ['no', 157],
      'exec-form': ['yes', 178],
    });
    expect(vote.verdicts.get('pinned-base')?.note).toContain('`python:3.13.3-alpine`');
    // The finding says line 2 of its block; the matrix names the write-up's line.
    expect(vote.verdicts.get('healthcheck')?.note)
      .toMatch(/^The final stage `FROM python:\$\{PYTHON_VERSION\}-alpine` \(line 157\) has no/);
  });

  it('judges a Node install as a pip one: package*.json, npm ci, then the source', async () => {
    const node = await renderMarkdown([
      '# Quotes', '', '```dockerfile', 'FROM node:22-alpine3.20', 'WORKDIR /app',
      'COPY package*.json ./', 'RUN npm ci --omit=dev', 'COPY . .', 'USER node',
      'CMD ["node", "server.js"]', '```', '',
    ].join('\n'), 'node.md');
    expect(verdicts(node)['dependency-layer']).toEqual(['yes', 7]);
    expect(node.verdicts.get('dependency-layer')?.note)
      .toBe('Dependencies are installed before the source is copied.');
  });

  it('would fail them on the naive file alone, where `python:alpine` is not pinned', async () => {
    const naive = await renderMarkdown([
      '# Vote', '', '```dockerfile', 'FROM python:alpine', 'COPY . /app', 'WORKDIR /app',
      'RUN pip install -r requirements.txt', 'CMD ["python", "app.py"]', '```', '',
    ].join('\n'), 'naive.md');
    expect(verdicts(naive)).toMatchObject({
      'pinned-base': ['no', 4],
      'non-root': ['no', 4],
      'dependency-layer': ['no', 7],
      'no-pip-cache': ['no', 7],
    });
    expect(naive.verdicts.get('dependency-layer')?.note)
      .toContain('`pip install` (line 7) runs after `COPY . /app` (line 5)');
    expect(naive.verdicts.get('pinned-base')?.note)
      .toBe('`python:alpine` has a tag without a version number, which moves like `latest` does.');
  });
});

describe('a Python tag with only the major version', () => {
  it('is partly pinned, as lesson 2 teaches: the matrix says no, and why', async () => {
    const judged = await renderMarkdown([
      '# Clock', '', '```dockerfile', 'FROM python:3-slim', 'WORKDIR /app',
      'COPY . .', 'CMD ["python", "clock.py"]', '```', '',
    ].join('\n'), 'clock.md');
    expect(verdicts(judged)['pinned-base']).toEqual(['no', 4]);
    expect(judged.verdicts.get('pinned-base')?.note).toBe('`python:3-slim` is only partly ' +
      'pinned: a major-version tag moves to every new Python 3 release (lesson 2, "Choosing ' +
      'and pinning a base image"), though hadolint\'s DL3006 and DL3007 accept it.');
  });
});

describe('Lab 02', async () => {
  const lab = await renderWriteup('lab-02-docker-containerization');

  it('sets its "Bad Example:" block aside and judges the other snippets', () => {
    const bad = lab.evidence.blocks.find((b) => b.line === 362);
    expect(bad).toMatchObject({ role: 'example', reason: 'introduced as “Bad Example:”' });
    const others = lab.evidence.blocks.filter((b) => b.line !== 362);
    expect(others.length).toBe(11);
    expect(others.every((b) => b.role === 'evidence')).toBe(true);
  });

  it('meets layer order and no pip cache on its own snippet, not ✗ from the bad example', () => {
    expect(verdicts(lab)).toEqual({
      'pinned-base': ['yes', 62],
      'non-root': ['yes', 18],
      'dependency-layer': ['yes', 49],
      'no-pip-cache': ['yes', 49],
      dockerignore: ['yes', 102],
      'multi-stage': ['yes', 34],
      healthcheck: ['yes', 131],
      'exec-form': ['unknown', undefined],
    });
  });

  it('counts the .dockerignore it shows, not the build-context listings "With/Without" one', () => {
    expect(lab.evidence.dockerignores).toEqual([{
      line: 102,
      section: { id: '1-7-dockerignore-file', title: '1.7 .dockerignore File' },
      excludes: ['__pycache__', '*.pyc', 'venv/', '.git', 'docs/'],
      how: 'under a heading naming the `.dockerignore`',
    }]);
    expect(lab.verdicts.get('dockerignore')?.note).toBe('The `.dockerignore` shown excludes ' +
      '`__pycache__`, `*.pyc`, `venv/`, `.git`, `docs/`; it leaves in `.env`.');
  });
});

describe('the other write-ups', () => {
  it('Flask: the .dockerignore it introduces (fenced as dockerfile) counts', async () => {
    const flask = await renderWriteup('dockerization-of-flask-application');
    expect(flask.evidence.dockerignores.map((d) => [d.line, d.how, d.excludes.length]))
      .toEqual([[34, 'introduced as the `.dockerignore`', 6]]);
    expect(verdicts(flask)).toEqual({
      'pinned-base': ['unknown', undefined],
      'non-root': ['yes', 16],
      'dependency-layer': ['yes', 29],
      'no-pip-cache': ['yes', 29],
      dockerignore: ['yes', 34],
      'multi-stage': ['unknown', undefined],
      healthcheck: ['unknown', undefined],
      'exec-form': ['unknown', undefined],
    });
  });

  it('Docker Implementation Details: names a .dockerignore it does not show: unknown', async () => {
    const details = await renderWriteup('docker-implementation-details');
    expect(details.evidence.dockerignores).toEqual([]);
    const result = details.verdicts.get('dockerignore');
    expect(result?.verdict).toBe('unknown');
    expect(result?.note).toContain('(line 21) but does not show it');
  });

  it('Containerization details: shows no Dockerfile, so every cell is unknown', async () => {
    const details = await renderWriteup('containerization-details');
    expect(new Set([...details.verdicts.values()].map((r) => r.verdict))).toEqual(
      new Set(['unknown']));
  });
});

describe('a write-up whose walkthrough shows the Dockerfile beside it', () => {
  it('is judged on that file, with that file\'s lines', async () => {
    const path = join(import.meta.dirname, '../../fixtures/practices/folder-writeup/writeup.md');
    const folder = await renderMarkdown(readFileSync(path, 'utf8'), path);
    expect(folder.evidence.blocks.map((b) => [b.line, b.file, b.role])).toEqual([
      [8, undefined, 'example'],
      [1, 'Dockerfile', 'final'],
    ]);
    const results = [...folder.verdicts].map(([id, r]) =>
      [id, r.verdict, r.evidence?.file, r.evidence?.line]);
    expect(results.slice(0, 4)).toEqual([
      ['pinned-base', 'yes', 'Dockerfile', 1],
      ['non-root', 'yes', 'Dockerfile', 6],
      ['dependency-layer', 'yes', 'Dockerfile', 4],
      ['no-pip-cache', 'yes', 'Dockerfile', 4],
    ]);
  });
});
