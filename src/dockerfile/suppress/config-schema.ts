/**
 * Analyse stage, Dockerfile engine, suppression: the schema of a hadolint configuration file
 * (`.hadolint.yaml`), with hadolint's keys and values (`src/Hadolint/Config/Configuration.hs`,
 * `readEitherSeverity`, `readEitherLabelType`). Unknown keys are refused, so a misspelt key is an
 * error rather than a setting silently not applied.
 */
import { z } from 'astro/zod';

/** A rule id as hadolint and BuildKit write them: `DL3008`, `SC2086`, `JSONArgsRecommended`. */
const ruleId = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a rule id such as `DL3008`');

const severity = z.enum(['error', 'warning', 'info', 'style']);

/** `ignore` and `none` (the same) make every finding count. */
export const thresholdSchema = z.enum(['error', 'warning', 'info', 'style', 'ignore', 'none']);

/** Hadolint's label types; an empty type is `text`. */
export const labelTypeSchema = z.preprocess((type) => (type === '' ? 'text' : type),
  z.enum(['email', 'hash', 'text', 'rfc3339', 'semver', 'spdx', 'url']));

/**
 * The output formats: hadolint's names (`src/Hadolint/Formatter/Format.hs`, `OutputFormat`) and
 * our default `text`; the CLI has one formatter for each (`cli/formats/index.ts`, tested).
 */
export const OUTPUT_FORMATS = ['text', 'tty', 'json', 'sarif', 'checkstyle', 'codeclimate',
  'gitlab_codeclimate', 'gnu', 'codacy', 'sonarqube', 'junit'] as const;

export const outputFormatSchema = z.enum(OUTPUT_FORMATS);

export const hadolintConfigSchema = z.strictObject({
  /** Rules never reported. */
  ignored: z.array(ruleId).optional(),
  /** Severities to report rules at, instead of their own. */
  override: z.strictObject({
    error: z.array(ruleId).optional(),
    warning: z.array(ruleId).optional(),
    info: z.array(ruleId).optional(),
    style: z.array(ruleId).optional(),
  }).optional(),
  /** Exit with failure when a finding at this severity or above is reported. */
  'failure-threshold': thresholdSchema.optional(),
  /** Registries FROM may pull from (DL3026); empty: any. */
  trustedRegistries: z.array(z.string().min(1)).optional(),
  /** Labels every image must carry, and the form of their values (DL3048–DL3058). */
  'label-schema': z.record(z.string().min(1), labelTypeSchema).optional(),
  /** Labels outside `label-schema` are reported (DL3050). */
  'strict-labels': z.boolean().optional(),
  /** `# hadolint ignore=` comments are not honoured. */
  'disable-ignore-pragma': z.boolean().optional(),
  /** Exit 0 whatever is found. */
  'no-fail': z.boolean().optional(),
  /** No colours in `tty` output (the CLI's `--no-color`). */
  'no-color': z.boolean().optional(),
  /** Say on standard error which configuration is used, and what it sets (`--verbose`). */
  verbose: z.boolean().optional(),
  /** The output format (`--format`); with `formats`, hadolint writes each in turn. */
  format: outputFormatSchema.optional(),
  /** Several output formats, written in turn (to `--output` files, or standard output). */
  formats: z.array(outputFormatSchema).optional(),
});

export type HadolintConfig = z.output<typeof hadolintConfigSchema>;
export type FailureThreshold = z.output<typeof thresholdSchema>;
export type LabelType = z.output<typeof labelTypeSchema>;
export type OutputFormat = z.output<typeof outputFormatSchema>;
export type OverrideSeverity = z.output<typeof severity>;
