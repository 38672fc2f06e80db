import { defineConfig } from '@playwright/test';

// Real Chromium with the built extension (.output/chrome-mv3). One worker: one browser, one extension.
export default defineConfig({
  testDir: 'tests/browser/chromium',
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-results/chromium.json' }]],
  outputDir: 'test-results/chromium',
});
