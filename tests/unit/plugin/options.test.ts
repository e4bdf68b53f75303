/**
 * The plugin's options (src/plugin/options.ts): defaults, and an error for each bad option that
 * names it, says what was received and what is expected, and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { parseOptions, ShipshapeOptionsError } from '../../../src/plugin/options.ts';

function problem(input: unknown): string {
  try {
    parseOptions(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ShipshapeOptionsError);
    return (error as Error).message;
  }
  throw new Error('expected the options to be refused');
}

describe('shipshape({ … }) options', () => {
  it('defaults to the content/ folders with every feature on', () => {
    const options = parseOptions(undefined);
    expect(options.pages).toBe('content/pages');
    expect(options.writeups).toBe('content/writeups');
    expect([options.examples, options.lessons, options.advisories]).toEqual(['content/examples',
      'content/lessons', 'content/data/python-advisories.yaml']);
    expect(Object.values(options.features).every(Boolean)).toBe(true);
    expect(parseOptions({ features: { examples: false } }).features)
      .toMatchObject({ examples: false, practices: true });
  });

  it('names an unknown option and lists the known ones', () => {
    const message = problem({ writeup: 'submissions' });
    expect(message).toContain('unknown option(s) `writeup`');
    expect(message).toContain('`writeups`');
    expect(problem({ features: { cohortt: true } }))
      .toContain('unknown option(s) `cohortt` in `features`; the options are `practices`');
  });

  it('says what was received and what is expected', () => {
    expect(problem({ features: { practices: 'no' } }))
      .toContain('`features.practices`: received `"no"`, expected true or false');
    expect(problem({ writeups: '/srv/submissions' })).toContain('`writeups`: received ' +
      '`"/srv/submissions"`, expected a path inside the project, relative to its root');
    expect(problem({ examples: '../elsewhere' })).toContain('`examples`: received ' +
      '`"../elsewhere"`, expected a path inside the project');
    expect(problem({ lessons: '' })).toContain('`lessons`: received `""`');
    expect(problem({ writeups: 3 })).toMatch(/Fix the option, or leave it out for its default/);
  });
});
