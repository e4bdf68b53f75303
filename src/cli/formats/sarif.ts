/**
 * Outputs stage, command line format `sarif`: a SARIF 2.1.0 log (OASIS), the format GitHub code
 * scanning uploads (`github/codeql-action/upload-sarif`). Shaped like hadolint's
 * (`src/Hadolint/Formatter/Sarif.hs`: one run, info and style become `note`, SARIF's lowest
 * level), with more for the code scanning page: each rule that fired is described once in
 * `tool.driver.rules` (title, description, upstream documentation; for ShellCheck's `SCxxxx`,
 * its wiki page as `helpUri`), results point at it by
 * index, span the finding's lines, and carry the other rule set's findings in `properties.related`.
 * Locations are URI references: a relative path stays relative to the repository root (what
 * GitHub matches files by), with each segment percent-encoded; an absolute path is a `file:` URL.
 * `tests/unit/cli/formats/sarif.test.ts` validates the output against the OASIS schema.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DescribedRule, Severity } from '../../dockerfile/rule.ts';
import { describedRules } from '../../dockerfile/rules/texts.ts';
import { shellcheckWiki } from '../../dockerfile/shellcheck/run-shellcheck.ts';
import { jsonTerminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error', warning: 'warning', info: 'note', style: 'note',
};

const RULES = new Map<string, DescribedRule>(describedRules.map((rule) => [rule.id, rule]));

export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(sep === '\\' ? /[\\/]/ : '/').map(encodeURIComponent).join('/');
}

/** ShellCheck's ids: `SC2086`. */
const SHELLCHECK_ID = /^SC(\d+)$/;

function describeRule(id: string, severity: Severity) {
  const rule = RULES.get(id);
  const shellcheck = SHELLCHECK_ID.exec(id)?.[1];
  return {
    id,
    ...(shellcheck === undefined ? {} : {
      helpUri: shellcheckWiki(Number(shellcheck)),
      properties: { tags: ['shellcheck'] },
    }),
    ...(rule === undefined ? {} : {
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.description },
      ...(rule.upstreamUrl === undefined ? {} : { helpUri: rule.upstreamUrl }),
      properties: { tags: [rule.source] },
    }),
    defaultConfiguration: { level: LEVEL[rule?.severity ?? severity] },
  };
}

export const formatSarif: Formatter = (reports) => {
  const ruleIndex = new Map<string, number>();
  const rules: Array<ReturnType<typeof describeRule>> = [];
  const results = reports.flatMap(({ file, findings }) => findings.map((finding) => {
    let index = ruleIndex.get(finding.rule);
    if (index === undefined) {
      index = rules.push(describeRule(finding.rule, finding.severity)) - 1;
      ruleIndex.set(finding.rule, index);
    }
    return {
      ruleId: finding.rule,
      ruleIndex: index,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: fileUri(file) },
          region: { startLine: finding.line, endLine: finding.endLine, startColumn: 1 },
        },
      }],
      ...(finding.related.length > 0 ? { properties: { related: finding.related } } : {}),
    };
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'shipshape',
          shortDescription: { text: 'Dockerfile linter: hadolint rules, Docker build checks ' +
            'and its own' },
          rules,
        },
      },
      defaultSourceLanguage: 'dockerfile',
      results,
    }],
  };
  return `${jsonTerminalSafe(JSON.stringify(log, null, 2))}\n`;
};
