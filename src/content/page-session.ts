// The engine on one page, wired together: settings switch it on and off, passes scan the page, findings
// are painted and hovered, the popup is answered. Everything ends with WXT's context.
import strong from 'virtual:gtc/strong-names';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { forgetCardModule, type ShowOptions } from '../card/card-module';
import { removeLeftoverHosts } from '../card/host-tag';
import { LazyPopover, runCardModule } from '../card/lazy-popover';
import type { IndexInUse } from '../dataset/active-index';
import { onDatasetChanged, readIndexInUse } from '../dataset/active-index-reader';
import type { EntryView } from '../dataset/entry-view';
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
import { backgroundTally } from './background-tally';
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
import { entryCount } from './summarise-findings';

/** The first stage's boot when it has one; else both asked at once. */
async function startingPoint(boot: Promise<EngineBoot | undefined> | undefined): Promise<EngineBoot> {
  const given = await boot;
  if (given) return given;
  const [settings, index] = await Promise.all([readSettings(), readIndexInUse()]);
  return { settings, index };
}

export async function startPageSession(
  ctx: ContentScriptContext,
  handoff?: Handoff,
  boot?: Promise<EngineBoot | undefined>,
): Promise<void> {
  markStage(ENGINE_MARK, { reason: handoff?.reason ?? 'direct' });
  // The engine runs once a frame: a card already here belongs to a copy of the extension that was replaced.
  forgetCardModule();
  removeLeftoverHosts(document);
  const doc = document;
  const root = doc.body ?? doc.documentElement;
  // The index comes with the background's answer (engine-boot.ts), in a task after this script's own: the
  // matcher is built there, not while the browser evaluates this script.
  let pageIndex: PageIndex | undefined;
  let passes: ScanPasses | undefined;

  const findings = new PageFindings();
  // The reader asked for this page's names from the popup before the engine ran.
  if (handoff?.showAnyway) findings.showAnyway();
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
  // Firefox only: Chromium's manifest styles every page with the underline rules already (wxt.config.ts).
  const underline = import.meta.env.FIREFOX ? underlineSheet(() => browser.runtime.sendMessage({ type: 'load-style' })) : undefined;
  let settings: Settings = DEFAULT_SETTINGS;
  /** Settings that came before the index did: applied once it is here. */
  let early: Settings | undefined;
  let run: AbortController | undefined;
  let painter: Painter | undefined;
  let browsing: FindingBrowser | undefined;
  let firstPassDone: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstPassDone = resolve));

  const show = () => {
    const shown = findings.refresh();
    painter?.paint(shown, settings.density, paintStyle(settings.highlightStyle, passes?.longPage ?? false));
    reportCount(entryCount(findings.shownMentions()));
  };
  const newPasses = (page: PageIndex, count: Handoff['count'] | undefined) =>
    new ScanPasses(
      {
        root,
        matcher: page.matcher,
        far,
        findings,
        show,
        underline,
        remote: backgroundTally(
          (request) => browser.runtime.sendMessage(request),
          () => page.matcher.index.version,
        ),
        countStrong: async (under, signal, stats, untilAny = false) => {
          const counter = new StrongCounter(page.table, untilAny);
          await countPage(under, counter, { signal, onSlice: (ms) => addSlice(stats, ms) });
          return counter.result;
        },
      },
      count,
      page.setupMs,
    );
  /** The dataset to match with: a new matcher (`count`: what the first stage counted with the same names). */
  const useIndex = (inUse: IndexInUse, count?: Handoff['count']) => {
    pageIndex = new PageIndex(inUse, strong.firstWords);
    popover.forgetEntries();
    passes = newPasses(pageIndex, count);
  };
  /** The engine runs only once it has an index (apply waits for it), so passes exist wherever this is asked. */
  const currentPasses = (): ScanPasses => {
    if (!passes) throw new Error('the engine has no index yet');
    return passes;
  };
  const signalOf = (current: AbortController) => AbortSignal.any([current.signal, ctx.signal]);
  // Every card carries the reader's card settings (theme, text size, figure comparison, staleness, language).
  const showCard = (f: Finding, options?: ShowOptions) => void popover.show(f, { ...cardSettingsOf(settings), ...options });
  const prepareCard = (f: Finding) => popover.prepare(f, cardSettingsOf(settings));

  const activate = () => {
    const current = new AbortController();
    run = current;
    const signal = signalOf(current);
    const currentPainter = new Painter(window, signal);
    painter = currentPainter;
    keepPaint({ isValid: () => ctx.isValid, restore: () => currentPainter.restore(), signal });
    browsing = startInteraction({ doc, findings, popover, settings: () => settings, showCard, prepareCard }, signal);
    watchMutations(root, (batch) => queue.enqueue(() => currentPasses().partial(batch, signal), signal), { signal });
    const checkNear = watchNearRegions(window, far, (near) => queue.enqueue(() => currentPasses().regions(near, signal), signal), signal);
    // The reader may have scrolled while the first scan ran.
    queue.enqueue(async () => {
      try {
        await currentPasses().full(signal);
        checkNear();
      } finally {
        firstPassDone();
      }
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
    if (!passes) {
      early = next;
      return;
    }
    const previous = settings;
    const action = switchAction(settings, next, run !== undefined, location.href);
    settings = next;
    findings.setKinds(next.kinds);
    if (action === 'activate') activate();
    else if (action === 'deactivate') deactivate();
    // Off here from the start, or turned off before the first pass ran: nothing to wait for.
    if (!run) firstPassDone();
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

  const answer = findingsAnswer({
    findings,
    far,
    queue,
    passes: () => passes,
    running: () => (run ? signalOf(run) : undefined),
    version: () => pageIndex?.version ?? strong.version,
    started,
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
      readIndexInUse().then(
        (inUse) => {
          if (ctx.signal.aborted) return;
          const running = run !== undefined;
          deactivate();
          useIndex(inUse);
          if (running) activate();
        },
        (error: unknown) => console.error('[Gaza Talks Context] the new dataset did not load', error),
      );
    }),
  );
  const start = await startingPoint(boot);
  if (ctx.signal.aborted) return;
  // A dataset change that came first brought a newer index.
  if (!pageIndex) useIndex(start.index, handoff?.count);
  apply(early ?? start.settings);
}
