/**
 * Tests for the compare stage's dataset: the real `content/data/base-images.yaml` parses, covers
 * the images the guide compares, and sources every figure; broken fixtures fail with `file:line`,
 * the field, what was received and what was expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isHttpsUrl,
  UNKNOWN,
  type BaseImage,
  type SourcedFact,
} from '../../../../src/compare/dataset-schema.ts';
import {
  DATASET_FILE,
  DatasetError,
  parseDataset,
} from '../../../../src/compare/load-dataset.ts';

const root = join(import.meta.dirname, '../../../..');
const fixtures = join(root, 'tests/fixtures/compare/dataset');

function fixture(name: string): { text: string; file: string } {
  return { text: readFileSync(join(fixtures, name), 'utf8'), file: `fixtures/${name}` };
}

/** The 1-based line of the first line of `text` that equals `line` after trimming. */
function lineOf(text: string, line: string, from = 0): number {
  const index = text.split('\n').findIndex((row, i) => i >= from && row.trim() === line);
  if (index === -1) throw new Error(`no line "${line}"`);
  return index + 1;
}

function failure(name: string): { error: DatasetError; text: string; file: string } {
  const { text, file } = fixture(name);
  try {
    parseDataset(text, file);
  } catch (error) {
    if (error instanceof DatasetError) return { error, text, file };
    throw error;
  }
  throw new Error(`${name} parsed without error`);
}

