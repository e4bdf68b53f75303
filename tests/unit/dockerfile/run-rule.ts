/**
 * Test helper: runs one rule on a Dockerfile text, the way the engine does, and returns the
 * lines it fires on (and the hits). `fragment` and `hasDockerignore` as in RuleContext.
 */
import { parseDockerfile } from '../../../src/dockerfile/parse/parse-dockerfile.ts';
import type { DescribedRule, Rule, RuleHit } from '../../../src/dockerfile/rule.ts';
import { describedRules } from '../../../src/dockerfile/rules/texts.ts';

export interface RunOptions {
  fragment?: boolean;
  hasDockerignore?: boolean;
  /** `.dockerignore` patterns (`readIgnorePatterns`). */
  dockerignore?: readonly string[];
}

export function runRule(rule: Rule, source: string, options: RunOptions = {}): RuleHit[] {
  const model = parseDockerfile(source);
  const fragment = options.fragment ?? false;
  if (fragment && rule.scope === 'file') return [];
  return rule.check({ model, fragment, hasDockerignore: options.hasDockerignore,
    dockerignore: options.dockerignore });
}

/** The first lines of the hits, sorted: what table tests compare. */
export function firedLines(rule: Rule, source: string, options: RunOptions = {}): number[] {
  return runRule(rule, source, options).map((hit) => hit.line).sort((a, b) => a - b);
}

/** The rule with its words (title, examples), from the list the rule pages read. */
export function described(rule: Rule): DescribedRule {
  const found = describedRules.find((candidate) => candidate.id === rule.id);
  if (!found) throw new Error(`${rule.id} is not in rules/texts.ts: run \`npm run rules:index\``);
  return found;
}
