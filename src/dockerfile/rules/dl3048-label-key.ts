/**
 * Analyse stage, Dockerfile engine: DL3048 (hadolint) reports a label key that breaks Docker's
 * naming guidance: lower-case letters, digits, `.`, `-`, `_`, `/`; starting with a letter,
 * ending with a letter or digit; no `..` or `--`; not in Docker's reserved namespaces.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { labelInstructions, labelPairs } from '../rules-shared/label-pairs.ts';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

export function invalidLabelKey(key: string): boolean {
  return !/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key) || /[^0-9a-z._/-]/.test(key) ||
    RESERVED.some((prefix) => key.startsWith(prefix)) || key.includes('..') || key.includes('--');
}

export const text: RuleText = {
  title: 'Invalid label key',
  description: 'A LABEL key is not a lower-case, dotted name (`org.example.version`), or uses ' +
    'a namespace Docker reserves (`com.docker.*`, `io.docker.*`, `org.dockerproject.*`).',
  rationale: 'Docker\'s guidance for label keys keeps them machine-readable and free of ' +
    'clashes: tools that read labels expect lower-case reverse-DNS names, and the reserved ' +
    'namespaces belong to Docker itself.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3048',
  examples: {
    bad: 'FROM debian:12.5\nLABEL Version="1.0"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.version="1.0"\n',
  },
};

export const rule: Rule = {
  id: 'DL3048',
  source: 'hadolint',
  severity: 'style',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of labelInstructions(model)) {
      const bad = labelPairs(instruction).find(({ key }) => invalidLabelKey(key));
      if (bad) hits.push({ line: instruction.line, endLine: instruction.endLine,
        message: `label key \`${bad.key}\` is not a valid key: use lower-case letters, digits ` +
          'and `.`, `-`, reverse-DNS style (`org.example.name`)' });
    }
    return hits;
  },
};
