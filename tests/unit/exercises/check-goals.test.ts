/**
 * The exercise goal checker on realistic Dockerfiles: each kind of goal (a rule that must not
 * fire, a practice that must hold, an instruction that must be present) reported open on the
 * flawed file and met on the fixed one, with the sentence that says why.
 */
import { describe, expect, it } from 'vitest';
import { checkGoals, GOAL_PRACTICES } from '../../../src/exercises/check-goals.ts';
import type { Goal } from '../../../src/exercises/exercise-schema.ts';

const FLAWED = `FROM python:latest
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
EXPOSE 5000
CMD python app.py
`;

const FIXED = `FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /install /usr/local
RUN useradd --create-home app
COPY --chown=app:app . .
USER app
EXPOSE 5000
HEALTHCHECK --interval=30s CMD python -c \\
  "import urllib.request as u; u.urlopen('http://localhost:5000/')"
CMD ["python", "app.py"]
`;

const rule = (id: string): Goal => ({ kind: 'rule', rule: id, label: id });
const practice = (id: string): Goal => ({ kind: 'practice', practice: id, label: id });
const instruction = (keyword: string): Goal =>
  ({ kind: 'instruction', instruction: keyword, label: keyword });

const ALL: Goal[] = [
  rule('DL3007'), rule('DL3042'), rule('SS002'),
  ...GOAL_PRACTICES.map((p) => practice(p.id)),
  instruction('HEALTHCHECK'), instruction('user'),
];

describe('checkGoals', () => {
  it('leaves every goal open on a flawed first Dockerfile, saying why', () => {
    const states = checkGoals(FLAWED, ALL);
    expect(states.filter((s) => s.met).map((s) => s.goal)).toEqual([]);
    const note = (goal: Goal) => states[ALL.indexOf(goal)]?.note;
    expect(note(ALL[0]!)).toMatch(/^`DL3007` fires on line 1: /);
    expect(note(ALL[1]!)).toMatch(/^`DL3042` fires on line 4: /);
    expect(states.find((s) => s.goal.label === 'non-root')?.note).toMatch(/root/i);
    expect(states.find((s) => s.goal.label === 'HEALTHCHECK')?.note)
      .toBe('The file has no `HEALTHCHECK` instruction.');
  });

  it('meets every goal on the fixed Dockerfile', () => {
    const states = checkGoals(FIXED, ALL);
    expect(states.filter((s) => !s.met).map((s) => `${s.goal.label}: ${s.note}`)).toEqual([]);
    expect(states.find((s) => s.goal.label === 'DL3042')?.note).toBe('`DL3042` does not fire.');
    expect(states.find((s) => s.goal.label === 'user')?.note).toBe('`USER` is on line 11.');
    expect(states.find((s) => s.goal.label === 'non-root')?.note)
      .toBe('Switches to user `app`.');
  });

  it('judges each practice as the practices matrix does, one change at a time', () => {
    const cases: Array<[string, string, string]> = [
      ['pinned-base', 'FROM python:latest', 'FROM python:3.12-slim'],
      ['non-root', 'USER root', 'USER app'],
      ['exec-form', 'CMD python app.py', 'CMD ["python", "app.py"]'],
      ['no-pip-cache', 'RUN pip install -r requirements.txt',
        'RUN pip install --no-cache-dir -r requirements.txt'],
    ];
    const base = (line: string) =>
      `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n` +
      `RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER app\n` +
      `HEALTHCHECK CMD true\nCMD ["python", "app.py"]\n${line}\n`;
    for (const [id, open, met] of cases) {
      const replace = (line: string) => id === 'pinned-base' ? base('').replace(
        'FROM python:3.12-slim', line) : base(line);
      expect(checkGoals(replace(open), [practice(id)])[0]?.met, `${id} open`).toBe(false);
      expect(checkGoals(replace(met), [practice(id)])[0]?.met, `${id} met`).toBe(true);
    }
  });

  it('tells a dependency layer first from code copied before the install', () => {
    const goal = practice('dependency-layer');
    expect(checkGoals(FLAWED, [goal])[0]).toMatchObject({ met: false });
    const ordered = FLAWED.replace('COPY . .\nRUN pip install -r requirements.txt',
      'COPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .');
    expect(checkGoals(ordered, [goal])[0]).toMatchObject({ met: true,
      note: 'Dependencies are installed before the source is copied.' });
  });

  it('tells a multi-stage build and a health check from their absence', () => {
    const goals = [practice('multi-stage'), practice('healthcheck')];
    expect(checkGoals(FLAWED, goals).map((s) => s.met)).toEqual([false, false]);
    expect(checkGoals(FIXED, goals).map((s) => s.met)).toEqual([true, true]);
    const none = FIXED.replace(/^HEALTHCHECK .*$/m, 'HEALTHCHECK NONE');
    expect(checkGoals(none, [practice('healthcheck')])[0]?.met).toBe(false);
  });

  it('keeps the .dockerignore practice out of goals: a Dockerfile alone cannot show it', () => {
    expect(GOAL_PRACTICES.map((p) => p.id)).not.toContain('dockerignore');
    expect(GOAL_PRACTICES.map((p) => p.id)).toEqual(expect.arrayContaining(
      ['pinned-base', 'non-root', 'dependency-layer', 'multi-stage', 'healthcheck']));
  });

  it('reads the file as a whole Dockerfile even before it has a CMD', () => {
    // As a snippet, SS004 (no HEALTHCHECK, a whole-file rule) would never fire.
    const states = checkGoals('FROM python:3.12-slim\nRUN pip install flask\n', [rule('SS004')]);
    expect(states[0]?.met).toBe(false);
  });
});
