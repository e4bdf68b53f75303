/**
 * `--fix`'s engine (`src/dockerfile/fixes/`), one fixture folder per case in
 * `tests/fixtures/fixes/`: `Dockerfile` in, `fixed.Dockerfile` expected, `rules.txt` the rules
 * the fix answers. For every case: the exact fixed text; the fixed rules silent afterwards;
 * dockerfile-utils finds no syntax error it did not find before; every line changed is a line
 * a fixed finding pointed at, all others byte-identical; a second run changes nothing. And
 * each fixable rule's own bad example (the one its page shows) comes out clean; mutated and
 * random files (the syntax corpus') neither crash the fixes nor come out worse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { allFixes, applyFixes, fixFor, splitLines } from '../../../src/dockerfile/fixes/index.ts';
import { lintDockerfile } from '../../../src/dockerfile/lint.ts';
import { describedRules } from '../../../src/dockerfile/rules/texts.ts';
import { LINES, mutations, tokenSoup } from './syntax-corpus.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/fixes');
const lint = (text: string) => lintDockerfile(text, { fragment: false, hasDockerignore: true });
/** Lines each fix answers, mutated with the syntax corpus' lines below. */
const FIX_LINES = ['from a as b', 'FROM a as b', 'MAINTAINER Jane <j@x>', 'ENV A b c',
  'LABEL a b', 'CMD python app.py', 'ENTRYPOINT /x y', 'RUN pip install x && apk add y',
  'RUN pip3 install \\\n  --user x', 'run apk --update add z', 'RUN python -m pip install q'];
const syntaxErrors = (text: string) => validate(text).filter((d) => d.severity === 1).length;

function firing(text: string, rules: readonly string[]) {
  return lint(text).findings.filter((f) => rules.includes(f.rule));
}

describe('--fix on fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
      const input = read('Dockerfile');
      const rules = read('rules.txt').split('\n').filter((line) => line !== '');
      const result = applyFixes(input, lint);
      expect(result.refused).toBeUndefined();
      expect(result.text).toBe(read('fixed.Dockerfile'));
      expect(firing(result.text, rules)).toEqual([]);
      expect(syntaxErrors(result.text)).toBeLessThanOrEqual(syntaxErrors(input));
      // Only lines a fixable finding pointed at may change; the rest stay as written.
      const fixable = new Set(lint(input).findings
        .filter((f) => fixFor(f.rule) !== undefined)
        .flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, i) => f.line + i)));
      const before = splitLines(input);
      const after = splitLines(result.text);
      expect(after.ends).toEqual(before.ends);
      before.bodies.forEach((body, i) => {
        if (!fixable.has(i + 1)) expect(after.bodies[i], `line ${i + 1}`).toBe(body);
      });
      expect(applyFixes(result.text, lint).text).toBe(result.text);
      if (rules.length === 0) expect(result.applied).toEqual([]);
    });
  }
});

describe('fixable rules', () => {
  const fixable = describedRules.filter((rule) => fixFor(rule.id) !== undefined);

  it('are the rules the fixes name', () => {
    expect(fixable.map((rule) => rule.id).sort())
      .toEqual(allFixes.flatMap((fix) => fix.rules).sort());
  });

  for (const rule of fixable) {
    it(`${rule.id}: its bad example comes out without the finding, still valid`, () => {
      const result = applyFixes(rule.examples.bad, lint);
      expect(result.applied.length).toBeGreaterThan(0);
      expect(firing(result.text, [rule.id])).toEqual([]);
      expect(syntaxErrors(result.text)).toBeLessThanOrEqual(syntaxErrors(rule.examples.bad));
    });
  }
});

describe('--fix on mutated and random Dockerfiles', () => {
  it('never throws, never changes the line count, never adds a syntax error', () => {
    const inputs = [...mutations([...LINES, ...FIX_LINES], 400, 11), ...tokenSoup(100, 5)];
    for (const input of inputs) {
      const result = applyFixes(input, lint);
      expect(splitLines(result.text).ends, JSON.stringify(input))
        .toEqual(splitLines(input).ends);
      expect(syntaxErrors(result.text), JSON.stringify(input))
        .toBeLessThanOrEqual(syntaxErrors(input));
    }
  }, 120_000);
});
