import type { Summary } from './stats';

export interface PageResult {
  bytes: number;
  ours: { busyMs: Summary; longestSliceMs: Summary; longestTaskMs: Summary; findings: Summary; highlights: Summary };
  disabled?: { busyMs: Summary };
  /** Building the matcher for the page before any scan (not in `ours.busyMs`). */
  setupMs?: Summary;
  /** Long pages: the whole page read when the popup asks (the first scan covers the screens round the view). */
  whole?: { busyMs: Summary; longestSliceMs: Summary; longestTaskMs: Summary; findings: Summary; replyMs: Summary };
  wholeMemoryDeltaMb?: Summary;
  memoryDeltaMb?: Summary;
  appendToPaintMs?: Summary;
  stormLongestTaskMs?: Summary;
  markRegExp?: { ms: Summary; longestTaskMs: Summary; marks: Summary };
  markArray?: { ms: Summary; longestTaskMs: Summary; marks: Summary };
  floor: { ms: Summary };
  ratios: { markRegExpOverOurs: number; oursOverFloor: number; markArrayOverOurs?: number };
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
  bundle: { rawKb: number; gzipKb: number; hasFullTexts: boolean };
  growth?: { realMs: Summary; tenfoldMs: Summary; ratio: number };
  durationS: number;
}
