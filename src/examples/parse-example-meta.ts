/**
 * Examples: reads an `example.yaml` and checks it against its schema. Each problem is reported
 * as `file:line`, the field, what was found, what was expected and how to fix it, with no stack
 * trace (a content error, not a shipshape bug). Browser-safe (js-yaml and zod only).
 */
import { readYaml, YamlProblem } from '../shared/read-yaml.ts';
import type { z } from 'astro/zod';
import { ContentError } from '../shared/content-error.ts';
import { describeExpected, describeValue } from '../shared/describe-zod-issue.ts';
import { formatPath, lineOfPath, scanRows, type Segment } from '../shared/yaml-lines.ts';
import { exampleMetaSchema, type ExampleMeta } from './example-schema.ts';

/** One problem in an `example.yaml`. */
export interface ExampleMetaIssue {
  line: number;
  /** The field, written `findings[1].line`; `(the file as a whole)` for the root. */
  field: string;
  received: string;
  expected: string;
  hint: string;
}

export class ExampleMetaError extends ContentError {
  override name = 'ExampleMetaError';
  readonly issues: readonly ExampleMetaIssue[];

  constructor(file: string, issues: readonly ExampleMetaIssue[]) {
    super(
      issues.map((issue) => `${file}:${issue.line}: field \`${issue.field}\`: received `
        + `${issue.received}, expected ${issue.expected}. Hint: ${issue.hint}`).join('\n'),
      'Fix each field named above; the fields are described in src/examples/README.md.',
    );
    this.issues = issues;
  }
}

type ZodIssue = z.core.$ZodIssue;

/** The metadata in `text`; throws an `ExampleMetaError` naming `file:line` for each problem. */
export function parseExampleMeta(text: string, file: string): ExampleMeta {
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    throw new ExampleMetaError(file, [{
      line: error.line,
      field: '(the file as a whole)',
      received: `YAML that does not parse (${error.reason})`,
      expected: 'YAML in block style: `key: value` lines and `- ` list items',
      hint: 'check the indentation and the quoting on that line and the one before it',
    }]);
  }
  const result = exampleMetaSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const rows = scanRows(text);
  throw new ExampleMetaError(file, result.error.issues.flatMap((issue) => {
    const path = issue.path.filter(
      (segment): segment is Segment => typeof segment === 'string' || typeof segment === 'number',
    );
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => toIssue(issue, path, key, rows));
  }));
}

function toIssue(
  issue: ZodIssue,
  path: readonly Segment[],
  unknownKey: string | undefined,
  rows: ReturnType<typeof scanRows>,
): ExampleMetaIssue {
  const where = unknownKey === undefined ? path : [...path, unknownKey];
  const last = path.at(-1);
  const expected = unknownKey === undefined
    ? describeExpected(issue)
    : 'only the fields described in src/examples/README.md';
  let hint = `write ${expected} here`;
  if (unknownKey !== undefined) hint = `remove \`${unknownKey}\` or correct its spelling`;
  else if (issue.input === undefined && typeof last === 'string') hint = `add \`${last}:\` here`;
  return {
    line: lineOfPath(rows, where),
    field: formatPath(where),
    received: unknownKey === undefined
      ? describeValue(issue.input)
      : `the field \`${unknownKey}\`, which the schema does not have`,
    expected,
    hint,
  };
}
