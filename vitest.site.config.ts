import { defineConfig } from 'vitest/config';

/** Site tests: read the built `dist/` (run `npm run build` first). */
export default defineConfig({
  test: { include: ['tests/site/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 },
});
