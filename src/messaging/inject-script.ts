// Runs one of our on-demand scripts (the engine, the card) in the frame that asked for it, in the extension's
// isolated world: `scripting.executeScript` in MV3 (Chromium), `tabs.executeScript` in Firefox's MV2 build.
import { browser } from 'wxt/browser';

/** The scripts a page may ask for, by name: the request never carries a path. */
export const ON_DEMAND_FILES = { engine: '/content-scripts/engine.js', card: '/card.js' } as const;
export type OnDemandScript = keyof typeof ON_DEMAND_FILES;
/**
 * Stylesheets that go in with a script: the highlight rules go in with the engine, so pages that never load
 * it carry no stylesheet of ours (one in the manifest cost every page its parsing and style matching).
 * Inserted by the extension, they apply under any page CSP.
 */
export const ON_DEMAND_STYLES: Partial<Record<OnDemandScript, string>> = { engine: '/content-scripts/engine.css' };

export interface FrameTarget {
  tabId: number;
  frameId: number;
  /** Chromium: the document that asked, so a frame that has navigated since is not injected. */
  documentId?: string;
}

export async function injectScript(script: OnDemandScript, target: FrameTarget): Promise<void> {
  const file = ON_DEMAND_FILES[script];
  const style = ON_DEMAND_STYLES[script];
  if (browser.scripting?.executeScript) {
    const where = target.documentId
      ? { tabId: target.tabId, documentIds: [target.documentId] }
      : { tabId: target.tabId, frameIds: [target.frameId] };
    await Promise.all([
      style ? browser.scripting.insertCSS({ target: where, files: [style] }) : undefined,
      browser.scripting.executeScript({ target: where, files: [file], injectImmediately: true }),
    ]);
    return;
  }
  const frame = { frameId: target.frameId, matchAboutBlank: true, runAt: 'document_start' } as const;
  await Promise.all([
    style ? browser.tabs.insertCSS(target.tabId, { file: style, ...frame }) : undefined,
    browser.tabs.executeScript(target.tabId, { file, ...frame }),
  ]);
}
