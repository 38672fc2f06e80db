// The engine: matcher, scan, paint, hover and card. Not in the manifest: the first stage imports it
// (src/first-stage/engine-loader.ts) into the same isolated world, only on pages that name the talks.
import index from 'virtual:gtc/matcher-index';
import { startPageSession } from '@/src/content/page-session';
import { takeHandoff } from '@/src/first-stage/handoff';
// The highlight styles: the background inserts this file with the engine (inject-script.ts), so pages
// that never load the engine carry no stylesheet of ours.
import '@/src/overlay/highlights.css';

export default defineContentScript({
  // Loaded by the first stage, so no host permission of its own is needed.
  matches: [],
  registration: 'runtime',
  main: (ctx) => startPageSession(ctx, index, takeHandoff()),
});
