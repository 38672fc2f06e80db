import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { highlightsOnRoot } from './scripts/vite-highlight-inheritance';
import { nativeBrowserInPages } from './scripts/vite-native-browser';
import { stripDynamicCode } from './scripts/vite-strip-dynamic-code';
import { FULL_ASSET, INDEX_ASSET } from './src/dataset/asset-paths';
import { compileFromDisk, datasetIndexPlugin } from './src/dataset/build/wxt-dataset-module';

// Gecko id: fixed so Firefox tests can pin the extension's moz-extension:// UUID.
export const GECKO_ID = 'gaza-talks-context@example.org';

export default defineConfig({
  // Benchmarks build a variant (synthetic aliases) beside the real build; the packages test zips elsewhere.
  outDir: process.env.GTC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => {
    // WXT keeps a NODE_ENV already set (a shell's, a test runner's `test`), and under anything but `production`
    // Preact's preset compiles its development JSX, which embeds absolute source paths: the store package
    // would leak the builder's paths and differ from one machine to the next. A production build is production.
    if (env.command === 'build' && env.mode === 'production') process.env.NODE_ENV = 'production';
    return {
      plugins: [nativeBrowserInPages(), preact(), datasetIndexPlugin(), stripDynamicCode(), highlightsOnRoot(env.browser)],
      // GTC_SOURCEMAP=1: readable output with source maps, for CPU profiles and bundle-size analysis.
      build: { sourcemap: process.env.GTC_SOURCEMAP === '1', minify: process.env.GTC_SOURCEMAP === '1' ? false : undefined },
    };
  },
  hooks: {
    // Fails the build with path-level messages before anything is bundled.
    'build:before': () => {
      compileFromDisk();
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`/${FULL_ASSET}`, `/${INDEX_ASSET}`);
    },
    'build:publicAssets': (_wxt, files) => {
      const { full, index } = compileFromDisk();
      files.push(
        { relativeDest: FULL_ASSET, contents: JSON.stringify(full) },
        { relativeDest: INDEX_ASSET, contents: JSON.stringify(index) },
      );
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The background runs the engine and the card in the pages that ask for them (docs/architecture.md):
    // `scripting` (MV3) and host access to the pages the content script already runs on, so the install
    // prompt says no more than before.
    // `contextMenus`: "Look up" on selected text (no install prompt of its own).
    permissions: browser === 'firefox' ? ['storage', 'contextMenus', '<all_urls>'] : ['storage', 'scripting', 'contextMenus'],
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Keyboard browsing of the findings (src/messaging/commands.ts; documented in the README).
    commands: {
      // Opens the toolbar popup (MV3's name; Firefox's MV2 build calls it _execute_browser_action).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPopup__',
      },
      'browse-findings': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandBrowse__',
      },
    },
    // Our highlight rules, from the start of every page: added once a page has loaded, a rule restyles every
    // element of it. Chromium's are on :root alone (scripts/vite-highlight-inheritance.ts), where even the
    // decorated ones (underlines.content.css) cost a page nothing, so it has both sheets here. Firefox's are on
    // every element: it has the fills here, and the background inserts the underlines where the engine runs.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        css:
          browser === 'firefox' ? ['content-scripts/highlights.css'] : ['content-scripts/highlights.css', 'content-scripts/underlines.css'],
        run_at: 'document_start',
        all_frames: true,
        match_about_blank: true,
      },
    ],
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
  // `npm run dev`: a real browser window (Debian's binaries) that opens our demo page, served by scripts/dev.ts.
  webExt: {
    binaries: {
      chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Chromium refuses to start as root with its sandbox on (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    startUrls: process.env.GTC_DEV_START_URL ? [process.env.GTC_DEV_START_URL] : [],
  },
  // The AMO sources zip: what a reviewer needs to rebuild the Firefox package (docs/release.md), listed
  // rather than excluded so that no stray, generated or secret file in the working tree is uploaded. Tests,
  // the benchmark and the screenshots are not needed to build. tests/packages/ checks that it rebuilds.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'README.md',
      'wxt.config.ts',
      'tsconfig.json',
      'biome.json',
      'entrypoints/**',
      'src/**',
      'types/**',
      'scripts/**',
      'public/**',
      'data/**',
      'docs/**',
    ],
    excludeSources: ['docs/screenshots/**'],
  },
});
