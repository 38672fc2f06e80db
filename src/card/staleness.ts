// When an entry's facts may be out of date. Days are counted between calendar dates (the reader's today
// and the as-of date), so the hour of reading never moves the threshold.
const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export const DEFAULT_STALE_AFTER_DAYS = 30;

/** Whole days from `asOf` (YYYY-MM-DD or YYYY-MM) to `now`; undefined for a malformed date. */
export function daysSince(asOf: string, now: Date): number | undefined {
  const m = ISO.exec(asOf);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  // A month alone counts from its last day: "as of October" may mean the 31st, so it is not flagged early.
  const start = m[3] === undefined ? Date.UTC(year, month, 0) : Date.UTC(year, month - 1, Number(m[3]));
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - start) / DAY_MS);
}

/** Exactly `afterDays` old is still fresh; one day more is stale. */
export function isStale(asOf: string, now: Date, afterDays: number): boolean {
  const days = daysSince(asOf, now);
  return days !== undefined && days > afterDays;
}
