// What a page load costs the renderer's main thread, by the browser's own counter (browser-cost.ts), in three
// arms side by side: no extension, an empty control extension, and ours; on the 2 MB page read whole also
// mark.js markRegExp (the no-extension arm, then mark.js). Arms are interleaved run by run.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ArmLoad, type ArmLoadOptions, ArmTab, type CostArms, launchCostArms, readWholeWith } from './browser-cost';
import { runMarkJs } from './in-page';
import type { CostArm, CostArmSummary, CostRowKey, CostRowResult } from './results';
import { round, summarise } from './stats';
import type { OurTasks } from './task-attribution';

const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');

export interface CostRow {
  key: CostRowKey;
  /** The generated page (bench/.pages/<page>.html). */
  page: string;
  bytes: number;
  label: string;
  viewport: { width: number; height: number };
  /** Wait after the load event (and again after `then`), the same in every arm. */
  settleMs: number;
  /** Long pages: the popup asks our content script for the whole page's findings, in a slot this long. */
  readWhole?: { slotMs: number };
  /** Also mark.js markRegExp in the no-extension arm, inside the same slot. */
  markJs?: boolean;
  /** Loads per arm times this (small pages: cheap to load, and their budgets are a few milliseconds). */
  runsFactor?: number;
}

const ARMS: CostArm[] = ['none', 'empty', 'ours', 'markJs'];
/** Traced loads of ours per row, after the counted ones (see task-attribution.ts). */
const ATTRIBUTED_LOADS = 2;
/** Loads of ours per row traced for the service worker's busy time alone (browser-cost.ts backgroundBusy). */
const BACKGROUND_LOADS = 3;

function summariseArm(loads: ArmLoad[]): CostArmSummary {
  const s = (f: (l: ArmLoad) => number) => summarise(loads.map(f));
  return {
    taskMs: s((l) => l.taskMs),
    threadMs: s((l) => l.threadMs),
    longestTaskMs: s((l) => l.longestTaskMs),
    longestTaskAnyMs: s((l) => l.longestTaskAnyMs),
    highlights: s((l) => l.highlights),
    thenMs: s((l) => l.thenMs),
    ...(loads.some((l) => l.stepTaskMs !== undefined)
      ? { stepTaskMs: s((l) => l.stepTaskMs ?? Number.NaN), stepThreadMs: s((l) => l.stepThreadMs ?? Number.NaN) }
      : {}),
    notRestarted: loads.filter((l) => !l.restarted).length,
  };
}

/**
 * Runs every row `runs` times in each arm. Per row and run the arms go one after another, starting from a
 * different arm each run, so a slow spell on the machine is shared out rather than landing on one arm.
 */
