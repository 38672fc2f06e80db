import { defineConfig } from 'vitest/config';

// Real Firefox ESR with the built extension (.output/firefox-mv2), driven by puppeteer-core over WebDriver BiDi.
// Each file launches its own Firefox; files run one after another so two browsers never compete for 2 cores.
export default defineConfig({
  resolve: { alias: { '@/': `${import.meta.dirname}/` } },
  test: {
    environment: 'node',
    include: ['tests/browser/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
