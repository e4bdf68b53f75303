/** The title a write-up gets from its first heading is text: no raw HTML, nothing a script hid. */
import { expect, it } from 'vitest';
import { writeupTitle } from '../../../src/ingest/remark-title-from-heading.ts';
it("titles a write-up with the text a reader sees in its first heading", () => {
  expect(writeupTitle('# Closing </title><script>alert(1)</script>\n')).toBe('Closing');
  expect(writeupTitle('# Notes <img src=x onerror=alert(1)>\n')).toBe('Notes');
  expect(writeupTitle('# Escaping `</title><script>x</script>`\n'))
    .toBe('Escaping </title><script>x</script>');
  expect(writeupTitle('# A <kbd>Ctrl</kbd> key\n')).toBe('A Ctrl key');
  expect(writeupTitle('# 🐳 Docker *rocks*\n')).toBe('🐳 Docker rocks');
});
