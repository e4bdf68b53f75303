/**
 * The Dockerfile engine as a whole: the rule index lists every rule file, every rule is fully
 * described and its examples behave, findings from two rule sets merge, snippets are fragments.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleLintOptions } from '../../../src/dockerfile/rule-examples.ts';
import { isFragment, lintDockerfile, summarize } from '../../../src/dockerfile/lint.ts';
import { parseDockerfile } from '../../../src/dockerfile/parse/parse-dockerfile.ts';
import { allRules } from '../../../src/dockerfile/rules/index.ts';
import { describedRules } from '../../../src/dockerfile/rules/texts.ts';
import { renderIndex, renderTexts, ruleFiles } from '../../../scripts/generate-rule-index.ts';
import { readFileSync } from 'node:fs';

const rulesDir = join(import.meta.dirname, '../../../src/dockerfile/rules');

describe('rule index', () => {
  it('lists every rule file (run `npm run rules:index` after adding one)', () => {
    expect(readFileSync(join(rulesDir, 'index.ts'), 'utf8')).toBe(renderIndex(ruleFiles()));
    expect(readFileSync(join(rulesDir, 'texts.ts'), 'utf8')).toBe(renderTexts(ruleFiles()));
    const generated = ['index.ts', 'texts.ts'];
    expect(allRules).toHaveLength(readdirSync(rulesDir).filter((f) => !generated.includes(f))
      .length);
    expect(describedRules.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.id));
  });

  it('has unique ids and a complete description for every rule', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of describedRules) {
      expect(rule.title.length, rule.id).toBeGreaterThan(3);
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(20);
      for (const other of rule.sameAs) expect(ids, `${rule.id} sameAs ${other}`).toContain(other);
    }
  });

  it('has the rules the guide promises', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const promised = ['DL3000', 'DL3002', 'DL3003', 'DL3004', 'DL3006', 'DL3007', 'DL3008',
      'DL3009', 'DL3011', 'DL3012', 'DL3013', 'DL3014', 'DL3015', 'DL3018', 'DL3019', 'DL3020',
      'DL3021', 'DL3022', 'DL3024', 'DL3025', 'DL3042', 'DL3045', 'DL3059', 'DL3061', 'DL4000',
      'DL4003', 'DL4004', 'DL4006', 'FromAsCasing', 'StageNameCasing', 'JSONArgsRecommended',
      'LegacyKeyValueFormat', 'UndefinedVar', 'UndefinedArgInFrom', 'WorkdirRelativePath',
      'DuplicateStageName', 'MultipleInstructionsDisallowed', 'MaintainerDeprecated',
      'SecretsUsedInArgOrEnv', 'ConsistentInstructionCasing', 'SS001', 'SS002', 'SS003', 'SS004',
      // The rest of hadolint's current README (issue 13), and DL3005, which it retired.
      'DL1001', 'DL3001', 'DL3005', 'DL3010', 'DL3016', 'DL3023', 'DL3026', 'DL3027', 'DL3028',
      'DL3029', 'DL3030', 'DL3032', 'DL3033', 'DL3034', 'DL3035', 'DL3036', 'DL3037', 'DL3038',
      'DL3040', 'DL3041', 'DL3043', 'DL3044', 'DL3046', 'DL3047', 'DL3048', 'DL3049', 'DL3050',
      'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3057', 'DL3058', 'DL3060',
      'DL3062', 'DL3063', 'DL3064', 'DL3065', 'DL3066', 'DL3067', 'DL4001', 'DL4005'];
    expect(promised.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("fires each rule on its page's bad example and not on its good one", () => {
    for (const rule of describedRules) {
      // Every rule, those off by default included; the configuration the examples name.
      const options = { ...exampleLintOptions(rule), rules: allRules };
      const names = (source: string) => lintDockerfile(source, options).findings
        .map((f) => f.rule);
      expect(names(rule.examples.bad), `${rule.id} bad example`).toContain(rule.id);
      expect(names(rule.examples.good), `${rule.id} good example`).not.toContain(rule.id);
    }
  });
});

describe('lintDockerfile', () => {
  it('reports each id of two rule sets at its own line, each naming the other', () => {
    const { findings } = lintDockerfile('FROM alpine:3.20\nCMD echo hi\n');
    const cmd = findings.filter((f) => f.line === 2);
    expect(cmd.map((f) => f.rule)).toEqual(['DL3025', 'JSONArgsRecommended']);
    expect(cmd[0]).toMatchObject({ url: '/rules/dl3025/',
      related: [{ rule: 'JSONArgsRecommended', line: 2 }] });
    expect(cmd[1]).toMatchObject({ related: [{ rule: 'DL3025', line: 2 }] });
  });

  it('keeps MultipleInstructionsDisallowed on the earlier CMD, DL4003 on the later', () => {
    // BuildKit dockerfile_check_test.go testMultipleInstructionsDisallowed; hadolint DL4003Spec.
    const { findings } = lintDockerfile('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n');
    const repeated = findings.filter((f) => f.rule === 'DL4003' ||
      f.rule === 'MultipleInstructionsDisallowed');
    expect(repeated.map((f) => [f.line, f.rule, f.related])).toEqual([
      [2, 'MultipleInstructionsDisallowed', [{ rule: 'DL4003', line: 3 }]],
      [3, 'DL4003', [{ rule: 'MultipleInstructionsDisallowed', line: 2 }]],
    ]);
  });

  it('pairs repeats in order: the CMD overridden with the CMD that repeats it', () => {
    const { findings } = lintDockerfile('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\nCMD ["c"]\n');
    const pairs = findings.filter((f) => f.rule === 'DL4003')
      .map((f) => [f.line, f.related.map((r) => `${r.rule} ${r.line}`)]);
    expect(pairs).toEqual([[3, ['MultipleInstructionsDisallowed 2']],
      [4, ['MultipleInstructionsDisallowed 3']]]);
  });

  it('lints a snippet without FROM as a fragment: no missing-FROM or whole-file findings', () => {
    const snippet = 'COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n';
    const result = lintDockerfile(snippet);
    expect(result.fragment).toBe(true);
    expect(result.findings.map((f) => f.rule)).toEqual([]);
  });

  it('lints a whole file with file-scope rules', () => {
    const result = lintDockerfile('FROM python:3.13-slim\nCMD ["python", "app.py"]\n');
    expect(result.fragment).toBe(false);
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['SS001', 'SS004']));
  });

  it('finds the problems in the first Dockerfile of the vote-service write-up', () => {
    const typical = 'FROM python:alpine\n\nCOPY . /app\n\nWORKDIR /app\n\n' +
      'RUN pip install -r requirements.txt\n\nCMD ["python", "app.py"]\n';
    const rules = lintDockerfile(typical).findings.map((f) => `${f.line} ${f.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['7 DL3042', '7 SS002', '1 SS001']));
  });

  it('summarizes findings for the badge', () => {
    expect(summarize([])).toBe('clean');
    const { findings } = lintDockerfile('FROM alpine\nCMD echo hi\nCMD echo ho\n');
    expect(summarize(findings)).toMatch(/^\d+ warnings?/);
  });

  it('knows a fragment from a whole file', () => {
    expect(isFragment(parseDockerfile('RUN echo hi\n'))).toBe(true);
    expect(isFragment(parseDockerfile('FROM python:3.13-slim\n'))).toBe(true);
    expect(isFragment(parseDockerfile(
      'FROM python:3.13-slim AS builder\n# ... install dependencies ...\n\n' +
      'FROM python:3.13-slim\nCOPY --from=builder /opt/venv /opt/venv\nCMD ["python"]\n',
    ))).toBe(true);
    expect(isFragment(parseDockerfile('FROM scratch\nCOPY app /\nENTRYPOINT ["/app"]\n')))
      .toBe(false);
  });

  it('does not lint a block that holds no Dockerfile instruction', () => {
    for (const text of ['__pycache__/\n*.pyc\nvenv/\n', 'apk del .build-deps\n']) {
      const result = lintDockerfile(text);
      expect(result.notDockerfile).toBe(true);
      expect(result.findings).toEqual([]);
    }
    expect(lintDockerfile('apk del .build-deps\n', { fragment: false }).findings.length)
      .toBeGreaterThan(0);
  });
});
