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
  reports: {
    kind: string;
    busyMs: number;
    longestSliceMs: number;
    totalMs: number;
    paintMs: number;
    findings: number;
    shown: number;
    onTopic: boolean;
    at: number;
    setupMs?: number;
    /** The whole read, matched by the background: its time doing so. */
    remoteMs?: number;
  }[];
  longTasks: { start: number; duration: number }[];
  highlights: number;
  /**
   * The first stage's own reports (it decides whether the engine loads at all): on a page that names none
   * of the talks' strong names it is the only part that runs, and there are no scan reports.
   */
  firstStage: { verdict: string; busyMs: number; at: number }[];
}

/** First-stage verdicts after which no scan follows (until a change to the page brings a name). */
export const FIRST_STAGE_FINAL = ['no-strong-names', 'strong-names', 'off', 'error'];

export function readScanResults(): PageScanResult {
  const reports = performance.getEntriesByName('gaza-talks-context:scan', 'mark').map((m) => {
    const detail = JSON.parse(String((m as PerformanceMark).detail));
    return { ...detail, at: m.startTime };
  });
  let highlights = 0;
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('gaza-talks-context-')) highlights += h.size;
  });
  const firstStage = performance.getEntriesByName('gaza-talks-context:first-stage', 'mark').map((m) => {
    const detail = JSON.parse(String((m as PerformanceMark).detail));
    return { verdict: String(detail.verdict), busyMs: Number(detail.busyMs ?? 0), at: m.startTime };
  });
  const w = window as unknown as { __gtcLongTasks?: { start: number; duration: number }[] };
  return { reports, longTasks: w.__gtcLongTasks ?? [], highlights, firstStage };
}

interface MarkCtor {
  new (
    el: Element,
  ): {
    markRegExp(re: RegExp, opts: { done: () => void }): void;
    mark(terms: string[], opts: { separateWordSearch: boolean; accuracy: string; done: () => void }): void;
  };
}

/** mark.js on the page (no extension): synchronous marking, then the next frame. */
export async function runMarkJs(args: { pattern?: string; terms?: string[] }): Promise<{ ms: number; syncMs: number; marks: number }> {
  const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
  const t0 = performance.now();
  const marker = new Mark(document.body);
  if (args.pattern) marker.markRegExp(new RegExp(args.pattern, 'giu'), { done: () => {} });
  else marker.mark(args.terms ?? [], { separateWordSearch: false, accuracy: 'exactly', done: () => {} });
  const syncMs = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { ms: performance.now() - t0, syncMs, marks: document.querySelectorAll('mark').length };
}

/** The floor: a TreeWalker that only reads the text. */
export function runFloorWalk(): { ms: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { ms: performance.now() - t0, chars };
}

export function readAppends(): number[] {
  return (window as unknown as { __gtcAppends?: number[] }).__gtcAppends ?? [];
}

export function readStorm(): { start: number; end: number; mutations: number } {
  return (window as unknown as { __gtcStorm: { start: number; end: number; mutations: number } }).__gtcStorm;
}
