// Leaves a User Timing mark after each scan pass, so benchmarks and tests read the scan's own cost from the
// page's performance timeline (shared between the page and the content script). Nothing leaves the browser.
import type { ScanStats } from '../scan/scan-page';

export const SCAN_MARK = 'gaza-talks-context:scan';

export interface ScanReport extends ScanStats {
  /** `tally`: the popup's whole read of a long page, far regions counted (region-tally.ts). */
  kind: 'full' | 'partial' | 'gated' | 'region' | 'tally';
  /** Including painting. */
  totalMs: number;
  paintMs: number;
  /** Mentions known: findings, and on a long page those counted far from the screen. */
  findings: number;
  shown: number;
  onTopic: boolean;
  /** First pass only: building the matcher for this page, before any scan. */
  setupMs?: number;
  /** The whole read, when the background matched the far regions' text: its time doing so (not the page's main thread). */
  remoteMs?: number;
}

export function markScan(report: ScanReport): void {
  try {
    performance.mark(SCAN_MARK, { detail: JSON.stringify(report) });
  } catch {
    // A page may have replaced `performance`: reporting is optional.
  }
}
