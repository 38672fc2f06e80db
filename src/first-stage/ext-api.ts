// The few extension APIs the first stage needs, straight from the browser: Firefox's `browser` and
// Chromium's `chrome` both return promises for these, so the first stage ships no polyfill. Only `runtime`:
// setting up the storage API's bindings cost every page a few milliseconds, so the background, which reads
// the settings anyway, decides whether the engine may run and tells open pages when the settings change.

export interface FirstStageApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined): void;
      removeListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined): void;
    };
  };
}

export function firstStageApi(): FirstStageApi {
  const g = globalThis as { browser?: FirstStageApi; chrome?: FirstStageApi };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('[Gaza Talks Context] no extension API');
  return api;
}