export async function runBrowserCost(options: {
  rows: CostRow[];
  runs: number;
  url: (page: string) => string;
  ourDir: string;
  markPattern: string;
  log: (s: string) => void;
}): Promise<{ rows: Partial<Record<CostRowKey, CostRowResult>>; failures: string[] }> {
  const { rows, runs, url, ourDir, markPattern, log } = options;
  const arms: CostArms = await launchCostArms(ourDir);
  const out: Partial<Record<CostRowKey, CostRowResult>> = {};
  const failures: string[] = [];
  try {
    const rest = url('rest');
    const tabs = {
      none: await ArmTab.open(arms.none, rest),
      empty: await ArmTab.open(arms.empty.context, rest),
      ours: await ArmTab.open(arms.ours.context, rest),
    };
    const readWhole = readWholeWith(arms.ours);
    const markJs = async (page: Page) => {
      await page.addScriptTag({ path: MARK_JS });
      await page.evaluate(runMarkJs, { pattern: markPattern });
    };
    const idle = async () => {};
    const ourScript = (scriptUrl: string) => scriptUrl.startsWith(`chrome-extension://${arms.ours.extensionId}/`);
    for (const row of rows) {
      const started = Date.now();
      const rowArms = ARMS.filter((a) => a !== 'markJs' || row.markJs);
      const loads: Partial<Record<CostArm, ArmLoad[]>> = {};
      const attributed: OurTasks[] = [];
      const background: number[] = [];
      try {
        for (let i = 0; i < runs * (row.runsFactor ?? 1); i++) {
          const order = [...rowArms.slice(i % rowArms.length), ...rowArms.slice(0, i % rowArms.length)];
          for (const arm of order) {
            const load: ArmLoadOptions = { viewport: row.viewport, settleMs: row.settleMs };
            if (row.readWhole) {
              load.thenSlotMs = row.readWhole.slotMs;
              // biome-ignore lint/suspicious/noThenProperty: LoadOptions.then is browser-cost.ts's step after load, not a thenable
              load.then = arm === 'ours' ? readWhole : arm === 'markJs' ? markJs : idle;
            }
            const tab = arm === 'markJs' ? tabs.none : tabs[arm];
            const result = await tab.measure(url(row.page), load);
            if (result.thenMs > (row.readWhole?.slotMs ?? Number.POSITIVE_INFINITY))
              log(`  ${row.key} ${arm}: its step after load took ${result.thenMs} ms, over its ${row.readWhole?.slotMs} ms slot`);
            if (result.lastMarkAgoMs < row.settleMs / 2)
              log(`  ${row.key} ${arm}: a mark came ${result.lastMarkAgoMs.toFixed(0)} ms before the reading: still working?`);
            if (!result.restarted) log(`  ${row.key} ${arm}: the counter did not restart with the document (resting reading subtracted)`);
            loads[arm] = [...(loads[arm] ?? []), result];
          }
        }
        // Traced loads of ours, outside the counted ones: the same schedule, the popup's request included.
        const traced: ArmLoadOptions = { viewport: row.viewport, settleMs: row.settleMs };
        if (row.readWhole) {
          traced.thenSlotMs = row.readWhole.slotMs;
          // biome-ignore lint/suspicious/noThenProperty: LoadOptions.then is browser-cost.ts's step after load, not a thenable
          traced.then = readWhole;
        }
        for (let i = 0; i < ATTRIBUTED_LOADS; i++) {
          const tasks = await tabs.ours.attribute(url(row.page), traced, ourScript);
          if (tasks.samples === 0) log(`  ${row.key}: the traced load held no profile samples (no attribution)`);
          else attributed.push(tasks);
        }
        for (let i = 0; i < BACKGROUND_LOADS; i++) {
          const busy = await tabs.ours.backgroundBusy(url(row.page), traced);
          if (Number.isFinite(busy)) background.push(busy);
          else log(`  ${row.key}: the browser-wide trace named no threads (no background figure)`);
        }
      } catch (error) {
        // One row failing (a load timing out, say) leaves the others; its figures are missing.
        const message = `browser's counter on ${row.key}: ${(error as Error).message.split('\n')[0]}`;
        failures.push(message);
        log(`FAILED ${message}`);
        continue;
      }
      const summary = Object.fromEntries(Object.entries(loads).map(([arm, l]) => [arm, summariseArm(l)])) as Partial<
        Record<CostArm, CostArmSummary>
      >;
      const none = summary.none?.taskMs.median ?? Number.NaN;
      const noneThread = summary.none?.threadMs.median ?? Number.NaN;
      const noneStep = summary.none?.stepTaskMs?.median ?? Number.NaN;
      const added = (arm: CostArm) => round((summary[arm]?.taskMs.median ?? Number.NaN) - none, 1);
      const addedThread = (arm: CostArm) => round((summary[arm]?.threadMs.median ?? Number.NaN) - noneThread, 1);
      const addedStep = (arm: CostArm) => round((summary[arm]?.stepTaskMs?.median ?? Number.NaN) - noneStep, 1);
      const result: CostRowResult = {
        label: row.label,
        page: row.page,
        bytes: row.bytes,
        viewport: row.viewport,
        settleMs: row.settleMs,
        ...(row.readWhole ? { thenSlotMs: row.readWhole.slotMs } : {}),
        arms: summary,
        addedMs: { empty: added('empty'), ours: added('ours'), ...(row.markJs ? { markJs: added('markJs') } : {}) },
        addedThreadMs: {
          empty: addedThread('empty'),
          ours: addedThread('ours'),
          ...(row.markJs ? { markJs: addedThread('markJs') } : {}),
        },
        ...(row.readWhole
          ? { addedStepMs: { empty: addedStep('empty'), ours: addedStep('ours'), ...(row.markJs ? { markJs: addedStep('markJs') } : {}) } }
          : {}),
        ...(row.markJs
          ? {
              markJsOverOurs: round(added('markJs') / added('ours'), 1),
              markJsOverOursStep: round(addedStep('markJs') / addedStep('ours'), 1),
            }
          : {}),
        ...(attributed.length > 0
          ? {
              ourTasks: {
                oursMs: summarise(attributed.map((t) => t.oursMs)),
                worstTaskMs: attributed.reduce((a, b) => (b.oursMs > a.oursMs ? b : a)).taskMs,
                longestAnyMs: summarise(attributed.map((t) => t.longestAnyMs)),
                loads: attributed.length,
                ...(background.length > 0 ? { backgroundMs: summarise(background) } : {}),
              },
            }
          : {}),
        seconds: Math.round((Date.now() - started) / 1000),
      };
      out[row.key] = result;
      log(
        `  ${row.key}: no extension ${none.toFixed(1)} ms; added by the empty control ${result.addedMs.empty.toFixed(1)} ms, by ours ${result.addedMs.ours.toFixed(1)} ms${row.markJs ? `, by mark.js ${result.addedMs.markJs?.toFixed(1)} ms` : ''} (${result.seconds} s)`,
      );
    }
  } finally {
    await arms.close();
  }
  return { rows: out, failures };
}
