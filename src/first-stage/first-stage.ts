// The first stage, on every page and frame: could this page be about the talks? It counts the strong
// names in the page's text against a build-time list and loads the engine only where there is one,
// or later, when a change to the page brings one. It obeys on/off and paused sites, live.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FindingsResponse } from '../messaging/messages';
import { countPage } from './count-page';
import type { FirstStageApi } from './ext-api';
import { putHandoff } from './handoff';
import { activeOn, SETTINGS_KEY } from './site-settings';
import { FIRST_STAGE_MARK, type FirstStageVerdict, markStage } from './stage-marks';
import { NO_STRONG_NAMES, nameTable, type StrongCount, StrongCounter } from './strong-count';
import { watchForNames } from './watch-for-names';

export interface FirstStageDeps {
  api: FirstStageApi;
  /** The strong names by first word, as built (JSON: see dataset/build/strong-names). */
  firstWords: string;
  /** The dataset's version, for the popup's answer. */
  version: string;
  /** Has the engine run in this frame. */
  loadEngine: () => Promise<void>;
}

export function startFirstStage(ctx: ContentScriptContext, deps: FirstStageDeps): void {
  const { api } = deps;
  const table = nameTable(deps.firstWords);
  const root = document.body ?? document.documentElement;
  let run: AbortController | undefined;
  let handedOver = false;
  let active = false;
  let last: StrongCount = NO_STRONG_NAMES;

  const report = (verdict: FirstStageVerdict, busyMs: number, count: StrongCount) =>
    markStage(FIRST_STAGE_MARK, { verdict, busyMs, entries: count.entries, mentions: count.mentions });

  const handOver = (count: StrongCount, reason: 'load' | 'mutation') => {
    handedOver = true;
    stop();
    detach();
    putHandoff({ count, reason });
    deps.loadEngine().catch((error: unknown) => {
      report('error', 0, count);
      console.error('[Gaza Talks Context] the engine did not load', error);
    });
  };

  const look = async (signal: AbortSignal) => {
    const counter = new StrongCounter(table);
    let busyMs = 0;
    await countPage(root, counter, { signal, onSlice: (ms) => (busyMs += ms) });
    last = counter.result;
    report(last.onTopic ? 'on-topic' : last.entries > 0 ? 'strong-names' : 'no-strong-names', busyMs, last);
    if (last.entries > 0) return handOver(last, 'load');
    watchForNames(
      root,
      table,
      () => {
        report('mutation', 0, NO_STRONG_NAMES);
        handOver(NO_STRONG_NAMES, 'mutation');
      },
      { signal },
    );
  };

  const stop = () => {
    run?.abort();
    run = undefined;
  };

  const apply = (raw: unknown) => {
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

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(changes[SETTINGS_KEY]?.newValue);
  };

  // The popup asks every page; until the engine runs, this page has nothing to show.
  const onMessage = (message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'get-findings') return undefined;
    const reply: FindingsResponse = {
      url: location.href,
      version: deps.version,
      enabled: active,
      relevance: { score: last.score, onTopic: false },
      findings: [],
    };
    respond(reply);
    return undefined;
  };

  const detach = () => {
    api.storage.onChanged.removeListener(onChanged);
    api.runtime.onMessage.removeListener(onMessage);
  };

  api.storage.onChanged.addListener(onChanged);
  api.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    stop();
    detach();
  });
  api.storage.local.get(SETTINGS_KEY).then(
    (stored) => apply(stored[SETTINGS_KEY]),
    () => apply(undefined),
  );
}
