// The engine on one page, wired together: settings switch it on and off, passes scan the page, findings
// are painted and hovered, the popup is answered. Everything ends with WXT's context.
import strong from 'virtual:gtc/strong-names';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { forgetCardModule, type ShowOptions } from '../card/card-module';
import { removeLeftoverHosts } from '../card/host-tag';
import { LazyPopover, runCardModule } from '../card/lazy-popover';
import type { ActiveIndex } from '../dataset/active-index';
import { onDatasetChanged, readActiveIndex } from '../dataset/active-index-reader';
import type { EntryView } from '../dataset/entry-view';
import type { MatcherIndex } from '../dataset/matcher-index';
import { countPage } from '../first-stage/count-page';
import type { EngineBoot } from '../first-stage/engine-boot';
import type { Handoff } from '../first-stage/handoff';
import { ENGINE_MARK, markStage } from '../first-stage/stage-marks';
import { StrongCounter } from '../first-stage/strong-count';
import type { FindingBrowser } from '../overlay/finding-browser';
import { keepPaint } from '../overlay/paint-keeper';
import { paintStyle } from '../overlay/paint-style';
import { Painter } from '../overlay/painter';
import { firstMentionOf, reveal } from '../overlay/reveal';
import { underlineSheet } from '../overlay/underline-sheet';
import { FarRegions } from '../scan/far-regions';
import type { Finding } from '../scan/finding';
import { watchMutations } from '../scan/mutation-watcher';
import { addSlice } from '../scan/scan-page';
import { DEFAULT_SETTINGS } from '../settings/settings-defaults';
import { onSettingsChanged, readSettings } from '../settings/settings-reader';
import type { Settings } from '../settings/settings-schema';
import { badgeReporter } from './badge-reporter';
import { cardSettingsChanged, cardSettingsOf } from './card-settings';
import { findingsAnswer } from './findings-answer';
import { findingsResponder } from './findings-responder';
import { watchNearRegions } from './near-regions';
import { PageFindings } from './page-findings';
import { PageIndex } from './page-index';
import { startInteraction } from './page-interaction';
import { ScanPasses } from './scan-passes';
import { ScanQueue } from './scan-queue';
import { switchAction } from './site-switch';
import { summariseFindings } from './summarise-findings';

/** The first stage's boot when it has one; else both asked at once (an imported dataset costs no extra wait). */
async function startingPoint(boot: Promise<EngineBoot | undefined> | undefined): Promise<EngineBoot> {
  const given = await boot;
  if (given) return given;
  const [settings, index] = await Promise.all([readSettings(), readActiveIndex()]);
  return { settings, index };
}

