/**
 * Test helper, hadolint's suite: runs one upstream case (from `cases.json`, extracted from
 * hadolint's `test/Hadolint/Rule/*Spec.hs` by `scripts/hadolint-suite-extract.py`) through our
 * rule of the same id, the way hadolint's `Helpers.hs` runs it, and says whether we agree.
 * `ruleCatches`: at least one finding; `ruleCatchesNot`: none; the `onBuild` variants wrap every
 * RUN in `ONBUILD` first and `onBuildRuleCatches` wants exactly one; `count`: exactly `count`.
 * A case for a rule we do not have counts as a disagreement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintModel } from '../../../../src/dockerfile/browser.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import type { Rule, RuleConfig } from '../../../../src/dockerfile/rule.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';

export type CaseKind = 'ruleCatches' | 'ruleCatchesNot' | 'onBuildRuleCatches' |
  'onBuildRuleCatchesNot' | 'count' | 'onBuildCount';

export interface UpstreamCase {
  rule: string;
  kind: CaseKind;
  /** Line of the assertion in the upstream spec file. */
  line: number;
  /** The upstream `it "…"` title. */
  title: string;
  dockerfile: string;
  /** `file:line` in hadolint's repository, at `commit`. */
  source: string;
  /** For `count` kinds: the exact number of findings expected. */
  count?: number;
  /** hadolint's `Configuration` fields the case sets (label types named as in hadolint). */
  config?: { trustedRegistries?: string[]; labelSchema?: Record<string, string>;
    strictLabels?: boolean };
}

export interface UpstreamSuites {
  upstream: string;
  commit: string;
  suites: Record<string, UpstreamCase[]>;
}

export function loadSuites(): UpstreamSuites {
  const text = readFileSync(join(import.meta.dirname, 'cases.json'), 'utf8');
  return JSON.parse(text) as UpstreamSuites;
}

/** hadolint's `LabelType` constructors and the names its `.hadolint.yaml` gives them. */
const LABEL_TYPES: Record<string, string> = { RawText: 'text', Url: 'url', Spdx: 'spdx',
  GitHash: 'hash', Rfc3339: 'rfc3339', SemVer: 'semver', Email: 'email' };

function ruleConfig(config: UpstreamCase['config']): RuleConfig | undefined {
  if (!config) return undefined;
  const schema = config.labelSchema && Object.fromEntries(Object.entries(config.labelSchema)
    .map(([name, type]) => [name, LABEL_TYPES[type] ?? type]));
  return { trustedRegistries: config.trustedRegistries, labelSchema: schema,
    strictLabels: config.strictLabels };
}

/** `assertOnBuildChecks`: every RUN instruction becomes `ONBUILD RUN`. */
export function wrapRunsInOnbuild(dockerfile: string): string {
  const model = parseDockerfile(dockerfile);
  const lines = dockerfile.split('\n');
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'RUN') continue;
    const at = instruction.line - 1;
    const keyword = instruction.rawKeyword;
    lines[at] = (lines[at] ?? '').replace(keyword, `ONBUILD ${keyword}`);
  }
  return lines.join('\n');
}

export interface Outcome {
  agrees: boolean;
  /** How many findings our rule reported; undefined when we have no such rule. */
  found: number | undefined;
  /** What hadolint expects, in words. */
  expected: string;
}

const byId = new Map<string, Rule>(allRules.map((rule) => [rule.id, rule]));

export function runCase(testCase: UpstreamCase): Outcome {
  const onBuild = testCase.kind.startsWith('onBuild');
  const expected = {
    ruleCatches: 'at least one finding', onBuildRuleCatches: 'exactly one finding',
    ruleCatchesNot: 'no finding', onBuildRuleCatchesNot: 'no finding',
    count: `exactly ${testCase.count} findings`, onBuildCount: `exactly ${testCase.count} findings`,
  }[testCase.kind];
  const rule = byId.get(testCase.rule);
  // A rule code that is no rule (an upstream typo) finds nothing in hadolint either.
  if (!rule && !/^DL\d{4}$/.test(testCase.rule)) {
    return { agrees: !testCase.kind.endsWith('Catches') && !testCase.count, found: 0, expected };
  }
  if (!rule) return { agrees: false, found: undefined, expected };
  const text = onBuild ? wrapRunsInOnbuild(testCase.dockerfile) : testCase.dockerfile;
  // hadolint appends a newline before parsing.
  const model = parseDockerfile(`${text}\n`);
  // Through the engine with this rule alone: ONBUILD triggers and instructions before the first
  // FROM are linted there, as hadolint lints them.
  const found = lintModel(model, { fragment: false, rules: [rule],
    config: ruleConfig(testCase.config) }).findings.filter((f) => f.rule === rule.id).length;
  const agrees = {
    ruleCatches: found >= 1, onBuildRuleCatches: found === 1, ruleCatchesNot: found === 0,
    onBuildRuleCatchesNot: found === 0, count: found === testCase.count,
    onBuildCount: found === testCase.count,
  }[testCase.kind];
  return { agrees, found, expected };
}

/** `DL3008Spec.hs`: the short name of a suite. */
export function suiteName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
