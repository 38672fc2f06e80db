import { defineConfig } from 'vitest/config';

// The real-browser suite: each spec in tests/browser/specs runs against the built extension in the browser
// GTC_BROWSER names (chromium: .output/chrome-mv3; firefox: .output/firefox-mv2). `npm test` runs it once
// per browser. Files run one after another so two browsers never compete for the machine's cores.
export default defineConfig({
  resolve: { alias: { '@/': `${import.meta.dirname}/` } },
  test: {
    name: process.env.GTC_BROWSER ?? 'chromium',
    environment: 'node',
    include: ['tests/browser/specs/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
