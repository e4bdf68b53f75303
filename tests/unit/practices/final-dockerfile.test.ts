/** The one decision of which Dockerfile block is a write-up's final file. */
import { describe, expect, it } from 'vitest';
import { finalDockerfile, type FinalCandidate } from '../../../src/practices/final-dockerfile.ts';

const block = (id: string, over: Partial<FinalCandidate> = {}): FinalCandidate =>
  ({ id, complete: false, explained: false, example: false, ...over });

describe('finalDockerfile', () => {
  it('is the file the walkthrough explains, even before a later complete file', () => {
    expect(finalDockerfile([block('a', { complete: true }), block('b', { complete: true,
      explained: true }), block('c', { complete: true })]))
      .toEqual({ id: 'b', why: 'walkthrough' });
  });

  it('else the last complete file; snippets after it do not replace it', () => {
    expect(finalDockerfile([block('naive', { complete: true }), block('snippet'),
      block('final', { complete: true }), block('later snippet')]))
      .toEqual({ id: 'final', why: 'last-complete' });
  });

  it('is never a bad or "before" example', () => {
    expect(finalDockerfile([block('good', { complete: true }),
      block('bad', { complete: true, example: true })]))
      .toEqual({ id: 'good', why: 'last-complete' });
    expect(finalDockerfile([block('bad', { complete: true, example: true })])).toBeUndefined();
  });

  it('is none when the write-up shows only snippets', () => {
    expect(finalDockerfile([block('a'), block('b')])).toBeUndefined();
    expect(finalDockerfile([])).toBeUndefined();
  });
});