describe('the real dataset', () => {
  const text = readFileSync(join(root, DATASET_FILE), 'utf8');
  const images = parseDataset(text, DATASET_FILE);

  const facts = (image: BaseImage): [string, SourcedFact][] => [
    ['distribution', image.distribution],
    ['libc', image.libc],
    ['shell', image.shell],
    ['packageManager', image.packageManager],
    ['defaultUser', image.defaultUser],
    ...image.debugging.map((fact, i): [string, SourcedFact] => [`debugging[${i}]`, fact]),
    ...image.compatibility.map((fact, i): [string, SourcedFact] => [`compatibility[${i}]`, fact]),
  ];

  it('parses', () => {
    expect(images.length).toBeGreaterThan(0);
  });

  it('has a row for each image the guide compares or a write-up names', () => {
    const references = images.map((image) => image.reference);
    expect(references).toEqual(expect.arrayContaining([
      'python:3.13',
      'python:3.13-slim',
      'python:3.13-alpine',
      'gcr.io/distroless/static',
      'scratch',
      'python:3.9-alpine3.15',
      'python:3.11-alpine3.18',
      'alpine:3.18',
      'gcr.io/distroless/python3-debian11',
      'gcr.io/distroless/static:nonroot',
    ]));
    expect(references.some((reference) => /^gcr\.io\/distroless\/python3-debian1[23]$/
      .test(reference))).toBe(true);
  });

  it('gives every size a source URL, or says it is unknown and where we looked', () => {
    for (const image of images) {
      for (const size of image.sizes) {
        const where = `${image.id} ${size.measure}`;
        if (size.bytes !== UNKNOWN || size.stated !== UNKNOWN) {
          expect(isHttpsUrl(size.source), where).toBe(true);
        } else {
          expect(size.note, where).toBeDefined();
        }
        if (size.bytes !== UNKNOWN) expect(size.stated, where).not.toBe(UNKNOWN);
        if (size.date !== UNKNOWN) expect(size.dateBasis, where).toBeDefined();
      }
    }
  });

  it('gives every other known fact a source URL', () => {
    for (const image of images) {
      for (const [name, fact] of facts(image)) {
        const where = `${image.id} ${name}`;
        if (fact.value === UNKNOWN) expect(fact.note, where).toBeDefined();
        else expect(isHttpsUrl(fact.source), where).toBe(true);
      }
    }
  });

  it('records a repo-info "Total Size" as a compressed size with its byte count', () => {
    const repoInfo = images.flatMap((image) => image.sizes)
      .filter((size) => /\/repo-info\/blob\/[0-9a-f]{40}\/repos\/[a-z]+\/remote\//
        .test(size.source));
    expect(repoInfo.length).toBeGreaterThanOrEqual(6);
    for (const size of repoInfo) {
      expect(size.measure).toBe('compressed');
      expect(typeof size.bytes).toBe('number');
      expect(size.platform).toBe('linux/amd64');
    }
  });

  it('gives scratch 0 bytes', () => {
    const scratch = images.find((image) => image.reference === 'scratch');
    expect(scratch?.sizes.map((size) => size.bytes)).toEqual([0, 0]);
  });

  it('names only write-ups that exist', () => {
    for (const image of images) {
      for (const name of image.namedIn) {
        expect(existsSync(join(root, 'content/writeups', `${name}.md`)), name).toBe(true);
      }
    }
  });

  it('has distinct ids', () => {
    const ids = images.map((image) => image.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parseDataset on broken files', () => {
  it('accepts the valid fixture the broken ones are made from', () => {
    const { text, file } = fixture('valid.yaml');
    expect(parseDataset(text, file)[0]?.id).toBe('example');
  });

  it('reports a missing field at the line of its image', () => {
    const { error, text, file } = failure('missing-field.yaml');
    expect(error.issues).toHaveLength(1);
    const line = lineOf(text, '- id: example');
    expect(error.message).toContain(`${file}:${line}: field \`[0].libc\` (image \`example\`)`);
    expect(error.message).toContain('received nothing (the field is missing)');
    expect(error.message).toContain('Hint: add `libc:` here');
  });

  it('reports a wrong type at the line of the field', () => {
    const { error, text, file } = failure('wrong-type.yaml');
    expect(error.issues).toHaveLength(1);
    const line = lineOf(text, 'bytes: forty');
    expect(error.message).toContain(`${file}:${line}: field \`[0].sizes[0].bytes\``);
    expect(error.message).toContain('received `"forty"`');
    expect(error.message).toContain('expected a number, or `unknown`');
  });

  it('reports a size without a source at the line of its source', () => {
    const { error, text, file } = failure('size-without-source.yaml');
    expect(error.issues).toHaveLength(1);
    const line = lineOf(text, 'source: unknown');
    expect(error.message).toContain(`${file}:${line}: field \`[0].sizes[0].source\``);
    expect(error.message).toContain('received `"unknown"`');
    expect(error.message).toContain('expected an https:// URL of the page that states this size');
    expect(error.message).toContain('Hint: put the URL of the page');
  });

  it('reports a size with no source key at the line of the size', () => {
    const { error, text, file } = failure('size-source-missing.yaml');
    expect(error.issues).toHaveLength(1);
    const line = lineOf(text, '- measure: compressed');
    expect(error.message).toContain(`${file}:${line}: field \`[0].sizes[0].source\``);
    expect(error.message).toContain('received nothing (the field is missing)');
    expect(error.message).toContain('expected an https:// URL, or "unknown"');
  });

  it('reports an unknown key at its own line', () => {
    const { error, text, file } = failure('unknown-field.yaml');
    const line = lineOf(text, 'sourse: https://example.org/typo');
    expect(error.message).toContain(`${file}:${line}: field \`[0].shell.sourse\``);
    expect(error.message).toContain('Hint: remove `sourse` or correct its spelling');
  });

  it('reports each unknown key of one mapping on its own line', () => {
    const { text } = fixture('valid.yaml');
    const two = text.replace(
      '    value: /bin/sh\n',
      '    value: /bin/sh\n    sourse: https://example.org/a\n    notes: typo\n',
    );
    try {
      parseDataset(two, 'two.yaml');
      throw new Error('parsed');
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      expect(error.issues.map((issue) => [issue.line, issue.field])).toEqual([
        [lineOf(two, 'sourse: https://example.org/a'), '[0].shell.sourse'],
        [lineOf(two, 'notes: typo'), '[0].shell.notes'],
      ]);
    }
  });

  it('finds the line in the second image, not the first', () => {
    const { error, text, file } = failure('second-image-defect.yaml');
    expect(error.issues).toHaveLength(1);
    const second = lineOf(text, '- id: second');
    const line = lineOf(text, 'value: pip', second - 1);
    expect(error.message).toContain(
      `${file}:${line}: field \`[1].packageManager.value\` (image \`second\`)`,
    );
    expect(error.message).toContain('expected one of `apk`, `apt`, `none`, `unknown`');
  });

  it('reports YAML that does not parse with its line', () => {
    const { error, file } = failure('bad-yaml.yaml');
    expect(error.message).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+: `));
    expect(error.message).toContain('YAML that does not parse');
  });

  it('asks for a note when a size is unknown', () => {
    const { text } = fixture('valid.yaml');
    const unknown = text
      .replace('bytes: 1000', 'bytes: unknown')
      .replace('stated: 1.0 KB', 'stated: unknown')
      .replace('source: https://example.org/sizes', 'source: unknown');
    const line = lineOf(unknown, '- measure: compressed');
    expect(() => parseDataset(unknown, 'unknown.yaml')).toThrow(
      `unknown.yaml:${line}: field \`[0].sizes[0].note\` (image \`example\`): received nothing`,
    );
  });

  it('reports an empty file as a whole', () => {
    expect(() => parseDataset('', 'empty.yaml')).toThrow(/^empty\.yaml:1: field `\(the file/);
  });

  it('reports a duplicate id', () => {
    const { text } = fixture('valid.yaml');
    const body = text.split('\n').slice(2).join('\n');
    const twice = `${body}\n${body}`;
    expect(() => parseDataset(twice, 'twice.yaml')).toThrow(
      /twice\.yaml:\d+: field `\[1\]\.id` \(image `example`\).*an id no other image/,
    );
  });
});
