import { defineConfig } from '@playwright/test';

/**
 * The specs written against `e2e/fixtures/cross-browser.ts`: one description, run in real Chromium DevTools and in
 * the real Firefox toolbox. The rest reach Chromium-only surfaces (CDP downloads, Playwright pages of extension
 * tabs, the native context menu) and run in Chromium only; e2e/README.md says which and why. e2e/firefox/*.spec.ts
 * test what only Firefox has (a live theme switch) and take its screenshots.
 */
const CROSS_BROWSER_SPECS = ['panel-shell.spec.ts', 'every-cause.spec.ts', 'navigation.spec.ts'];

/** A regular expression, not a glob: globs match the whole path, and a checkout may itself sit in a "firefox" folder. */
const FIREFOX_ONLY = /[\\/]e2e[\\/]firefox[\\/][^\\/]+\.spec\.ts$/;

/** Real browsers with the built extension (dist/, dist-firefox/): `npm run build` first, or run `npm test`. */
export default defineConfig({
  testDir: 'e2e',
  // Two cores: one browser at a time, reused across the tests of the worker.
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  outputDir: 'e2e/artifacts/test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { headless: true, trace: 'off' },
  projects: [
    // No retry: a failure is a failure (the duplicate row of a request still loading as the panel opened, once
    // retried here, is fixed and pinned by e2e/capture-race.spec.ts).
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: FIREFOX_ONLY, retries: 0 },
    {
      name: 'firefox',
      use: { browserName: 'firefox' },
      // One retry, for one known flake: a stopped event page can still lose the success the invalid-stage row
      // needs (every-cause "stopped right after each answer" read invalid-api-key once in a clean CI run after the
      // reconnecting port's keepOnGiveUp fix). Root cause open; drop the retry when it is found.
      retries: 1,
      testMatch: [...CROSS_BROWSER_SPECS, FIREFOX_ONLY],
    },
  ],
});