export async function startPageSession(
  ctx: ContentScriptContext,
  bundledIndex: MatcherIndex,
  handoff?: Handoff,
  boot?: Promise<EngineBoot | undefined>,
): Promise<void> {
  markStage(ENGINE_MARK, { reason: handoff?.reason ?? 'direct' });
  // The engine runs once a frame: a card already here belongs to a copy of the extension that was replaced.
  forgetCardModule();
  removeLeftoverHosts(document);
  const doc = document;
  const root = doc.body ?? doc.documentElement;
  const setupStart = performance.now();
  // The bundled index unless the reader imported a dataset (then swapped in by useIndex before the first scan).
  const pageIndex = new PageIndex(bundledIndex, strong.firstWords);
  const setupMs = performance.now() - setupStart;

  const findings = new PageFindings();
  // Long pages: regions far from the screen wait until the reader scrolls near them or the popup asks.
  const far = new FarRegions(window);
  const queue = new ScanQueue();
  const popover = new LazyPopover(
    doc,
    (id) => browser.runtime.sendMessage({ type: 'get-entry', id }) as Promise<EntryView | undefined>,
    runCardModule(() => browser.runtime.sendMessage({ type: 'load-script', script: 'card' })),
  );
  const reportCount = badgeReporter((count) => {
    // Chromium throws at once, not in the promise, once the extension was reloaded under this page.
    if (ctx.isValid) void browser.runtime.sendMessage({ type: 'findings-changed', count }).catch(() => {});
  });
  const underline = underlineSheet(() => browser.runtime.sendMessage({ type: 'load-style' }));
  let settings: Settings = DEFAULT_SETTINGS;
  let run: AbortController | undefined;
  let painter: Painter | undefined;
  let browsing: FindingBrowser | undefined;

  const show = () => {
    const shown = findings.refresh();
    painter?.paint(shown, settings.density, paintStyle(settings.highlightStyle, passes.longPage));
    reportCount(summariseFindings(findings.shownMentions()).length);
  };
  const newPasses = (count: Handoff['count'] | undefined, ms: number | undefined) =>
    new ScanPasses(
      {
        root,
        matcher: pageIndex.matcher,
        far,
        findings,
        show,
        underline,
        countStrong: async (under, signal, stats, untilAny = false) => {
          const counter = new StrongCounter(pageIndex.table, untilAny);
          await countPage(under, counter, { signal, onSlice: (ms) => addSlice(stats, ms) });
          return counter.result;
        },
      },
      count,
      ms,
    );
  let passes = newPasses(handoff?.count, setupMs);
  /** Another dataset (imported, or the bundled one again): a new matcher; the first stage's count no longer applies. */
  const useIndex = (active: ActiveIndex | null) => {
    pageIndex.use(active);
    popover.forgetEntries();
    passes = newPasses(undefined, undefined);
  };
  const signalOf = (current: AbortController) => AbortSignal.any([current.signal, ctx.signal]);
  // Every card carries the reader's card settings (theme, text size, figure comparison, staleness, language).
  const showCard = (f: Finding, options?: ShowOptions) => void popover.show(f, { ...cardSettingsOf(settings), ...options });

  const activate = () => {
    const current = new AbortController();
    run = current;
    const signal = signalOf(current);
    const currentPainter = new Painter(window, signal);
    painter = currentPainter;
    keepPaint({ isValid: () => ctx.isValid, restore: () => currentPainter.restore(), signal });
    browsing = startInteraction({ doc, findings, popover, settings: () => settings, showCard }, signal);
    watchMutations(root, (batch) => queue.enqueue(() => passes.partial(batch, signal), signal), { signal });
    const checkNear = watchNearRegions(window, far, (near) => queue.enqueue(() => passes.regions(near, signal), signal), signal);
    // The reader may have scrolled while the first scan ran.
    queue.enqueue(async () => {
      await passes.full(signal);
      checkNear();
    }, signal);
  };

  const deactivate = () => {
    run?.abort();
    run = undefined;
    painter = undefined;
    browsing = undefined;
    findings.clear();
    far.clear();
    popover.destroy();
    reportCount(0);
  };

  const apply = (next: Settings) => {
    const previous = settings;
    const action = switchAction(settings, next, run !== undefined, location.href);
    settings = next;
    findings.setKinds(next.kinds);
    if (action === 'activate') activate();
    else if (action === 'deactivate') deactivate();
    else if (action === 'repaint') {
      // Kinds change what is shown, counted and listed, not what was found: no scan, a refresh.
      show();
      const open = popover.shownFinding;
      if (open && !next.kinds.includes(open.entry.kind)) {
        if (browsing?.active) browsing.stop(false);
        else popover.hide();
      }
    }
    if (run && cardSettingsChanged(previous, next)) popover.applySettings(cardSettingsOf(next));
  };

  // Single-page apps: a new route is a new page.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const current = run;
    if (current) queue.enqueue(() => passes.full(signalOf(current)), current.signal);
  });

  const answer = findingsAnswer({
    findings,
    far,
    queue,
    passes: () => passes,
    running: () => (run ? signalOf(run) : undefined),
    version: () => pageIndex.version,
  });
  const onMessage = findingsResponder(answer, {
    browse: () => browsing?.start(),
    showAnyway: () => {
      findings.showAnyway();
      if (run) show();
    },
    reveal: (id) => {
      const current = run;
      const finding = firstMentionOf(findings.shown, id);
      if (current && finding) reveal(finding, showCard, signalOf(current));
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    deactivate();
  });
  ctx.onInvalidated(onSettingsChanged(apply));
  ctx.onInvalidated(
    onDatasetChanged(() => {
      void readActiveIndex().then((active) => {
        if (ctx.signal.aborted) return;
        const running = run !== undefined;
        deactivate();
        useIndex(active);
        if (running) activate();
      });
    }),
  );
  const { settings: initial, index: imported } = await startingPoint(boot);
  if (imported) useIndex(imported);
  apply(initial);
}
