import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { datasetIndexPlugin } from './src/dataset/build/wxt-dataset-module';

// Unit and component tests. WxtVitest does not apply wxt.config's vite plugins, so they are listed here.
export default defineConfig({
  plugins: [WxtVitest(), preact(), datasetIndexPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/unit-setup.ts'],
  },
});
