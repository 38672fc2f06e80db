// The first stage, on every page and frame: small, with no Preact, zod, fuse.js or matcher. It loads the
// engine (entrypoints/engine.content.ts) only where the page names the talks.
import strong from 'virtual:gtc/strong-names';
import { loadEngine } from '@/src/first-stage/engine-loader';
import { firstStageApi } from '@/src/first-stage/ext-api';
import { startFirstStage } from '@/src/first-stage/first-stage';
import { askImportedNames, takeImportedNames } from '@/src/first-stage/imported-names';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // about:blank and srcdoc frames hold text too; they inherit the page's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also post "content script started" (with our extension id) to the page's window, where any
  // page's message listener reads it; its document event is enough to stop an older copy (docs/privacy.md).
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    const api = firstStageApi();
    startFirstStage(ctx, {
      api,
      firstWords: strong.firstWords,
      version: strong.version,
      loadEngine: () => loadEngine(api),
      importedNames: takeImportedNames(),
      askImportedNames: () => askImportedNames(api),
    });
  },
});
