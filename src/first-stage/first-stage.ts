// The first stage, on every page and frame: could this page be about the talks? It counts the strong
// names in the page's text against a build-time list and loads the engine only where there is one,
// or later, when a change to the page brings one. It reads no storage: the background runs the engine only
// where on/off and the paused sites allow it, and tells open pages when they change (applied live).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FindingsResponse } from '../messaging/messages';
import { yieldToPage } from '../scan/yield-to-page';
import { countPage } from './count-page';
import type { FirstStageApi } from './ext-api';
import { putHandoff, takeHandoff } from './handoff';
import { activeOn } from './site-settings';
import { smallPage } from './small-page';
import { FIRST_STAGE_MARK, type FirstStageVerdict, markStage } from './stage-marks';
import { NO_STRONG_NAMES, nameTable, type StrongCount, StrongCounter } from './strong-count';
import { watchForNames } from './watch-for-names';

export interface FirstStageDeps {
  api: FirstStageApi;
  /** The strong names by first word, as built (packed text: see dataset/build/strong-names). */
  firstWords: string;
  /** The dataset's version, for the popup's answer. */
  version: string;
  /** Has the engine run in this frame: false where the settings say no (off, or this site paused). */
  loadEngine: () => Promise<boolean>;
  /** An imported dataset's strong names, when one is active (see imported-names.ts); undefined without one. */
  importedNames?: Promise<string | null>;
  /** Asks again, when the reader imports a dataset or reverts to the bundled one. */
  askImportedNames?: () => Promise<string | null>;
}

export function startFirstStage(ctx: ContentScriptContext, deps: FirstStageDeps): void {
  const { api } = deps;
  let table = nameTable(deps.firstWords);
  let pendingNames = deps.importedNames;
  const root = document.body ?? document.documentElement;
  let run: AbortController | undefined;
  let handedOver = false;
  // Not known until the background says (a declined load, or a change of settings): counting meanwhile
  // reads only inside the page, and nothing runs further where the settings say no.
  let active = true;
  let last: StrongCount = NO_STRONG_NAMES;

  const report = (verdict: FirstStageVerdict, busyMs: number, count: StrongCount) =>
    markStage(FIRST_STAGE_MARK, { verdict, busyMs, entries: count.entries, mentions: count.mentions });

  /** Loads the engine with what was counted; resolves once it runs (true) or was declined or failed (false). */
  const handOver = (count: StrongCount, reason: 'load' | 'mutation', showAnyway = false): Promise<boolean> => {
    // The extension was reloaded or updated under this page: this copy ends here (asking `isInvalid`
    // aborts the context, which stops and detaches it); the new copy does the work.
    if (ctx.isInvalid) return Promise.resolve(false);
    handedOver = true;
    stop();
    putHandoff(showAnyway ? { count, reason, showAnyway: true } : { count, reason });
    return deps.loadEngine().then(
      (loaded) => {
        if (loaded) {
          detach();
          return true;
        }
        // Off, or this site paused: wait, listening, until the settings change.
        handedOver = false;
        active = false;
        takeHandoff();
        report('off', 0, count);
        return false;
      },
      (error: unknown) => {
        report('error', 0, count);
        console.error('[Gaza Talks Context] the engine did not load', error);
        return false;
      },
    );
  };

  const look = async (signal: AbortSignal) => {
    // Not in the task that injected us: on a huge page that is the browser's own long end-of-load task.
    await yieldToPage();
    if (pendingNames) {
      const imported = await pendingNames;
      pendingNames = undefined;
      table = nameTable(imported ?? deps.firstWords);
    }
    signal.throwIfAborted();
    const counter = new StrongCounter(table);
    let busyMs = 0;
    // The roots the count read are the ones watched after: the page is searched for them once.
    const shadowRoots: ShadowRoot[] = [];
    let closedRoots = false;
    await countPage(root, counter, {
      signal,
      probeWhole: smallPage(),
      onSlice: (ms) => (busyMs += ms),
      onShadowRoot: (shadow) => shadowRoots.push(shadow),
      onClosedRootCandidate: () => (closedRoots = true),
    });
    last = counter.result;
    // Fewer than three strong mentions can never make the engine judge the page on topic (its relevance
    // needs them, and it finds no more than this count does, except in closed shadow roots, which only it
    // reads): the engine stays unloaded, and a story that names Gaza once costs what an off-topic page
    // does. The popup's "show anyway" still loads it.
    const verdict = last.onTopic ? 'on-topic' : last.entries === 0 ? 'no-strong-names' : closedRoots ? 'closed-roots' : 'strong-names';
    report(verdict, busyMs, last);
    if (verdict === 'on-topic' || verdict === 'closed-roots') {
      void handOver(last, 'load');
      return;
    }
    watchForNames(
      root,
      table,
      () => {
        report('mutation', 0, NO_STRONG_NAMES);
        handOver(NO_STRONG_NAMES, 'mutation');
      },
      { signal, shadowRoots },
    );
  };

  const stop = () => {
    run?.abort();
    run = undefined;
  };

  let lastRaw: unknown;
  const apply = (raw: unknown) => {
    lastRaw = raw;
    active = activeOn(raw, location.hostname);
    if (handedOver) return;
    if (!active) {
      if (run) report('off', 0, NO_STRONG_NAMES);
      stop();
      return;
    }
    if (run) return;
    run = new AbortController();
    const signal = AbortSignal.any([run.signal, ctx.signal]);
    look(signal).catch((error: unknown) => {
      if ((error as Error).name !== 'AbortError') console.error('[Gaza Talks Context]', error);
    });
  };

  // The background's word that the settings changed, and the popup's question (every page is asked; until
  // the engine runs, this page has nothing to show).
  const onMessage = (message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'settings-changed') {
      apply((message as { settings?: unknown }).settings);
      return undefined;
    }
    if (type === 'dataset-changed' && deps.askImportedNames) {
      // Look again with the new dataset's names (the engine, once loaded, swaps its own index).
      pendingNames = deps.askImportedNames();
      if (!handedOver && active) {
        stop();
        apply(lastRaw);
      }
      return undefined;
    }
    if (type === 'show-anyway' && !handedOver && active && last.entries > 0) {
      // Answered once the engine runs, so the popup's next question reaches it.
      handOver(last, 'load', true).then(() => respond(undefined));
      return true;
    }
    if (type !== 'get-findings') return undefined;
    const reply: FindingsResponse = {
      url: location.href,
      version: deps.version,
      enabled: active,
      relevance: { score: last.score, onTopic: false },
      findings: [],
      // The strong names counted and not shown: the popup offers to show them anyway.
      ...(last.entries > 0 ? { heldBack: last.entries } : {}),
    };
    respond(reply);
    return undefined;
  };

  const detach = () => {
    api.runtime.onMessage.removeListener(onMessage);
  };

  api.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    stop();
    detach();
  });
  apply(undefined);
}
