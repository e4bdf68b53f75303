/**
 * Analyse stage, Dockerfile engine, suppression: reads a hadolint configuration file
 * (`.hadolint.yaml`) into the engine's settings. YAML through the project's one reader
 * (`shared/read-yaml.ts`), checked against `config-schema.ts`; each problem is reported as
 * `file:line` with what was found and what was expected.
 */
import type { z } from 'astro/zod';
import { describeExpected, describeValue } from '../../shared/describe-zod-issue.ts';
import { readYaml, YamlProblem } from '../../shared/read-yaml.ts';
import { formatPath, lineOfPath, scanRows, type Segment } from '../../shared/yaml-lines.ts';
import type { LintSettings } from '../browser.ts';
import type { LabelType, Severity } from '../rule.ts';
import { ConfigError } from './config-error.ts';
import {
  hadolintConfigSchema, type FailureThreshold, type HadolintConfig, type OutputFormat,
} from './config-schema.ts';

export { ConfigError };

export interface LintConfig {
  /** The file it was read from. */
  file: string;
  settings: LintSettings;
  failureThreshold: FailureThreshold | undefined;
  /** `no-fail`; undefined when the file does not say (the environment's then counts). */
  noFail: boolean | undefined;
  /** `formats` then `format`, in hadolint's order; empty when the file names none. */
  formats: OutputFormat[];
  /** `no-color`, `verbose`; undefined when the file does not say. */
  noColor: boolean | undefined;
  verbose: boolean | undefined;
}

type ZodIssue = z.core.$ZodIssue;

function describeIssue(issue: ZodIssue, file: string, text: string): string[] {
  const rows = scanRows(text);
  const path = issue.path.filter(
    (segment): segment is Segment => typeof segment === 'string' || typeof segment === 'number',
  );
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const at = [...path, key];
      return `${file}:${lineOfPath(rows, at)}: \`${formatPath(at)}\`: found a key hadolint's ` +
        'configuration does not have; expected `ignored`, `override`, `failure-threshold`, ' +
        '`trustedRegistries`, `label-schema`, `strict-labels`, `disable-ignore-pragma`, ' +
        '`no-fail`, `no-color`, `verbose`, `format`, `formats` (or `error`, `warning`, ' +
        '`info`, `style` under `override`). ' +
        `Remove \`${key}\` or correct its spelling.`;
    });
  }
  const received = issue.input === undefined ? 'nothing' : describeValue(issue.input);
  const expected = issue.code === 'invalid_format' ? issue.message : describeExpected(issue);
  return [`${file}:${lineOfPath(rows, path)}: \`${formatPath(path)}\`: found ${received}, ` +
    `expected ${expected}.`];
}

function toSettings(config: HadolintConfig, file: string): LintSettings {
  const override: Partial<Record<Severity, string[]>> = {};
  for (const severity of ['error', 'warning', 'info', 'style'] as const) {
    const rules = config.override?.[severity];
    if (rules) override[severity] = rules;
  }
  const labelSchema: Record<string, LabelType> = { ...config['label-schema'] };
  return {
    ignored: (config.ignored ?? []).map((rule) => ({ rule, by: `${file}: ignored` })),
    override,
    // Unset stays unset: the environment may say what the file does not.
    disableIgnorePragma: config['disable-ignore-pragma'],
    rules: {
      trustedRegistries: config.trustedRegistries ?? [],
      labelSchema,
      strictLabels: config['strict-labels'],
    },
  };
}

/** Reads the configuration `text` of `file`; throws a ConfigError naming `file:line`. */
export function parseHadolintConfig(text: string, file: string): LintConfig {
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    throw new ConfigError([`${file}:${error.line}: found YAML that does not parse ` +
      `(${error.reason}); expected \`key: value\` lines and \`- \` list items.`]);
  }
  // An empty file: hadolint refuses it ("empty YAML stream"); so do we, with the fix.
  if (data === undefined || data === null) {
    throw new ConfigError([`${file}:1: found an empty configuration; expected keys such as ` +
      '`ignored:` or `override:`, or no file at all.']);
  }
  const result = hadolintConfigSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => describeIssue(issue, file, text));
    const lineOf = (problem: string) => Number(/:(\d+):/.exec(problem.slice(file.length))?.[1]);
    throw new ConfigError(problems.sort((a, b) => lineOf(a) - lineOf(b)));
  }
  const config = result.data;
  return { file, settings: toSettings(config, file),
    failureThreshold: config['failure-threshold'], noFail: config['no-fail'],
    formats: [...config.formats ?? [], ...config.format === undefined ? [] : [config.format]],
    noColor: config['no-color'], verbose: config.verbose };
}
