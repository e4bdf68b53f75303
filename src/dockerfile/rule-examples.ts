/**
 * Analyse stage, Dockerfile engine: how a rule's bad and good examples are linted, by the rule
 * pages and the tests alike: as whole files, with a `.dockerignore` beside them (SS003's
 * examples are about its absence), holding the patterns the example gives, if any; with the
 * configuration the examples name (DL3026's trusted registries…), and every rule, so that a rule
 * off by default (DL1001, DL3057) runs on its own examples.
 */
import type { LintOptions } from './browser.ts';
import type { DescribedRule } from './rule.ts';
import { allRules } from './rules/index.ts';
import { readIgnorePatterns } from './rules-shared/dockerignore.ts';

export function exampleLintOptions(rule: DescribedRule): LintOptions {
  const { dockerignore, config } = rule.examples;
  return { fragment: false, hasDockerignore: rule.id !== 'SS003',
    ...(dockerignore === undefined ? {} : { dockerignore: readIgnorePatterns(dockerignore) }),
    ...(rule.defaultOff ? { rules: allRules } : {}), config };
}
