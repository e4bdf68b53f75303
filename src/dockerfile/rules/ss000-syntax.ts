/**
 * Analyse stage, Dockerfile engine: SS000 reports what the parser could not read (an unknown
 * instruction, an instruction without its arguments). In a snippet, a missing FROM is expected.
 */
import type { Rule, RuleText } from '../rule.ts';

const MISSING_FROM = /FROM/i;

export const text: RuleText = {
  title: 'Dockerfile syntax',
  description: 'The builder cannot read this line: an unknown instruction, a missing argument, ' +
    'or a malformed flag or directive.',
  rationale: 'A line the builder cannot parse stops the build before any layer is made; fixing ' +
    'it comes before every other finding.',
  upstreamUrl: 'https://docs.docker.com/reference/dockerfile/',
  examples: {
    bad: 'FROM python:3.13-slim\nCOPPY app.py /app/\n',
    good: 'FROM python:3.13-slim\nCOPY app.py /app/\n',
  },
};

export const rule: Rule = {
  id: 'SS000',
  source: 'shipshape',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model, fragment }) {
    return model.syntaxErrors
      .filter((error) => !(fragment && MISSING_FROM.test(error.message)))
      .map((error) => ({ line: error.line, endLine: error.endLine, message: error.message }));
  },
};
