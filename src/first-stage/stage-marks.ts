// User Timing marks that say which stages ran on a page and why, for tests and the benchmark. The page can
// read them too; they carry counts and verdicts, never the page's text.

export const FIRST_STAGE_MARK = 'gaza-talks-context:first-stage';
export const ENGINE_MARK = 'gaza-talks-context:engine';

/**
 * `strong-names`: some, too few for the page to be on topic, so the engine is not loaded; `closed-roots`:
 * as few, but a custom element may hide a closed shadow root that only the engine reads, so it is loaded.
 */
export type FirstStageVerdict = 'off' | 'no-strong-names' | 'strong-names' | 'closed-roots' | 'on-topic' | 'mutation' | 'error';

export interface FirstStageReport {
  verdict: FirstStageVerdict;
  /** Main-thread time the first stage spent reading and counting, slices added up. */
  busyMs: number;
  entries: number;
  mentions: number;
}

export function markStage(name: string, detail: object): void {
  try {
    performance.mark(name, { detail: JSON.stringify(detail) });
  } catch {
    // A page may have replaced `performance`: reporting is optional.
  }
}
