/**
 * Outputs stage, command line formats: every `--format`, by the name hadolint gives it
 * (`hadolint --format`), plus `text`, our compiler-style default. One module per format.
 */
import { formatCheckstyle } from './checkstyle.ts';
import { formatCodacy } from './codacy.ts';
import { formatCodeclimate } from './codeclimate.ts';
import { formatGitlabCodeclimate } from './gitlab-codeclimate.ts';
import { formatGnu } from './gnu.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import type { Formatter } from './report.ts';
import { formatSarif } from './sarif.ts';
import { formatSonarqube } from './sonarqube.ts';
import { formatText } from './text.ts';
import { formatTty } from './tty.ts';

export const FORMATS = {
  text: formatText,
  tty: formatTty,
  json: formatJson,
  sarif: formatSarif,
  checkstyle: formatCheckstyle,
  codeclimate: formatCodeclimate,
  gitlab_codeclimate: formatGitlabCodeclimate,
  gnu: formatGnu,
  codacy: formatCodacy,
  sonarqube: formatSonarqube,
  junit: formatJunit,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

export type { FileReport, FormatOptions, Formatter } from './report.ts';
