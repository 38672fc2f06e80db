import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileFromDisk, datasetIndexPlugin, FULL_ASSET } from './src/dataset/build/wxt-dataset-module';

// Gecko id: fixed so Firefox tests can pin the extension's moz-extension:// UUID.
export const GECKO_ID = 'gaza-talks-context@example.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), datasetIndexPlugin()] }),
  hooks: {
    // Fails the build with path-level messages before anything is bundled.
    'build:before': () => {
      compileFromDisk();
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: FULL_ASSET, contents: JSON.stringify(compileFromDisk().full) });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', '.test-results/**', 'playwright-report/**', 'bench/results/tmp/**'],
  },
});
