/**
 * Compare stage: reads the base-image dataset (YAML) and checks it against its schema. A problem
 * is reported for authors, one line each: `file:line`, the field, what was found, what was
 * expected, and how to fix it. Lines come from a walk over the YAML's keys and list items, which
 * is enough for the block style the dataset is written in.
 */
import { readFileSync } from 'node:fs';
import { readYaml, YamlProblem } from '../shared/read-yaml.ts';
import type { z } from 'astro/zod';
import { ContentError } from '../shared/content-error.ts';
import { datasetSchema, UNKNOWN, type Dataset } from './dataset-schema.ts';
import {
  formatPath,
  lineOfPath,
  scanRows,
  type Row,
  type Segment,
} from '../shared/yaml-lines.ts';
import { describeExpected, describeValue } from '../shared/describe-zod-issue.ts';

/** Where the dataset lives, relative to the project root. */
export const DATASET_FILE = 'content/data/base-images.yaml';

/** One problem in the dataset. */
export interface DatasetIssue {
  /** 1-based line in the file. */
  line: number;
  /** The field, written `[2].sizes[0].source` (`(the file as a whole)` for the root). */
  field: string;
  /** The id of the image the field belongs to, when the file gives one. */
  image: string | undefined;
  /** What the file has there. */
  received: string;
  /** What the schema wants there. */
  expected: string;
  /** How to fix it. */
  hint: string;
}

/** The dataset does not parse or does not fit the schema; `issues` has one entry per problem. */
export class DatasetError extends ContentError {
  override name = 'DatasetError';
  readonly issues: readonly DatasetIssue[];

  constructor(file: string, issues: readonly DatasetIssue[]) {
    super(
      issues.map((issue) => formatIssue(file, issue)).join('\n'),
      'Fix each field named above. A figure needs the URL of the page that states it; when no '
        + `page does, write "${UNKNOWN}" and say in \`note\` where you looked. The fields are `
        + 'described in src/compare/README.md.',
    );
    this.issues = issues;
  }
}

function formatIssue(file: string, issue: DatasetIssue): string {
  const image = issue.image === undefined ? '' : ` (image \`${issue.image}\`)`;
  return `${file}:${issue.line}: field \`${issue.field}\`${image}: received ${issue.received}, `
    + `expected ${issue.expected}. Hint: ${issue.hint}`;
}

/** The dataset in `text`; throws a `DatasetError` naming `file:line` for each problem. */
export function parseDataset(text: string, file: string): Dataset {
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    throw new DatasetError(file, [{
      line: error.line,
      field: '(the file as a whole)',
      image: undefined,
      received: `YAML that does not parse (${error.reason})`,
      expected: 'YAML in block style: `key: value` lines and `- ` list items',
      hint: 'check the indentation and the quoting on that line and the one before it',
    }]);
  }
  const result = datasetSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const rows = scanRows(text);
  throw new DatasetError(file, result.error.issues.flatMap((issue) => toIssues(issue, data, rows)));
}

/** The dataset at `path` (default: the project's own, from the working directory). */
export function readDataset(path: string = DATASET_FILE): Dataset {
  return parseDataset(readFileSync(path, 'utf8'), path);
}

type ZodIssue = z.core.$ZodIssue;

/** One issue per problem: an issue naming several unknown keys becomes one per key. */
function toIssues(issue: ZodIssue, data: unknown, rows: readonly Row[]): DatasetIssue[] {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
  return keys.map((key) => toIssue(issue, key, data, rows));
}

function toIssue(
  issue: ZodIssue,
  unknownKey: string | undefined,
  data: unknown,
  rows: readonly Row[],
): DatasetIssue {
  const path = issue.path.filter(
    (segment): segment is Segment => typeof segment === 'string' || typeof segment === 'number',
  );
  const where = unknownKey === undefined ? path : [...path, unknownKey];
  return {
    line: lineOfPath(rows, where),
    field: formatPath(where),
    image: imageId(data, path),
    received: unknownKey === undefined
      ? describeReceived(issue)
      : `the field \`${unknownKey}\`, which the schema does not have`,
    expected: unknownKey === undefined
      ? expectedAt(issue, path)
      : 'only the fields described in src/compare/README.md',
    hint: hintFor(issue, path, unknownKey),
  };
}

function imageId(data: unknown, path: readonly Segment[]): string | undefined {
  const index = path[0];
  if (!Array.isArray(data) || typeof index !== 'number') return undefined;
  const image: unknown = data[index];
  if (typeof image !== 'object' || image === null || !('id' in image)) return undefined;
  return typeof image.id === 'string' ? image.id : undefined;
}

function describeReceived(issue: ZodIssue): string {
  if (issue.code === 'custom' && issue.input === undefined) return 'nothing (the field is missing)';
  return describeValue(issue.input);
}

/** What a field wants, where its name says more than its type. */
const FIELD_EXPECTATIONS: Record<string, string> = {
  source: `an https:// URL, or "${UNKNOWN}"`,
  date: `a date written YYYY-MM-DD, or "${UNKNOWN}"`,
  distribution: 'a mapping with `value:` and `source:` lines',
  libc: 'a mapping with `value:` and `source:` lines',
  shell: 'a mapping with `value:` and `source:` lines',
  packageManager: 'a mapping with `value:` and `source:` lines',
  defaultUser: 'a mapping with `value:` and `source:` lines',
};

function expectedAt(issue: ZodIssue, path: readonly Segment[]): string {
  const last = path.at(-1);
  const named = typeof last === 'string' ? FIELD_EXPECTATIONS[last] : undefined;
  return issue.code === 'invalid_type' && named !== undefined ? named : describeExpected(issue);
}

function hintFor(
  issue: ZodIssue,
  path: readonly Segment[],
  unknownKey: string | undefined,
): string {
  const last = path.at(-1);
  const key = typeof last === 'string' ? last : undefined;
  if (unknownKey !== undefined) return `remove \`${unknownKey}\` or correct its spelling`;
  if (issue.input === undefined && key !== undefined) {
    if (key === 'note') return 'add `note:` saying which pages you looked in';
    if (key === 'dateBasis') return 'add `dateBasis:` saying what the date is the date of';
    return `add \`${key}:\` here; if no page states it, write \`${UNKNOWN}\` and add a \`note:\``
      + ' saying where you looked';
  }
  if (key === 'source') {
    return 'put the URL of the page that states the value in `source:`; if there is none, '
      + `write \`${UNKNOWN}\` for the value itself and say in \`note:\` where you looked`;
  }
  if (key === 'id' && issue.code === 'custom') return 'give each image its own `id`';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
    case 'invalid_value':
    case 'too_small':
      return `write ${expectedAt(issue, path)} here`;
    default:
      return `write ${expectedAt(issue, path)} here (see src/compare/README.md)`;
  }
}
