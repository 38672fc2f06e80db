// Runs one of our on-demand scripts (the engine, the card) in the frame that asked for it, in the extension's
// isolated world: `scripting.executeScript` in MV3 (Chromium), `tabs.executeScript` in Firefox's MV2 build;
// and inserts the underline rules the same way (`insertCSS`: a page's CSP does not apply, and the page's DOM
// holds no <style> of ours).
import { browser } from 'wxt/browser';

/** The scripts a page may ask for, by name: the request never carries a path. */
export const ON_DEMAND_FILES = { engine: '/content-scripts/engine.js', card: '/card.js' } as const;
export type OnDemandScript = keyof typeof ON_DEMAND_FILES;

export interface FrameTarget {
  tabId: number;
  frameId: number;
  /** Chromium: the document that asked, so a frame that has navigated since is not injected. */
  documentId?: string;
}

/** MV3's target: the document that asked (so a frame that has navigated since is left alone), else its frame. */
const injectionTarget = (target: FrameTarget) =>
  target.documentId ? { tabId: target.tabId, documentIds: [target.documentId] } : { tabId: target.tabId, frameIds: [target.frameId] };

/** The frame a content script's message came from; undefined when it came from no tab. */
export function frameTargetOf(sender: { tab?: { id?: number }; frameId?: number }): FrameTarget | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const documentId = (sender as { documentId?: string }).documentId;
  return { tabId, frameId: sender.frameId ?? 0, ...(documentId ? { documentId } : {}) };
}

export async function injectScript(script: OnDemandScript, target: FrameTarget): Promise<void> {
  const file = ON_DEMAND_FILES[script];
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({
      target: injectionTarget(target),
      files: [file],
      injectImmediately: true,
    });
    return;
  }
  await browser.tabs.executeScript(target.tabId, { file, frameId: target.frameId, matchAboutBlank: true, runAt: 'document_start' });
}

/** The underline rules (see entrypoints/underlines.content.css). */
export const UNDERLINE_STYLE = '/content-scripts/underlines.css';

export async function insertUnderlines(target: FrameTarget): Promise<void> {
  if (browser.scripting?.insertCSS) {
    await browser.scripting.insertCSS({
      target: injectionTarget(target),
      files: [UNDERLINE_STYLE],
    });
    return;
  }
  await browser.tabs.insertCSS(target.tabId, {
    file: UNDERLINE_STYLE,
    frameId: target.frameId,
    matchAboutBlank: true,
    runAt: 'document_start',
  });
}
