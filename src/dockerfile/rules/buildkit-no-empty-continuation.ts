/**
 * Analyse stage, Dockerfile engine: BuildKit's NoEmptyContinuation check. Reports an instruction
 * continued (`\` at the end of a line) over an empty line; like BuildKit, on the instruction's
 * last continued line. Comment lines inside the continuation are fine, and heredoc bodies are
 * not continuation lines.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'No empty lines inside a continued instruction',
  description: 'An instruction continued over several lines should not contain an empty line.',
  rationale: 'The builder skips the empty line and joins what follows into the instruction, ' +
    'so a forgotten `\\` or a stray blank line changes the command without any error. BuildKit ' +
    'warns that empty continuation lines will become errors in a future release.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/no-empty-continuation/',
  examples: {
    bad: 'FROM debian:12-slim\nRUN apt-get update && \\\n\n    apt-get install -y --no-install-' +
      'recommends curl\n',
    good: 'FROM debian:12-slim\nRUN apt-get update && \\\n    apt-get install -y --no-install-' +
      'recommends curl\n',
  },
};

export const rule: Rule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const lines = model.source.split(/\r\n|\r|\n/);
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      const last = instruction.heredocs.length > 0
        ? Math.min(...instruction.heredocs.map((h) => h.line)) - 1 : instruction.endLine;
      let empty = false;
      let end = instruction.line;
      for (let n = instruction.line + 1; n <= last; n++) {
        const text = lines[n - 1] ?? '';
        end = n;
        if (/^[ \t]*#/.test(text)) continue;
        if (/^[ \t]*$/.test(text)) empty = true;
      }
      if (empty) {
        hits.push({ line: end, endLine: end, message: 'Empty continuation line: remove the ' +
          'empty line, or end the instruction before it.' });
      }
    }
    return hits;
  },
};
