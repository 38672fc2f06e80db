// Everything the content script does on one page, tied to WXT's context so it all ends together.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardPopover } from '../card/card-popover';
import type { EntryView } from '../dataset/entry-view';
import type { MatcherIndex } from '../dataset/matcher-index';
import { createMatcher } from '../matcher/matcher';
import { type FindingsResponse, parseRequest } from '../messaging/messages';
import { findingAtPoint } from '../overlay/hit-test';
import { trackHover } from '../overlay/hover-tracker';
import { clearPaint, firstMentions, paint } from '../overlay/painter';
import type { Finding } from '../scan/finding';
import { FindingsByNode } from '../scan/findings-by-node';
import { scanPage } from '../scan/scan-page';
import type { Settings } from '../settings/settings-schema';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { summariseFindings } from './summarise-findings';

const HOVER_DELAY_MS = 150;
const HIDE_DELAY_MS = 300;

export async function startPageSession(ctx: ContentScriptContext, index: MatcherIndex): Promise<void> {
  const doc = document;
  const matcher = createMatcher(index);
  const popover = new CardPopover(doc, (id) => browser.runtime.sendMessage({ type: 'get-entry', id }) as Promise<EntryView | undefined>);
  let findings: Finding[] = [];
  let byNode = new FindingsByNode([]);
  let enabled = false;
  let run: AbortController | undefined;

  const report = () => {
    void browser.runtime.sendMessage({ type: 'findings-changed', count: summariseFindings(findings).length }).catch(() => {});
  };

  const stop = () => {
    run?.abort();
    run = undefined;
    findings = [];
    byNode = new FindingsByNode([]);
    popover.destroy();
    clearPaint();
  };

  const start = async () => {
    run?.abort();
    const controller = new AbortController();
    run = controller;
    const signal = AbortSignal.any([controller.signal, ctx.signal]);
    try {
      const found = await scanPage(doc.body ?? doc.documentElement, matcher, { signal });
      findings = found;
      byNode = new FindingsByNode(found);
      paint(firstMentions(found));
      trackHover(
        doc,
        {
          findingAt: (x, y) => findingAtPoint(doc, byNode, x, y),
          isOverCard: (target) => popover.contains(target),
          show: (f) => void popover.show(f),
          hide: () => popover.hide(),
          shown: () => popover.shownFinding,
        },
        { delayMs: HOVER_DELAY_MS, hideDelayMs: HIDE_DELAY_MS, signal },
      );
      report();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  };

  const apply = (settings: Settings) => {
    if (settings.enabled === enabled) return;
    enabled = settings.enabled;
    if (enabled) void start();
    else {
      stop();
      report();
    }
  };

  const onMessage = (message: unknown): Promise<FindingsResponse> | undefined => {
    const request = parseRequest(message);
    if (request?.type !== 'get-findings') return undefined;
    return Promise.resolve({ url: location.href, version: index.version, enabled, findings: summariseFindings(findings) });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stop();
  });
  ctx.onInvalidated(watchSettings(apply));
  apply((await loadSettings()).settings);
}
