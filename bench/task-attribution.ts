// Which of a page's long tasks are ours. The Long Tasks API (and Long Animation Frames, whose script lists
// leave content scripts out) name no culprit, and on the 10 MB page the page's own layout alone runs tasks
// of 100–250 ms with no extension: "the longest task" there says nothing about us. A traced load with V8's
// sampling profiler on tells: for each top-level task of the page's main thread, the sampled time with a
// frame of the extension's scripts anywhere on the stack (so native work our code asked for, an innerText or
// a forced layout, counts as ours). The traced load is one more load, outside the counter's figures.
import type { CDPSession } from 'playwright-core';

/** The trace events read here (Chrome's trace event format). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface OurTasks {
  /** The most sampled time of ours inside one top-level task, ms. */
  oursMs: number;
  /** How long that task was, ms (0 when none of ours was sampled). */
  taskMs: number;
  /** The longest top-level task of the page's main thread, anyone's, ms. */
  longestAnyMs: number;
  /** Samples seen on the main thread (0: the profile was missing and nothing above can be trusted). */
  samples: number;
}

export const ATTRIBUTION_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

/**
 * Every thread's tasks and names, and V8's runs of script: what serviceWorkerBusyMs reads. A worker runs its
 * promise callbacks (RunMicrotasks, in `v8.execute`) after its task's event has closed, so `toplevel` alone
 * read the background's 2 MB whole read 35–83 ms where it was busy 163–407 (one trace each way, 3 reads);
 * more categories (devtools.timeline, GC) added nothing. Not the sampling profiler: with it on, the worker
 * read about three times busier.
 */
export const TASK_CATEGORIES = ['toplevel', 'v8.execute', '__metadata'];

/** Chromium's name for the thread a service worker runs on. */
const SERVICE_WORKER_THREAD = 'ServiceWorker thread';

/**
 * The busy time of every service worker thread in the trace (only the extension's background runs one on the
 * bench's pages): the union of each thread's outermost complete events, ms; NaN without thread names (a
 * trace of the page's process alone). Work moved off the page into the background is still work the machine
 * does, and the page's counter does not see it.
 */
export function serviceWorkerBusyMs(events: readonly TraceEvent[]): number {
  const threads = new Set<string>();
  let named = false;
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') {
      named = true;
      if ((e.args as { name?: unknown } | undefined)?.name === SERVICE_WORKER_THREAD) threads.add(`${e.pid}:${e.tid}`);
    }
  if (!named) return Number.NaN;
  let busy = 0;
  for (const thread of threads) {
    const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
    let end = Number.NEGATIVE_INFINITY;
    for (const e of spans) {
      const stop = e.ts + (e.dur ?? 0);
      if (stop <= end) continue;
      busy += stop - Math.max(e.ts, end);
      end = stop;
    }
  }
  return busy / 1000;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface Chunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** The renderer main thread that parsed `pageUrl` (its ParseHTML names the document). */
export function mainThreadOf(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  for (const e of events) {
    const begin = e.args?.beginData as { url?: string } | undefined;
    if (e.name === 'ParseHTML' && begin?.url === pageUrl) return { pid: e.pid, tid: e.tid };
  }
  return undefined;
}

/** Each sample of the main thread's profile: its time, and whether one of our scripts is on its stack. */
function samplesOf(events: readonly TraceEvent[], main: { pid: number; tid: number }, ours: (url: string) => boolean) {
  const out: { ts: number; ours: boolean }[] = [];
  const starts = new Map<string, number>();
  for (const e of events)
    if (e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid && e.id !== undefined)
      starts.set(e.id, Number((e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts));
  for (const [id, start] of starts) {
    const nodes = new Map<number, ProfileNode>();
    let at = start;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== id) continue;
      const chunk = (e.args?.data ?? {}) as Chunk;
      for (const node of chunk.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = chunk.cpuProfile?.samples ?? [];
      const deltas = chunk.timeDeltas ?? [];
      samples.forEach((nodeId, k) => {
        at += deltas[k] ?? 0;
        let node = nodes.get(nodeId);
        let mine = false;
        while (node && !mine) {
          mine = ours(node.callFrame.url ?? '');
          node = node.parent === undefined ? undefined : nodes.get(node.parent);
        }
        out.push({ ts: at, ours: mine });
      });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * Reads a trace of one load. `ours` says whether a script URL is the extension's. Each sample counts for
 * the time to the next one (capped at 2 ms, so a gap in the profile is not taken for work).
 */
export function ourTasksFromTrace(events: readonly TraceEvent[], pageUrl: string, ours: (url: string) => boolean): OurTasks {
  const main = mainThreadOf(events, pageUrl);
  const none: OurTasks = { oursMs: 0, taskMs: 0, longestAnyMs: 0, samples: 0 };
  if (!main) return none;
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // Top level only: a RunTask nested in another (a nested run loop) belongs to its parent.
  const top: TraceEvent[] = [];
  for (const task of tasks) {
    const last = top[top.length - 1];
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) top.push(task);
  }
  const samples = samplesOf(events, main, ours);
  const result = { ...none, samples: samples.length, longestAnyMs: Math.max(0, ...top.map((t) => (t.dur ?? 0) / 1000)) };
  let k = 0;
  for (const task of top) {
    const end = task.ts + (task.dur ?? 0);
    while (k < samples.length && (samples[k]?.ts ?? 0) < task.ts) k++;
    let mine = 0;
    for (let j = k; j < samples.length && (samples[j]?.ts ?? 0) < end; j++) {
      const sample = samples[j];
      if (!sample?.ours) continue;
      const next = Math.min(samples[j + 1]?.ts ?? end, end);
      mine += Math.min(next - sample.ts, 2000);
    }
    if (mine / 1000 > result.oursMs) {
      result.oursMs = mine / 1000;
      result.taskMs = (task.dur ?? 0) / 1000;
    }
  }
  return result;
}

/** Traces what `run` does in the tab `cdp` drives, returning every event. */
export async function traceWhile(
  cdp: CDPSession,
  run: () => Promise<void>,
  categories: readonly string[] = ATTRIBUTION_CATEGORIES,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are the trace event format's objects.
  const collect = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories] }, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}
