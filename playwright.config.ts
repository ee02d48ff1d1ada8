import { defineConfig } from '@playwright/test';

/** Real Chromium with the built extension (dist/): `npm run build` first, or run `npm test`. */
export default defineConfig({
  testDir: 'e2e',
  // Two cores: one browser at a time, reused across the tests of the worker.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  outputDir: 'e2e/artifacts/test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { headless: true, trace: 'off' },
});
