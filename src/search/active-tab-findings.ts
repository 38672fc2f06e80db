// Asks the active tab's top frame what it found; undefined where no content script can run.
import { browser } from 'wxt/browser';
import type { FindingsResponse } from '../messaging/messages';
import { findingsResponse } from '../messaging/messages';

export async function activeTabFindings(tabId?: number): Promise<FindingsResponse | undefined> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return undefined;
  try {
    const reply: unknown = await browser.tabs.sendMessage(id, { type: 'get-findings' }, { frameId: 0 });
    const parsed = findingsResponse.safeParse(reply);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
