/**
 * An entry's front matter is validated once, by the collection's own parse; the schema is run a
 * second time only to explain a refusal with `file:line`, and a refusal it cannot explain is
 * passed on unchanged.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseEntryData, type SchemaFactory } from '../../../src/loaders/validate-frontmatter.ts';

/** A schema factory that counts how often a schema is built to validate with. */
function countingSchema() {
  const calls = { count: 0 };
  const schema: SchemaFactory = () => {
    calls.count += 1;
    return z.object({ title: z.string() });
  };
  return { schema, calls };
}

const text = '---\ntitle: 3\n---\n';

describe('parseEntryData', () => {
  it('validates valid front matter once: the collection\'s parse only', async () => {
    const { schema, calls } = countingSchema();
    let parses = 0;
    const data = await parseEntryData(async () => {
      parses += 1;
      return { title: 'T' };
    }, schema, { title: 'T' }, 'content/pages/a.md', '---\ntitle: T\n---\n', 'hint');
    expect(data).toEqual({ title: 'T' });
    expect(parses).toBe(1);
    expect(calls.count).toBe(0);
  });

  it('explains a refusal field by field, at its line', async () => {
    const { schema } = countingSchema();
    await expect(parseEntryData(() => Promise.reject(new Error('Astro: invalid data')), schema,
      { title: 3 }, 'content/pages/a.md', text, 'Add a title.'))
      .rejects.toThrow(/^content\/pages\/a\.md:2: front matter field `title`: received `3`/);
  });

  it('passes on a refusal the schema does not explain', async () => {
    const { schema } = countingSchema();
    const refusal = new Error('image not found');
    await expect(parseEntryData(() => Promise.reject(refusal), schema, { title: 'T' },
      'content/pages/a.md', text, 'hint')).rejects.toBe(refusal);
  });
});
