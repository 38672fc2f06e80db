import type { Summary } from './stats';

export interface PageResult {
  bytes: number;
  ours: { busyMs: Summary; longestSliceMs: Summary; longestTaskMs: Summary; findings: Summary; highlights: Summary };
  disabled?: { busyMs: Summary };
  /** Building the matcher for the page before any scan (not in `ours.busyMs`). */
  setupMs?: Summary;
  /** Long pages: the whole page read when the popup asks (the first scan covers the screens round the view). */
  whole?: {
    busyMs: Summary;
    longestSliceMs: Summary;
    longestTaskMs: Summary;
    findings: Summary;
    replyMs: Summary;
    /** The background's time matching the far regions' text (absent in results from before it did). */
    backgroundMs?: Summary;
  };
  wholeMemoryDeltaMb?: Summary;
  memoryDeltaMb?: Summary;
  appendToPaintMs?: Summary;
  stormLongestTaskMs?: Summary;
  markRegExp?: { ms: Summary; longestTaskMs: Summary; marks: Summary };
  markArray?: { ms: Summary; longestTaskMs: Summary; marks: Summary };
  /** Why mark.js `mark()` with the array of terms gave no figure (it recurses once per term: with ~1,300 terms it is near V8's stack limit, and some runs overflow). */
  markArrayError?: string;
  floor: { ms: Summary };
  ratios: { markRegExpOverOurs: number; oursOverFloor: number; markArrayOverOurs?: number };
}

/** The arms of the browser-counter comparison; `markJs` is the no-extension arm, then mark.js markRegExp. */
export type CostArm = 'none' | 'empty' | 'ours' | 'markJs';

/** Rows of the browser-counter table: pages at load, or read whole as when the popup asks. */
export type CostRowKey = '5kb' | '20kb' | '20kb-data' | 'off5' | 'off50' | 'off50-data' | '2mb' | '2mb-whole' | '10mb-whole';

export interface CostArmSummary {
  /** CDP Performance.getMetrics TaskDuration over the load: wall time of the renderer main thread's tasks. */
  taskMs: Summary;
  /** ThreadTime over the same window: the main thread's CPU time. */
  threadMs: Summary;
  /** The longest long task after DOMContentLoaded (the page's own parse and first layout come before it). */
  longestTaskMs: Summary;
  /** The longest long task of the whole load, the page's own included. */
  longestTaskAnyMs: Summary;
  highlights: Summary;
  /** The step after load (the popup's whole read, mark.js, or nothing), before its slot was padded. */
  thenMs: Summary;
  /** Rows with a step after load: the counter from the step's start to the end (no page parse or layout). */
  stepTaskMs?: Summary;
  stepThreadMs?: Summary;
  /** Loads on which the counter did not restart with the new document (expected: 0). */
  notRestarted: number;
}

export interface CostRowResult {
  label: string;
  page: string;
  bytes: number;
  viewport: { width: number; height: number };
  settleMs: number;
  thenSlotMs?: number;
  arms: Partial<Record<CostArm, CostArmSummary>>;
  /** Arm median minus the no-extension median, TaskDuration. */
  addedMs: { empty: number; ours: number; markJs?: number };
  /** The same on ThreadTime (CPU). */
  addedThreadMs: { empty: number; ours: number; markJs?: number };
  /** Rows with a step after load: the same, on the step's own window (see CostArmSummary.stepTaskMs). */
  addedStepMs?: { empty: number; ours: number; markJs?: number };
  /** mark.js's added time over ours (whole load; and on the step's window). */
  markJsOverOurs?: number;
  markJsOverOursStep?: number;
  /**
   * Traced loads of ours (task-attribution.ts): the most sampled time of ours inside one task of the page's
   * main thread (and, on the load where it was most, that task's length), and the page's longest task on
   * those loads, anyone's; and the extension's service worker's busy time on those loads (absent in results
   * from before it was traced).
   */
  ourTasks?: { oursMs: Summary; worstTaskMs: number; longestAnyMs: Summary; loads: number; backgroundMs?: Summary };
  /** How long the row took to run, all arms and runs. */
  seconds: number;
}

export interface BundleFile {
  file: string;
  rawKb: number;
  gzipKb: number;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string };
  browser: string;
  runs: number;
  dataset: { version: string; aliases: number; entries: number };
  pages: Partial<Record<'5kb' | '2mb' | '10mb' | 'offtopic' | 'live' | 'storm', PageResult>>;
  hoverToCardMs: Summary;
  popupSearchMs: Summary;
  /** The first stage (content-scripts/content.js); `files` is every .js in content-scripts/, the engine too. */
  bundle: {
    rawKb: number;
    gzipKb: number;
    hasFullTexts: boolean;
    files?: BundleFile[];
    totalRawKb?: number;
    totalGzipKb?: number;
  };
  /** Added main-thread time by the browser's counter (bench/browser-cost.ts), medians of `runs` loads an arm. */
  browserCost?: { runs: number; rows: Partial<Record<CostRowKey, CostRowResult>> };
  growth?: { realMs: Summary; tenfoldMs: Summary; ratio: number };
  durationS: number;
  /** Parts of the run that failed (their figures are missing); absent when everything ran. */
  failures?: string[];
}
