import { defineConfig } from '@playwright/test';
import { chromium } from './playwright.browser';

/**
 * Browser tests against the real platform: the global setup starts `zorgregio test-stack` (broker,
 * development issuer, the four services on free ports with fresh databases), builds the app, serves
 * it with `vite preview` and a config.js pointing at those services, and onboards a contracted
 * provider through the public APIs. One worker: the specs share that platform.
 */

export default defineConfig({
  testDir: 'tests-platform',
  outputDir: 'test-results/platform',
  globalSetup: './tests-platform/global-setup.ts',
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000, // a spec takes 10–45 s; more when the machine is busy
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    ...chromium,
  },
});
