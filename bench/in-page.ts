// Probes evaluated inside benchmark pages (self-contained functions).

/** Installed before any page script: records long tasks for the whole life of the page. */
export function recordLongTasks(): void {
  const w = window as unknown as { __gtcLongTasks: { start: number; duration: number }[] };
  w.__gtcLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__gtcLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Browsers without the Long Tasks API: the content script's own slice timer still reports.
  }
}

export interface PageScanResult {
  reports: { kind: string; busyMs: number; longestSliceMs: number; totalMs: number; paintMs: number; findings: number; shown: number; onTopic: boolean; at: number }[];
  longTasks: { start: number; duration: number }[];
  highlights: number;
}

export function readScanResults(): PageScanResult {
  const reports = performance.getEntriesByName('gaza-talks-context:scan', 'mark').map((m) => {
    const detail = JSON.parse(String((m as PerformanceMark).detail));
    return { ...detail, at: m.startTime };
  });
  let highlights = 0;
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('gaza-talks-context-')) highlights += h.size;
  });
  const w = window as unknown as { __gtcLongTasks?: { start: number; duration: number }[] };
  return { reports, longTasks: w.__gtcLongTasks ?? [], highlights };
}
