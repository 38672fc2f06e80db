import { defineConfig } from 'vitest/config';

// The store zips (tests/packages/): `npm run zip` into a temporary dir, then a rebuild from the sources zip.
// Builds take seconds each on 2 cores, hence the long timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/packages/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
