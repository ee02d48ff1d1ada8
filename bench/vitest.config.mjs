import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The bench's own tests (generator, statistics, bundle walker): `npx vitest run --config bench/vitest.config.mjs`. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['bench/test/**/*.test.mjs'], environment: 'node', testTimeout: 60_000 },
});
