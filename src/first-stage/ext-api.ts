// The few extension APIs the first stage needs, straight from the browser: Firefox's `browser` and
// Chromium's `chrome` both return promises for these, so the first stage ships no polyfill.

interface StorageChange {
  newValue?: unknown;
}

export interface FirstStageApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
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
  if (!api?.runtime) throw new Error('[Gaza Talks Context] no extension API in this context');
  return api;
}
