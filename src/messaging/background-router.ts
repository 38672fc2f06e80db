// The background answers card requests from the full dataset, runs the on-demand scripts a page asks for, and
// keeps each tab's badge count.
import { browser } from 'wxt/browser';
import { loadActiveDataset } from '../dataset/active-dataset';
import { ACTIVE_INDEX_KEY } from '../dataset/active-index';
import { refreshActiveIndex } from '../dataset/apply-import';
import { entryView } from '../dataset/entry-view';
import { loadCompiledDataset } from '../dataset/load-compiled';
import type { EngineLoaded } from '../first-stage/engine-boot';
import { dictionary } from '../i18n/ui-language';
import { SETTINGS_KEY } from '../settings/settings-key';
import { loadSettings, migrateSettings, repairSettings, resetSettings, saveSettings } from '../settings/settings-store';
import { clearBadgesWhenOff, showCount } from './badge';
import { blockMatchService } from './block-match-service';
import { listenForCommands } from './commands';
import { addLookUpMenu } from './context-menu';
import { broadcastDatasetChanges } from './dataset-broadcast';
import { syncImportedNamesScript } from './imported-names-script';
import { frameTargetOf, injectScript, insertUnderlines } from './inject-script';
import { keptUntilChanged } from './kept-until-changed';
import { parseRequest } from './messages';
import { reinjectOnUpdate } from './reinject-open-tabs';
import { type BootSources, broadcastSettingsChanges, engineBootFor, indexInUse } from './settings-broadcast';
import { tallyService } from './tally-service';
import { warmMatcher } from './warm-matcher';
import { openWelcomeOnInstall } from './welcome';

export function startBackground(): void {
  // Content scripts only read settings: bring the stored format up to date before they do.
  // A corrupted value is repaired once, keeping its valid fields and a backup the options page shows.
  void migrateSettings()
    .then(() => repairSettings())
    .catch((error: unknown) => console.error('[Gaza Talks Context] settings migration failed', error));
  // An update may have changed the bundled dataset under an extending import.
  void refreshActiveIndex(loadCompiledDataset).catch((error: unknown) =>
    console.error('[Gaza Talks Context] imported dataset not refreshed', error),
  );
  broadcastSettingsChanges();
  broadcastDatasetChanges();
  syncImportedNamesScript();
  listenForCommands();
  addLookUpMenu();
  openWelcomeOnInstall();
  reinjectOnUpdate();
  clearBadgesWhenOff();
  // Read for every page about the talks: kept until they change in storage.
  const boot: BootSources = {
    settings: keptUntilChanged([SETTINGS_KEY], loadSettings),
    inUse: keptUntilChanged([ACTIVE_INDEX_KEY], () => indexInUse()),
  };
  const matcherFor = warmMatcher(boot.inUse);
  const tally = tallyService(matcherFor);
  const matchBlocks = blockMatchService(matcherFor);
  browser.runtime.onMessage.addListener((message, sender) => {
    const request = parseRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'get-entry':
        return loadActiveDataset().then((dataset) => entryView(dataset, request.id));
      case 'get-index':
        return boot.inUse();
      case 'get-messages':
        return Promise.resolve(dictionary(request.language));
      case 'get-strong-names':
        // Asked on every page while an import is active (imported-names.content.ts): from what is kept, not
        // the whole imported index read out of storage for its names.
        return boot.inUse().then((inUse) => inUse.firstWords ?? null);
      case 'get-settings':
        return boot.settings().then((parsed) => parsed.settings);
      case 'save-settings':
        // Only the extension's own pages may change settings; a content script only reads them.
        if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        return (request.reset ? resetSettings() : Promise.resolve()).then(() => saveSettings(request.patch));
      case 'load-script': {
        const target = frameTargetOf(sender);
        if (!target) return undefined;
        if (request.script === 'card') return injectScript('card', target).then(() => true);
        // The first stage asks without knowing the settings: the engine runs only where they allow it, and
        // starts with what was read to decide that (first-stage/engine-boot.ts).
        return engineBootFor(request.site ?? '', boot).then(async (start) => {
          if (!start) return false;
          await injectScript('engine', target);
          // The engine will ask for its blocks to be matched: the matcher is built while the page starts it.
          void matcherFor(start.index.index.version).catch(() => undefined);
          return { loaded: true, ...start } satisfies EngineLoaded;
        });
      }
      case 'load-style': {
        const target = frameTargetOf(sender);
        return target ? insertUnderlines(target).then(() => true) : undefined;
      }
      case 'tally-text':
        // Only a page's content script reads a page.
        if (sender.tab?.id === undefined) return undefined;
        return tally(request, { tabId: sender.tab.id, frameId: sender.frameId ?? 0 });
      case 'match-blocks':
        if (sender.tab?.id === undefined) return undefined;
        return matchBlocks(request);
      case 'findings-changed': {
        const tabId = sender.tab?.id;
        // Only the top frame speaks for the tab.
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        return showCount(tabId, request.count);
      }
      default:
        return undefined;
    }
  });
}
