/**
 * The hand-off between the examples loader and the guide loader (src/loaders/loader-handoff.ts):
 * a taker waits for the first value, a giver's failure reaches the taker instead of leaving it
 * waiting, and a later value (an edit in `astro dev`) replaces the first and is announced.
 */
import { describe, expect, it } from 'vitest';
import { Handoff } from '../../../src/loaders/loader-handoff.ts';

describe('Handoff', () => {
  it('answers a taker that came before the value', async () => {
    const handoff = new Handoff<number>();
    const taken = handoff.take();
    handoff.give(1);
    expect(await taken).toBe(1);
  });

  it('passes a failure on', async () => {
    const handoff = new Handoff<number>();
    const taken = handoff.take();
    handoff.fail(new Error('content/examples/01/example.yaml:3: bad'));
    await expect(taken).rejects.toThrow('example.yaml:3');
  });

  it('replaces the value with a later one and tells the listeners', async () => {
    const handoff = new Handoff<number>();
    const heard: number[] = [];
    handoff.onLaterGive((value) => heard.push(value));
    handoff.give(1);
    handoff.give(2);
    expect(await handoff.take()).toBe(2);
    expect(heard).toEqual([2]);
  });
});
