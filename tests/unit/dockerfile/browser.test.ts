/**
 * Tests for the Dockerfile engine's browser entry (browser.ts), which reports our own syntax
 * checks (parse/own-syntax.ts) instead of dockerfile-utils: on the rule examples and the syntax
 * corpus its findings equal the Node entry's (lint.ts); a syntax error our checks classify is
 * the one dockerfile-utils reports (same lines, same words, same order), and an instruction they
 * cannot classify carries UNCHECKED_MESSAGE over every line dockerfile-utils reports on. The
 * esbuild bundle of the entry runs in a `vm` context without Node's `Buffer` or `process`, and
 * holds the checks alone: no rule's words (title, description, rationale, examples, upstream
 * link), which only the rule pages and the CLI read (`rules/texts.ts`), within 60 KB gzipped.
 */
import { runInContext, createContext } from 'node:vm';
import { build } from 'esbuild';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { lintDockerfile as browserLint } from '../../../src/dockerfile/browser.ts';
import { lintDockerfile as nodeLint, type LintOptions } from '../../../src/dockerfile/lint.ts';
import type { SyntaxError } from '../../../src/dockerfile/model.ts';
import { buildModel } from '../../../src/dockerfile/parse/build-model.ts';
import { UNCHECKED_MESSAGE } from '../../../src/dockerfile/parse/own-syntax.ts';
import { parseDockerfile } from '../../../src/dockerfile/parse/parse-dockerfile.ts';
import type { Finding } from '../../../src/dockerfile/rule.ts';
import { describedRules } from '../../../src/dockerfile/rules/texts.ts';
import { LINES, MORE_LINES, mutations, tokenSoup, WHOLE_FILES } from './syntax-corpus.ts';
import {
  BUNDLE_GZIP_TARGET, bundleBrowserEntry,
} from '../../../scripts/bench/dockerfile-engine.ts';

type Located = Pick<SyntaxError, 'line' | 'endLine' | 'message'>;

/**
 * Our syntax findings against dockerfile-utils': outside the instructions we mark unchecked they
 * are the same list; inside, each classified one is also dockerfile-utils'.
 */
function expectSameSyntax(own: readonly Located[], node: readonly Located[], label: string) {
  const unchecked = own.filter((e) => e.message === UNCHECKED_MESSAGE);
  const covered = (e: Located) => unchecked.some((u) => u.line <= e.line && e.line <= u.endLine);
  const key = (e: Located) => `${e.line}-${e.endLine}: ${e.message}`;
  const classified = own.filter((e) => e.message !== UNCHECKED_MESSAGE);
  expect(classified.filter((e) => !covered(e)).map(key), label)
    .toEqual(node.filter((e) => !covered(e)).map(key));
  const pool = node.filter(covered).map(key);
  for (const e of classified.filter(covered)) {
    expect(pool, label).toContain(key(e));
    pool.splice(pool.indexOf(key(e)), 1);
  }
}

/** Whether dockerfile-utils itself fails on the text (the Node entry then reports nothing). */
function validateThrows(source: string): boolean {
  try {
    validate(source);
    return false;
  } catch {
    return true;
  }
}

function expectSameFindings(source: string, options: LintOptions = {}) {
  const node = nodeLint(source, options);
  const browser = browserLint(source, options);
  const label = JSON.stringify(source);
  const syntax = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'SS000');
  const rest = (findings: readonly Finding[]) => findings.filter((f) => f.rule !== 'SS000');
  expect(rest(browser.findings), label).toEqual(rest(node.findings));
  expect({ ...browser, findings: [], model: { ...browser.model, syntaxErrors: [] } }, label)
    .toEqual({ ...node, findings: [], model: { ...node.model, syntaxErrors: [] } });
  expectSameSyntax(syntax(browser.findings), syntax(node.findings), label);
  expectSameSyntax(browser.model.syntaxErrors, node.model.syntaxErrors, label);
}

describe('browser entry: the same findings as the Node entry', () => {
  it('on every rule example, as a file and as a snippet', () => {
    for (const rule of describedRules) {
      for (const source of [rule.examples.bad, rule.examples.good]) {
        expectSameFindings(source, { fragment: false, hasDockerignore: rule.id !== 'SS003' });
        expectSameFindings(source);
        // Examples are valid Dockerfiles apart from SS000's: nothing is left unchecked.
        expect(browserLint(source).model.syntaxErrors.map((e) => e.message))
          .not.toContain(UNCHECKED_MESSAGE);
      }
    }
  });

  it('on one line of each kind, alone and after a FROM', () => {
    for (const line of [...LINES, ...MORE_LINES]) {
      for (const source of [`${line}\n`, `FROM alpine\n${line}\n`, `FROM a AS x\n${line}\nCMD x`]) {
        expectSameFindings(source);
      }
    }
  });

  it('on whole-file problems: directives, FROM, stage names, ignore comments', () => {
    for (const source of WHOLE_FILES) {
      if (!validateThrows(source)) expectSameFindings(source, { fragment: false });
    }
  });

  it('on 3000 seeded mutations and 3000 random token files (syntax errors of the model)', () => {
    const sources = [...mutations([...LINES, ...MORE_LINES], 3000, 11), ...tokenSoup(3000, 5)];
    for (const source of sources) {
      // When dockerfile-utils fails (deep `${…}` lookups), the Node entry has no answer.
      if (validateThrows(source)) continue;
      expectSameSyntax(buildModel(source).syntaxErrors, parseDockerfile(source).syntaxErrors,
        JSON.stringify(source));
    }
  });
});

