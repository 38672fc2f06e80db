// The engine on one page, wired together: settings start and stop a run (engine-run.ts), the index in use
// carries the scan passes (session-index.ts), findings are painted and listed, the popup is answered.
// Everything ends with WXT's context.
import strong from 'virtual:gtc/strong-names';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { forgetCardModule } from '../card/card-module';
import { removeLeftoverHosts } from '../card/host-tag';
import { onDatasetChanged, readIndexInUse } from '../dataset/active-index-reader';
import type { EngineBoot } from '../first-stage/engine-boot';
import type { Handoff } from '../first-stage/handoff';
import { ENGINE_MARK, markStage } from '../first-stage/stage-marks';
import { markEngineStarted } from '../overlay/old-paint';
import { paintStyle } from '../overlay/paint-style';
import { firstMentionOf, reveal } from '../overlay/reveal';
import { underlineSheet } from '../overlay/underline-sheet';
import { FarRegions } from '../scan/far-regions';
import { DEFAULT_SETTINGS } from '../settings/settings-defaults';
import { onSettingsChanged } from '../settings/settings-reader';
import type { Settings } from '../settings/settings-schema';
import { badgeReporter } from './badge-reporter';
import { cardSettingsChanged, cardSettingsOf } from './card-settings';
import { countApart } from './count-apart';
import { EngineRun } from './engine-run';
import { findingsAnswer } from './findings-answer';
import { findingsResponder } from './findings-responder';
import { pageCard } from './page-card';
import { PageFindings } from './page-findings';
import { ScanQueue } from './scan-queue';
import { SessionIndex } from './session-index';
import { switchAction } from './site-switch';
import { startingPoint } from './starting-point';

export async function startPageSession(
  ctx: ContentScriptContext,
  handoff?: Handoff,
  boot?: Promise<EngineBoot | undefined>,
): Promise<void> {
  markStage(ENGINE_MARK, { reason: handoff?.reason ?? 'direct' });
  // The engine runs once a frame: a card already here belongs to a copy of the extension that was replaced.
  forgetCardModule();
  removeLeftoverHosts(document);
  markEngineStarted();
  const doc = document;
  const root = doc.body ?? doc.documentElement;
  const send = (message: object) => browser.runtime.sendMessage(message);

  let settings: Settings = DEFAULT_SETTINGS;
  /** Settings that came before the index did: applied once it is here. */
  let early: Settings | undefined;
  let run: EngineRun | undefined;
  let firstPassDone: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstPassDone = resolve));

  const findings = new PageFindings();
  // The reader asked for this page's names from the popup before the engine ran.
  if (handoff?.showAnyway) findings.showAnyway();
  // Long pages: regions far from the screen wait until the reader scrolls near them or the popup asks.
  const far = new FarRegions(window);
  const queue = new ScanQueue();
  const card = pageCard(doc, send, () => settings);
  const reportCount = badgeReporter((count) => {
    // Chromium throws at once, not in the promise, once the extension was reloaded under this page.
    if (ctx.isValid) void send({ type: 'findings-changed', count }).catch(() => {});
  });
  const countBadge = countApart(
    () => reportCount(findings.shownEntryCount()),
    () => findings.mentionCount(),
  );
  const show = () => {
    const before = findings.shown.length;
    const shown = findings.refresh();
    run?.painter.paint(shown, settings.density, paintStyle(settings.highlightStyle, index.passesIfReady?.longPage ?? false));
    countBadge();
    // A pointer already resting on a name the page now shows for the first time gets its card without moving.
    // Only then: rechecked at every pass, a 10 MB page would index its 43,000 mentions for the pointer each time.
    if (before === 0 && shown.length > 0) run?.hover.recheck();
  };
  // The index comes with the background's answer (engine-boot.ts), in a task after this script's own: the
  // matcher is built there, not while the browser evaluates this script.
  const index = new SessionIndex(strong.firstWords, {
    root,
    far,
    findings,
    send,
    show,
    // Firefox only: Chromium's manifest styles every page with the underline rules already (wxt.config.ts).
    ...(import.meta.env.FIREFOX ? { underline: underlineSheet(() => send({ type: 'load-style' })) } : {}),
  });

  const activate = () => {
    run = new EngineRun({
      win: window,
      root,
      far,
      queue,
      passes: () => index.passes,
      interaction: { doc, findings, popover: card.popover, settings: () => settings, showCard: card.show, prepareCard: card.prepare },
      context: ctx,
      onFirstPass: firstPassDone,
    });
  };
  const deactivate = () => {
    run?.stop();
    run = undefined;
    findings.clear();
    far.clear();
    card.popover.destroy();
    reportCount(0);
  };

  const apply = (next: Settings) => {
    if (!index.ready) {
      early = next;
      return;
    }
    const previous = settings;
    const action = switchAction(settings, next, run !== undefined, location.hostname);
    settings = next;
    findings.setKinds(next.kinds);
    if (action === 'activate') activate();
    else if (action === 'deactivate') deactivate();
    // Off here from the start, or turned off before the first pass ran: nothing to wait for.
    if (!run) firstPassDone();
    else if (action === 'repaint') {
      // Kinds change what is shown, counted and listed, not what was found: no scan, a refresh.
      show();
      const open = card.popover.shownFinding;
      if (open && !next.kinds.includes(open.entry.kind)) {
        if (run.browsing.active) run.browsing.stop(false);
        else card.popover.hide();
      }
    }
    if (run && cardSettingsChanged(previous, next)) card.popover.applySettings(cardSettingsOf(next));
  };

  const answer = findingsAnswer({
    findings,
    far,
    queue,
    passes: () => index.passesIfReady,
    running: () => run?.signal,
    version: () => index.version ?? strong.version,
    started,
  });
  const onMessage = findingsResponder(answer, {
    browse: () => run?.browsing.start(),
    showAnyway: () => {
      findings.showAnyway();
      if (run) show();
    },
    reveal: (id) => {
      const finding = firstMentionOf(findings.shown, id);
      if (run && finding) reveal(finding, card.show, run.signal);
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
          index.use(inUse);
          card.popover.forgetEntries();
          if (running) activate();
        },
        (error: unknown) => console.error('[Gaza Talks Context] the new dataset did not load', error),
      );
    }),
  );
  const start = await startingPoint(boot);
  if (ctx.signal.aborted) return;
  // A dataset change that came first brought a newer index.
  if (!index.ready) index.use(start.index, handoff?.count);
  apply(early ?? start.settings);
}
