// The engine: matcher, scan, paint, hover and card. Not in the manifest: the background runs it
// (src/first-stage/engine-loader.ts) in the first stage's isolated world, only on pages that name the talks.
// It carries no dataset: the index comes with the background's answer (src/first-stage/engine-boot.ts).
import { startPageSession } from '@/src/content/page-session';
import { takeBoot } from '@/src/first-stage/engine-boot';
import { takeHandoff } from '@/src/first-stage/handoff';

export default defineContentScript({
  // Loaded by the first stage, so no host permission of its own is needed.
  matches: [],
  registration: 'runtime',
  // No "started" message posted to the page's window (see content.ts).
  noScriptStartedPostMessage: true,
  // Not returned: the background's executeScript waits for a returned promise, and the session waits for the
  // background's answer (first-stage/engine-boot.ts), which comes once executeScript is done.
  main: (ctx) => {
    startPageSession(ctx, takeHandoff(), takeBoot()).catch((error: unknown) =>
      console.error('[Gaza Talks Context] the engine stopped', error),
    );
  },
});
