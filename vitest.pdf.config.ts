import { defineConfig } from 'vitest/config';

/** PDF tests: read the PDFs in `dist/pdf/` (run `npm run build`, which writes them, first). */
export default defineConfig({
  test: { include: ['tests/pdf/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
