/**
 * Course stage: reads `content/syllabus.yaml` and checks it against its schema. Each problem is
 * one line for the author: `file:line`, the field, what was found, what was expected, how to fix.
 */
import type { z } from 'astro/zod';
import { ContentError } from '../shared/content-error.ts';
import { readYaml, YamlProblem } from '../shared/read-yaml.ts';
import { formatPath, lineOfPath, scanRows, type Segment } from '../shared/yaml-lines.ts';
import { describeExpected, describeValue } from '../shared/describe-zod-issue.ts';
import { syllabusSchema, type Syllabus } from './syllabus-schema.ts';

/** Where the syllabus lives, relative to the project root. */
export const SYLLABUS_FILE = 'content/syllabus.yaml';

const HINT = 'The fields are described in src/syllabus/README.md; content/syllabus.yaml is an '
  + 'example of each.';

/** One problem, already worded: `content/syllabus.yaml:12: …`. */
export class SyllabusError extends ContentError {
  override name = 'SyllabusError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'), HINT);
    this.problems = problems;
  }
}

/** A parsed syllabus and a way back from a field to its line, for later checks. */
export interface ReadSyllabus {
  syllabus: Syllabus;
  /** The 1-based line of the field at `path` (e.g. `['lessons', 2, 'sources', 0]`). */
  lineOf: (path: readonly Segment[]) => number;
}

type ZodIssue = z.core.$ZodIssue;

/** The syllabus in `text`; throws a SyllabusError naming `file:line` for each problem. */
export function parseSyllabus(text: string, file: string): ReadSyllabus {
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    throw new SyllabusError([`${file}:${error.line}: found YAML that does not parse `
      + `(${error.reason}); expected \`key: value\` lines and \`- \` list items. Check the `
      + 'indentation and quoting on that line and the one before it.']);
  }
  const rows = scanRows(text);
  const lineOf = (path: readonly Segment[]): number => lineOfPath(rows, path);
  const result = syllabusSchema.safeParse(data, { reportInput: true });
  if (result.success) return { syllabus: result.data, lineOf };
  throw new SyllabusError(result.error.issues.flatMap((issue) => describe(issue, file, lineOf)));
}

function describe(
  issue: ZodIssue,
  file: string,
  lineOf: (path: readonly Segment[]) => number,
): string[] {
  const path = issue.path.filter(
    (segment): segment is Segment => typeof segment === 'string' || typeof segment === 'number',
  );
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const at = [...path, key];
      return `${file}:${lineOf(at)}: field \`${formatPath(at)}\`: found a field the syllabus `
        + 'does not have; expected only the fields in src/syllabus/README.md. Remove '
        + `\`${key}\` or correct its spelling.`;
    });
  }
  const received = issue.input === undefined && issue.code !== 'custom'
    ? 'nothing (the field is missing)'
    : describeValue(issue.input);
  const expected = issue.code === 'custom' ? issue.message : describeExpected(issue);
  return [`${file}:${lineOf(path)}: field \`${formatPath(path)}\`: found ${received}, expected `
    + `${expected}.`];
}