describe('browser entry: syntax findings', () => {
  const syntax = (source: string) => browserLint(source, { fragment: false }).findings
    .filter((f) => f.rule === 'SS000').map((f) => [f.line, f.endLine, f.message]);

  it("words what it recognises as dockerfile-utils does", () => {
    expect(syntax('FROM alpine\nCOPPY a b\nUSER\nCOPY --link=maybe a\nSHELL sh -c\n')).toEqual([
      [2, 2, 'Unknown instruction: COPPY'], [3, 3, 'Instruction has no arguments'],
      [4, 4, 'expecting boolean value for flag link, not: maybe'],
      [4, 4, 'COPY requires at least two arguments'],
      [5, 5, 'SHELL requires the arguments to be in JSON form'],
    ]);
    expect(syntax('# escape=x\nRUN x\nFROM a AS b\nFROM c AS B\n')).toEqual([
      [1, 1, "invalid ESCAPE 'x'. Must be ` or \\"],
      [2, 2, 'No source image provided with `FROM`'],
    ]);
  });

  it('says plainly when it cannot classify a line, and stays quiet on valid ones', () => {
    expect(syntax('FROM a\nEXPOSE $PORT\nHEALTHCHECK --interval=1m30s CMD x\nRUN x\n')).toEqual([
      [3, 3, UNCHECKED_MESSAGE],
    ]);
    expect(syntax('FROM a\nCOPY ["a", "b", "c/"]\nONBUILD COPY . /app\nENV A=1 \\\n  B=2\n'))
      .toEqual([]);
  });
});

describe('browser bundle', () => {
  it('runs without Buffer or process, and lints', async () => {
    const bundle = await build({
      entryPoints: [new URL('../../../src/dockerfile/browser.ts', import.meta.url).pathname],
      bundle: true, minify: true, format: 'iife', globalName: 'engine', platform: 'browser',
      write: false, logLevel: 'error', metafile: true,
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    const packages = Object.keys(bundle.metafile.inputs)
      .map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1])
      .filter((name) => name !== undefined);
    // The engine is our own code alone: its bash reader replaced unbash (shell-commands.ts).
    expect(packages).toEqual([]);
    // ShellCheck runs a program: Node only, never in the bundle.
    expect(Object.keys(bundle.metafile.inputs).filter((path) => path.includes('/shellcheck/')))
      .toEqual([]);
    expect(/\bBuffer\b/.exec(code)?.[0], 'a reference to Buffer').toBeUndefined();
    // A bare context, plus the one Web API the bundle uses (to decode `$'\xNN'` bytes).
    const context = createContext({ TextDecoder });
    expect(runInContext('typeof Buffer + typeof process + typeof require', context))
      .toBe('undefinedundefinedundefined');
    runInContext(code, context);
    const sample = 'FROM python:3.13\nCOPPY app.py /app/\nRUN <<EOF\npip install flask\nEOF\n' +
      'CMD python app.py\n';
    const findings = JSON.parse(runInContext(
      `JSON.stringify(engine.lintDockerfile(${JSON.stringify(sample)}).findings)`, context,
    )) as Finding[];
    expect(findings.map((f) => f.rule))
      .toEqual(expect.arrayContaining(['SS000', 'DL3013', 'DL3025']));
    expect(findings.find((f) => f.rule === 'SS000')?.message).toBe('Unknown instruction: COPPY');
    expect(findings).toEqual(nodeLint(sample).findings);
  });

  it('holds the checks without the rules\' words', async () => {
    const bundle = await build({
      entryPoints: [new URL('../../../src/dockerfile/browser.ts', import.meta.url).pathname],
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false,
      logLevel: 'error',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    // Every check is in (its id is the finding's `rule`)…
    for (const rule of describedRules) expect(code, rule.id).toContain(`"${rule.id}"`);
    // …and none of the words. A text counts as in the bundle when each of its runs without
    // quotes, backslashes, newlines or `$` (which any quoting the minifier picks leaves as they
    // are) is in it: a prose text is one such run, an example several.
    const inBundle = (text: string) => (text.match(/[^"'`\\\n$]{8,}/g) ?? [])
      .every((run) => code.includes(run));
    // Titles are left out: several are the words BuildKit's message starts with.
    const texts = describedRules.flatMap((rule) => [rule.description, rule.rationale,
      rule.examples.bad, rule.examples.good, rule.upstreamUrl ?? '']
      .filter((text) => text.length >= 20).map((text) => ({ id: rule.id, text })));
    expect(texts.length).toBeGreaterThan(3 * describedRules.length);
    expect(texts.filter(({ text }) => inBundle(text))).toEqual([]);
  });

  it('is within its 60 KB gzipped, measured as `npm run bench` measures it', async () => {
    const entry = new URL('../../../src/dockerfile/browser.ts', import.meta.url).pathname;
    const { gzipBytes, inputs } = await bundleBrowserEntry(entry);
    // 65,457 B with unbash (27 KB of it); 40,949 B with our own bash reader.
    expect(gzipBytes).toBeLessThan(BUNDLE_GZIP_TARGET);
    expect(inputs.map((input) => input.path)).toContain('src/dockerfile/parse/shell-commands.ts');
  });
});
