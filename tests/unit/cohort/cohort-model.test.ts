/** The cohort overview's figures from stored entries (src/cohort/cohort-model.ts). */
import { describe, expect, it } from 'vitest';
import {
  buildCohort, percent, sharedText, type CohortEntry,
} from '../../../src/cohort/cohort-model.ts';
import type { StoredBlock } from '../../../src/render/dockerfile-block-schema.ts';
import type { JudgedClaim } from '../../../src/compare/write-up-claims.ts';

type Severity = 'error' | 'warning' | 'info' | 'style';
const finding = (rule: string, severity: Severity, line = 1) => ({ rule, severity, line,
  endLine: line, message: `${rule} message`, url: `rules/${rule.toLowerCase()}/`, related: [] });
const block = (id: string, findings: ReturnType<typeof finding>[]): StoredBlock => ({ id,
  line: 10, fragment: false, source: 'FROM python:latest\n', findings, suppressed: [] });
const claim = (kind: 'agrees' | 'disagrees'): JudgedClaim => ({ file: 'x.md', line: 3,
  image: 'python:3.13-alpine', subject: 'base-image', property: 'size', value: '300 MB',
  context: '', source: 'sentence', page: 'writeups/x/', verdict: { kind, reason: 'r' } });

function entry(id: string, title: string, blocks: StoredBlock[], extra: Partial<CohortEntry> = {}):
  CohortEntry {
  return { id: `writeups/${id}`, title, filePath: `content/writeups/${id}.md`,
    dockerfiles: blocks, practiceEvidence: { blocks: [], dockerignores: [] },
    body: `${title} has its own words about ${id} and nothing else in common`, claims: [],
    ...extra };
}

describe('the cohort overview, a folder write-up', () => {
  it('places a finding of the folder\'s own Dockerfile in that file, not in the write-up', () => {
    const own: StoredBlock = { ...block('dockerfile-1', [finding('DL3007', 'warning', 3)]),
      line: 1, file: 'Dockerfile' };
    const cohort = buildCohort([entry('app', 'App', [own],
      { filePath: 'content/writeups/app/DOCKER.md' })]);
    expect(cohort.common[0]!.occurrences.map((o) => o.where))
      .toEqual(['content/writeups/app/Dockerfile:3']);
  });
});

describe('the cohort overview', () => {
  const cohort = buildCohort([
    entry('b', 'beta', [block('dockerfile-1', [finding('DL3007', 'warning'),
      finding('DL3007', 'warning', 2), finding('DL3042', 'warning')])]),
    entry('a', 'Alpha', [block('dockerfile-1', [finding('DL3042', 'warning'),
      finding('JSONArgsRecommended', 'info')]), block('dockerfile-2',
      [finding('DL3000', 'error')])], {
      // The second block is shown as a bad example: its findings are on purpose.
      practiceEvidence: { dockerignores: [], blocks: [{ id: 'dockerfile-2', line: 20,
        section: { id: '', title: '' }, role: 'example', reason: 'shown as bad' }] },
      claims: [claim('disagrees'), claim('agrees')] }),
    entry('c', 'Gamma', [], { body: 'beta has its own words about b and nothing else in common' }),
  ]);

  it('lists every write-up by title, case aside, with findings by severity', () => {
    expect(cohort.rows.map((r) => [r.entry.id, r.counts])).toEqual([
      ['writeups/a', { error: 0, warning: 1, info: 1, style: 0 }],
      ['writeups/b', { error: 0, warning: 3, info: 0, style: 0 }],
      ['writeups/c', { error: 0, warning: 0, info: 0, style: 0 }],
    ]);
    expect(cohort.rows[0]!.practices.get('pinned-base')).toBeDefined();
  });

  it('ranks findings by write-ups, then by occurrences, each linked to its block', () => {
    expect(cohort.common.map((f) => [f.rule, f.writeups, f.occurrences.length])).toEqual([
      ['DL3042', 2, 2], ['DL3007', 1, 2], ['JSONArgsRecommended', 1, 1]]);
    expect(cohort.common[1]!.occurrences.map((o) => [o.href, o.where])).toEqual([
      ['writeups/b/#dockerfile-1', 'content/writeups/b.md:10'],
      ['writeups/b/#dockerfile-1', 'content/writeups/b.md:11']]);
  });

  it('keeps the claims that disagree', () => {
    expect(cohort.disagreements.map((d) => [d.entry.id, d.claim.verdict.kind]))
      .toEqual([['writeups/a', 'disagrees']]);
  });

  it('groups the write-ups with the same text', () => {
    expect(cohort.duplicates.map((d) => [d.members.map((m) => m.id), d.identical]))
      .toEqual([[['writeups/b', 'writeups/c'], true]]);
    expect(sharedText(cohort.duplicates[0]!)).toBe('identical');
    expect(sharedText({ ids: [], identical: false, least: 0.64, most: 1 })).toBe('64–100%');
    expect(sharedText({ ids: [], identical: false, least: 0.871, most: 0.879 })).toBe('87%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.996)).toBe('99%');
  });
});
