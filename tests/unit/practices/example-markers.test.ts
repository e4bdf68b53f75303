/**
 * Which blocks the text presents as bad or "before" examples: the ways the real write-ups and
 * common tutorials mark them, and sentences that merely contain the same words.
 */
import { describe, expect, it } from 'vitest';
import { exampleMarker, type BlockContext } from '../../../src/practices/example-markers.ts';

const block = (over: Partial<BlockContext>): BlockContext =>
  ({ heading: 'Dockerfile', intro: '', source: 'COPY . .\n', title: undefined, ...over });

describe('exampleMarker', () => {
  it.each([
    // Lab 02, 4.2: "**Bad Example:**" over `COPY . .` then `pip install`.
    [{ intro: '**Bad Example:**' }, 'introduced as “Bad Example:”'],
    // The vote service's first, deliberately naive file.
    [{ intro: 'I took the typical route first — something that works, nothing fancy:' },
      'introduced as “I took the typical route first — something that works, nothing fancy:”'],
    [{ intro: 'Before:' }, 'introduced as “Before:”'],
    [{ intro: 'Before optimization, the image was 900MB:' },
      'introduced as “Before optimization, the image was 900MB:”'],
    [{ intro: "Don't do this:" }, 'introduced as “Don\'t do this:”'],
    [{ intro: 'A naive Dockerfile looks like this:' },
      'introduced as “A naive Dockerfile looks like this:”'],
    [{ intro: 'The wrong way:' }, 'introduced as “The wrong way:”'],
    [{ intro: '❌ Copies everything first' }, 'introduced as “❌ Copies everything first”'],
    [{ heading: 'Anti-patterns' }, 'under the heading “Anti-patterns”'],
    [{ heading: '4.2 Bad example' }, 'under the heading “Bad example”'],
    [{ source: '# Bad: busts the cache\nCOPY . .\n' },
      'marked `# Bad: busts the cache` in the block'],
    [{ title: 'Dockerfile.bad-example' }, 'titled “Dockerfile.bad-example”'],
    [{ title: 'Before' }, 'titled “Before”'],
  ])('%o → %s', (over, expected) => {
    expect(exampleMarker(block(over))).toBe(expected);
  });

  it.each([
    // Lab 02's own good snippets and the vote service's final file.
    { intro: '**Implementation:**', heading: '1.3 Layer Caching Optimization' },
    { intro: 'Here’s what it all came together as:', heading: '✅ Final Dockerfile' },
    { intro: 'Used `--chown=appuser:appuser` during COPY:',
      heading: 'Challenge 1: Permission Denied When Running Container' },
    // The same words in a sentence that presents the author's own choice.
    { intro: 'Install dependencies before code, so the layer is cached:' },
    { intro: "Don't forget the USER line:" },
    { intro: 'Before we start, create the file:' },
    { intro: 'This avoids the bad habit of running as root:' },
    { source: '# Install the app\nCOPY . .\n' },
  ])('%o is the author\'s own', (over) => {
    expect(exampleMarker(block(over))).toBeUndefined();
  });
});
