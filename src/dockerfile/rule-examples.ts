/**
 * Analyse stage, Dockerfile engine: how a rule's bad and good examples are linted, by the rule
 * pages and the tests alike: as whole files, with a `.dockerignore` beside them (SS003's
 * examples are about its absence), holding the patterns the example gives, if any.
 */
import type { LintOptions } from './browser.ts';
import type { Rule } from './rule.ts';
import { readIgnorePatterns } from './rules-shared/dockerignore.ts';

export function exampleLintOptions(rule: Rule): LintOptions {
  const { dockerignore } = rule.examples;
  return { fragment: false, hasDockerignore: rule.id !== 'SS003',
    ...(dockerignore === undefined ? {} : { dockerignore: readIgnorePatterns(dockerignore) }) };
}
