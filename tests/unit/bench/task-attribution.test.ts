import { describe, expect, it } from 'vitest';
import { ourTasksFromTrace, serviceWorkerBusyMs, type TraceEvent } from '../../../bench/task-attribution';

const PAGE = 'http://127.0.0.1:1/2mb.html';
const OURS = 'chrome-extension://abc/engine.js';
const main = { pid: 7, tid: 7 };

/** A trace: a parse naming the page, top-level tasks [start, dur] (µs), and samples [ts, node] on one profile. */
function trace(tasks: [number, number][], samples: [number, number][]): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { url: '' } },
    { id: 2, parent: 1, callFrame: { url: OURS } },
    // Native work our script called: its own frame has no URL, ours is below it.
    { id: 3, parent: 2, callFrame: { url: '' } },
    { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1:1/page.js' } },
  ];
  const events: TraceEvent[] = [
    { name: 'ParseHTML', ph: 'X', ts: 0, dur: 10, ...main, args: { beginData: { url: PAGE } } },
    { name: 'Profile', ph: 'P', ts: 0, ...main, id: '0x1', args: { data: { startTime: 0 } } },
    ...tasks.map(([ts, dur]): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, ...main })),
  ];
  let last = 0;
  events.push({
    name: 'ProfileChunk',
    ph: 'P',
    ts: 0,
    pid: main.pid,
    tid: 99,
    id: '0x1',
    args: {
      data: {
        cpuProfile: { nodes, samples: samples.map(([, node]) => node) },
        timeDeltas: samples.map(([ts]) => {
          const delta = ts - last;
          last = ts;
          return delta;
        }),
      },
    },
  });
  return events;
}

const isOurs = (url: string) => url.startsWith('chrome-extension://abc/');

/** Samples every millisecond from `from` to `to` (µs) on profile node `node`. */
const every = (from: number, to: number, node: (t: number) => number): [number, number][] => {
  const out: [number, number][] = [];
  for (let t = from; t < to; t += 1000) out.push([t, node(t)]);
  return out;
};
/** Reads a trace of these tasks ([start, duration] µs) and samples. */
const read = (tasks: [number, number][], samples: [number, number][]) => ourTasksFromTrace(trace(tasks, samples), PAGE, isOurs);

describe('ourTasksFromTrace', () => {
  it('counts the sampled time with our script on the stack, per top-level task', () => {
    // Task A (0–100 ms): the page's script only. Task B (200–260 ms): 30 ms ours (some native, called by us).
    const samples = [...every(0, 100_000, () => 4), ...every(200_000, 260_000, (t) => (t < 215_000 ? 2 : t < 230_000 ? 3 : 4))];
    const result = read(
      [
        [0, 100_000],
        [200_000, 60_000],
      ],
      samples,
    );
    expect(result.oursMs).toBeCloseTo(30, 0);
    expect(result.taskMs).toBe(60);
    expect(result.longestAnyMs).toBe(100);
    expect(result.samples).toBe(160);
  });

  it('adds up ours only inside one task, and ignores samples between tasks', () => {
    // Ours between the tasks (no task recorded round it) does not count.
    const result = read(
      [
        [0, 40_000],
        [150_000, 40_000],
      ],
      every(0, 190_000, () => 2),
    );
    expect(result.oursMs).toBeCloseTo(40, 0);
    expect(result.taskMs).toBe(40);
  });

  it('does not read a gap in the profile as work of ours', () => {
    // Two samples of ours 90 ms apart in one 100 ms task: at most 2 ms each.
    const result = read(
      [[0, 100_000]],
      [
        [0, 2],
        [90_000, 2],
      ],
    );
    expect(result.oursMs).toBeLessThanOrEqual(4);
  });

  it('nested tasks belong to their parent', () => {
    const result = read(
      [
        [0, 60_000],
        [10_000, 5_000],
      ],
      every(0, 60_000, () => 2),
    );
    expect(result.oursMs).toBeCloseTo(60, 0);
    expect(result.taskMs).toBe(60);
  });

  it('says when there is nothing to attribute', () => {
    expect(ourTasksFromTrace(trace([[0, 1000]], []), PAGE, isOurs)).toMatchObject({ samples: 0, oursMs: 0 });
    expect(ourTasksFromTrace(trace([[0, 1000]], [[0, 2]]), 'http://elsewhere/', isOurs).samples).toBe(0);
  });
});

describe('serviceWorkerBusyMs', () => {
  const named = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
  const task = (pid: number, tid: number, ts: number, dur: number, name = 'RunTask'): TraceEvent => ({ name, ph: 'X', ts, dur, pid, tid });

  it("sums the worker thread's outermost events, nested and overlapping ones once, other threads not at all", () => {
    const events = [
      named(3, 30, 'ServiceWorker thread'),
      named(7, 7, 'CrRendererMain'),
      task(3, 30, 0, 4000),
      // Nested inside the first: no more time.
      task(3, 30, 1000, 2000, 'FunctionCall'),
      // Overlapping its end: only the 1 ms past it.
      task(3, 30, 3000, 2000),
      task(3, 30, 10_000, 500),
      // The page's main thread, busy longer: not the worker's.
      task(7, 7, 0, 50_000),
    ];
    expect(serviceWorkerBusyMs(events)).toBeCloseTo(5.5, 6);
  });

  it('reads 0 when the worker did nothing, and NaN when the trace names no threads', () => {
    expect(serviceWorkerBusyMs([named(3, 30, 'ServiceWorker thread'), named(7, 7, 'CrRendererMain'), task(7, 7, 0, 9000)])).toBe(0);
    expect(serviceWorkerBusyMs([task(3, 30, 0, 4000)])).toBeNaN();
  });
});
