import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/test/**/*.test.mjs',
    ],
    environment: 'node',
    // Property tests and the bench generator's tests do real work; on a loaded 2-core CI machine 5 s is too tight.
    testTimeout: 60_000,
  },
});
