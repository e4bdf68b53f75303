import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic, no build, no browser. */
export default defineConfig({
  // Generous timeouts: some tests run the CLI as a process or check thousands of generated
  // files, and CI machines may be busy.
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
