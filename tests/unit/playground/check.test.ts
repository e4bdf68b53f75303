/**
 * Tests for what the playground's worker answers (src/playground/check.ts) and the stage graph
 * (src/playground/stage-graph.ts): a finding carries the `--fix` edits of its rule, and applying
 * them is what `shipshape lint --fix` writes; stages, FROM a stage, COPY --from and mounts.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, splitLines, type TextEdit } from '../../../src/dockerfile/fixes/index.ts';
import { lintDockerfile } from '../../../src/dockerfile/browser.ts';
import { checkDockerfile, fixAll } from '../../../src/playground/check.ts';
import { STARTER_DOCKERFILE } from '../../../src/playground/starter.ts';

function apply(text: string, edits: readonly TextEdit[]): string {
  const { bodies, ends } = splitLines(text);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const body = bodies[edit.line - 1] ?? '';
    bodies[edit.line - 1] = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  }
  return bodies.map((body, i) => body + (ends[i] ?? '')).join('');
}

describe('checkDockerfile', () => {
  it('reports DL3007 on line 1 for FROM python:latest, with no fix', () => {
    const result = checkDockerfile('FROM python:latest\n');
    const dl3007 = result.findings.find((f) => f.rule === 'DL3007');
    expect(dl3007).toMatchObject({ line: 1, severity: 'warning', url: '/rules/dl3007/' });
    expect(dl3007?.fix).toBeUndefined();
  });

  it('gives a finding the edits of its fix: one DL3042 fixed as --fix would', () => {
    const text = 'FROM python:3.13-slim\nRUN pip install flask\nCMD ["flask", "run"]\n';
    const finding = checkDockerfile(text).findings.find((f) => f.rule === 'DL3042');
    expect(finding?.fix?.description).toBe('adds `--no-cache-dir` to `pip install`');
    const fixed = apply(text, finding?.fix?.edits ?? []);
    expect(fixed).toBe('FROM python:3.13-slim\nRUN pip install --no-cache-dir flask\n' +
      'CMD ["flask", "run"]\n');
    expect(checkDockerfile(fixed).findings.map((f) => f.rule)).not.toContain('DL3042');
  });

  it('fixes all as shipshape lint --fix does', () => {
    const expected = applyFixes(STARTER_DOCKERFILE, (t) => lintDockerfile(t));
    const fixed = fixAll(STARTER_DOCKERFILE);
    expect(fixed.applied).toBeGreaterThanOrEqual(2);
    expect(fixed.text).toBe(expected.text);
    expect(fixed.text).toContain('pip install --no-cache-dir');
    expect(fixed.text).toContain('CMD ["python", "-m", "flask"');
  });

  it('draws the starter: two stages, the second copying from the first', () => {
    const { graph } = checkDockerfile(STARTER_DOCKERFILE);
    expect(graph.stages.map((s) => [s.name, s.image, s.line])).toEqual([
      ['build', 'python:3.13-slim', 2], [undefined, 'python:latest', 7]]);
    expect(graph.edges).toEqual([{ from: { stage: 0 }, to: 1, kind: 'copy',
      what: '/install', line: 9 }]);
  });
});

describe('stage graph', () => {
  it('resolves names case aside and numbers, only to earlier stages; the rest are images', () => {
    const { graph } = checkDockerfile([
      'FROM golang:1.23 AS Build', 'RUN go build -o /out/app .',
      'FROM build AS test', 'RUN --mount=type=cache,target=/root/.cache,from=BUILD go test',
      'FROM alpine:3.20', 'COPY --from=0 /out/app /app',
      'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/',
      'COPY --from=later /x /x', 'CMD ["/app"]', '',
    ].join('\n'));
    expect(graph.stages.map((s) => s.baseStage)).toEqual([undefined, 0, undefined]);
    expect(graph.edges.map((e) => [e.from, e.to, e.kind, e.what])).toEqual([
      [{ stage: 0 }, 1, 'mount', '/root/.cache'],
      [{ stage: 0 }, 2, 'copy', '/out/app'],
      [{ image: 'nginx:1.27' }, 2, 'copy', '/etc/nginx/nginx.conf'],
      [{ image: 'later' }, 2, 'copy', '/x'],
    ]);
  });
});
