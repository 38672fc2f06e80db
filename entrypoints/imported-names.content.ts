// Registered by the background only while an imported dataset is active (src/messaging/imported-names-script.ts):
// asks for that dataset's strong names at document start, for the first stage to use instead of the bundled ones.
import { firstStageApi } from '@/src/first-stage/ext-api';
import { askImportedNames, putImportedNames } from '@/src/first-stage/imported-names';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // No "started" message posted to the page's window (see content.ts).
  noScriptStartedPostMessage: true,
  main: () => putImportedNames(askImportedNames(firstStageApi())),
});
