/**
 * Astro's Markdown processor prints each error a plugin throws before rethrowing it; for a
 * refusal of content (shipshape's `file.fail`, a page too deep for the parsers) the loader
 * prints its own one line instead. `renderQuietly` drops that print only, while renders run,
 * and puts `console.error` back when the last one ends.
 */
import { VFile } from 'vfile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isContentRefusal, renderQuietly } from '../../../src/loaders/render-refusals.ts';

function refusal(): unknown {
  try {
    new VFile({ path: 'x.md' }).fail('walkthrough file `\u001b]0;x\u0007` not found',
      { ruleId: 'walkthrough', source: 'shipshape' });
  } catch (error) {
    return error;
  }
  return undefined;
}

/** What Astro's `render` does with a plugin's error: print it, then throw it. */
async function astroRender(error: unknown): Promise<never> {
  await Promise.resolve();
  console.error(error);
  throw error;
}

describe('renderQuietly', () => {
  const printed: unknown[][] = [];
  const before = console.error;
  afterEach(() => {
    console.error = before;
    printed.length = 0;
  });

  it('drops the print of a refusal, still throws it, and restores console.error', async () => {
    console.error = vi.fn((...args: unknown[]) => void printed.push(args));
    const print = console.error;
    const error = refusal();
    expect(isContentRefusal(error)).toBe(true);
    const overlapping = [renderQuietly(() => astroRender(error)),
      renderQuietly(() => astroRender(new RangeError('Maximum call stack size exceeded')))];
    const outcomes = await Promise.allSettled(overlapping);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(printed).toEqual([]);
    expect(console.error).toBe(print);
  });

  it('prints any other error as before', async () => {
    console.error = (...args: unknown[]) => void printed.push(args);
    const bug = new TypeError('a bug in a plugin');
    await expect(renderQuietly(() => astroRender(bug))).rejects.toBe(bug);
    expect(printed).toEqual([[bug]]);
    expect(isContentRefusal({ source: 'other', reason: 'x' })).toBe(false);
  });
});
