import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic, no build, no browser. */
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
