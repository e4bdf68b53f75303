import { describe, expect, it } from 'vitest';
import { ExampleMetaError, parseExampleMeta } from '../../../src/examples/parse-example-meta.ts';

const GOOD = `title: T
shows: What it shows.
order: 1
port: 8080
healthPath: /health
healthResponse: '{"status":"healthy"}'
findings:
  - rule: DL3042
    line: 7
`;

function errorOf(text: string): ExampleMetaError {
  try {
    parseExampleMeta(text, 'content/examples/x/example.yaml');
  } catch (error) {
    if (error instanceof ExampleMetaError) return error;
    throw error;
  }
  throw new Error('expected an ExampleMetaError');
}

describe('parseExampleMeta', () => {
  it('reads a valid file', () => {
    const meta = parseExampleMeta(GOOD, 'example.yaml');
    expect(meta.findings).toEqual([{ rule: 'DL3042', line: 7 }]);
    expect(meta.image).toBeUndefined();
  });

  it('names file:line, the field, what was found and what was expected', () => {
    const error = errorOf(GOOD.replace('line: 7', 'line: seven'));
    expect(error.message).toBe('content/examples/x/example.yaml:9: field `findings[0].line`: '
      + 'received `"seven"`, expected a number. Hint: write a number here');
    expect(error.stack).toBe('');
  });

  it('reports a missing field and an unknown one, each on its own line', () => {
    const error = errorOf(GOOD.replace('port: 8080\n', '').replace('order: 1', 'ordre: 1'));
    const messages = error.issues.map((issue) => `${issue.line} ${issue.field}: ${issue.hint}`);
    expect(messages).toContain('3 ordre: remove `ordre` or correct its spelling');
    expect(messages.some((m) => m.includes('port: add `port:` here'))).toBe(true);
  });

  it('reports YAML that does not parse with its line', () => {
    const error = errorOf('title: T\n  bad: [\n');
    expect(error.issues[0]?.line).toBeGreaterThan(0);
    expect(error.message).toMatch(/^content\/examples\/x\/example\.yaml:\d+: .*does not parse/);
  });
});
