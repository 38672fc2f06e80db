// Where each mark of a figure's chart goes: x from the value's as-of date, y from the value (a range spans
// min to max). Pure, so the geometry is tested without rendering.
import type { FigureValue } from '../dataset/schema';

export const CHART_SIZE = { width: 280, height: 120 } as const;
const PAD = { top: 14, right: 26, bottom: 18, left: 40 } as const;
/** Marks on the same date are spread this far apart so none hides another. */
const SAME_DATE_SPREAD = 9;

export interface ChartMark {
  /** 1-based, in date order: the number shown beside the mark and in the key. */
  number: number;
  value: FigureValue;
  /** Which reporter (their order of first appearance): picks the marker shape. */
  reporter: number;
  x: number;
  /** The value, or a range's maximum. */
  y: number;
  /** A range's minimum. */
  yMin?: number;
  /** Where its number is written: beside the mark, on a side no other mark or number takes. */
  label: ChartLabel;
}

export interface ChartLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface ChartTick {
  at: number;
  label: string;
}

export interface ChartLayout {
  marks: ChartMark[];
  reporters: string[];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** A series worth drawing: at least two values with different dates. */
export function hasDatedSeries(values: FigureValue[]): boolean {
  return new Set(values.map((v) => v.asOf)).size >= 2;
}

export function bounds(v: FigureValue): [number, number] {
  return typeof v.value === 'number' ? [v.value, v.value] : [v.value.min, v.value.max];
}

// A month alone is drawn mid-month, between its possible days.
function timeOf(asOf: string): number {
  const [y = 0, m = 1, d = 15] = asOf.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

export function layoutChart(values: FigureValue[]): ChartLayout {
  const plot = {
    left: PAD.left,
    right: CHART_SIZE.width - PAD.right,
    top: PAD.top,
    bottom: CHART_SIZE.height - PAD.bottom,
  };
  const sorted = values.map((value, i) => ({ value, i, time: timeOf(value.asOf) })).sort((a, b) => a.time - b.time || a.i - b.i);
  const reporters: string[] = [];
  for (const { value } of sorted) if (!reporters.includes(value.reporter)) reporters.push(value.reporter);

  const times = sorted.map((s) => s.time);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const lows = values.map((v) => bounds(v)[0]);
  const highs = values.map((v) => bounds(v)[1]);
  const low = Math.min(...lows);
  const high = Math.max(...highs);
  // Counts start at zero when the data come near it, so a bar's height is not exaggerated; a series that
  // stays far from zero gets a tight scale, and the axis labels say where it starts.
  const fromZero = low >= 0 && low <= high / 2;
  const pad = high === low ? Math.abs(high) * 0.1 || 1 : (high - low) * 0.08;
  const y0 = fromZero ? 0 : low - pad;
  const y1 = high + (fromZero ? 0 : pad);
  const xOf = (time: number) =>
    t1 === t0 ? (plot.left + plot.right) / 2 : plot.left + ((time - t0) / (t1 - t0)) * (plot.right - plot.left);
  const yOf = (n: number) => plot.bottom - ((n - y0) / (y1 - y0 || 1)) * (plot.bottom - plot.top);

  const byDate = new Map<string, number>();
  for (const { value } of sorted) byDate.set(value.asOf, (byDate.get(value.asOf) ?? 0) + 1);
  const seen = new Map<string, number>();
  const marks = sorted.map(({ value, time }, k): ChartMark => {
    const group = byDate.get(value.asOf) ?? 1;
    const place = seen.get(value.asOf) ?? 0;
    seen.set(value.asOf, place + 1);
    // The group is centred on its date but kept inside the plot (the first and last dates are its edges).
    const width = (group - 1) * SAME_DATE_SPREAD;
    const start = Math.min(Math.max(xOf(time) - width / 2, plot.left), plot.right - width);
    const x = start + place * SAME_DATE_SPREAD;
    const [min, max] = bounds(value);
    const mark: ChartMark = {
      number: k + 1,
      value,
      reporter: reporters.indexOf(value.reporter),
      x: round(x),
      y: round(yOf(max)),
      label: { x: 0, y: 0, anchor: 'start' },
    };
    if (min !== max) mark.yMin = round(yOf(min));
    return mark;
  });
  keepApart(marks, plot);
  placeLabels(marks, plot);

  const yTicks: ChartTick[] = [{ at: round(yOf(high)), label: compact.format(high) }];
  if (low !== high) yTicks.push({ at: round(yOf(low)), label: compact.format(low) });
  // The zero line's label, unless the lowest value's label already sits there.
  if (fromZero && yOf(low) < plot.bottom - 10) yTicks.push({ at: plot.bottom, label: compact.format(0) });
  const first = sorted[0]?.value.asOf ?? '';
  const last = sorted.at(-1)?.value.asOf ?? '';
  const xTicks: ChartTick[] = [
    { at: plot.left, label: first },
    { at: plot.right, label: last },
  ];
  return { marks, reporters, xTicks, yTicks, plot };
}

// A number's box in the chart's 10 px bold digits as browsers measure it: the font's whole ascent and descent,
// and Firefox's digit cells, 9 px wide (Chromium's are ~1.5 px narrower). MARKER_RADIUS: a marker's half size.
const DIGIT_WIDTH = 9;
const ASCENT = 12;
const DESCENT = 3.5;
const MARKER_RADIUS = 4.5;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const markerBox = (x: number, y: number): Box => ({
  left: x - MARKER_RADIUS,
  right: x + MARKER_RADIUS,
  top: y - MARKER_RADIUS,
  bottom: y + MARKER_RADIUS,
});

/** Where a mark's number, written at `label`, stands. */
export function labelBox(number: number, label: ChartLabel): Box {
  const width = String(number).length * DIGIT_WIDTH;
  const left = label.anchor === 'start' ? label.x : label.x - width;
  return { left, right: left + width, top: label.y - ASCENT, bottom: label.y + DESCENT };
}

/**
 * Marks in date order, at least SAME_DATE_SPREAD apart: a group on one date kept inside the plot at its right edge
 * had been drawn left of a mark four days earlier. Marks move right of a nearer earlier one, then left of a later
 * one from the plot's right edge. More marks than the plot holds so (an imported figure's long series) are set
 * closer, so none leaves the plot.
 */
function keepApart(marks: ChartMark[], plot: ChartLayout['plot']): void {
  const gap = Math.min(SAME_DATE_SPREAD, (plot.right - plot.left) / Math.max(marks.length - 1, 1));
  const xs = marks.map((m) => m.x);
  for (let k = 1; k < xs.length; k++) xs[k] = Math.max(xs[k] as number, (xs[k - 1] as number) + gap);
  let limit = plot.right;
  for (let k = xs.length - 1; k >= 0; k--) {
    xs[k] = Math.min(xs[k] as number, limit);
    limit = (xs[k] as number) - gap;
  }
  // Rounded once at the end: rounding each step drifted forty marks half a pixel past the axis.
  marks.forEach((m, k) => {
    m.x = round(xs[k] as number);
  });
}

/** The sides tried for a mark's number, the usual first: above, below, then level with it. */
const sidesOf = (m: ChartMark): ChartLabel[] => [
  { x: m.x + 6, y: m.y - 4, anchor: 'start' },
  { x: m.x - 6, y: m.y - 4, anchor: 'end' },
  { x: m.x + 6, y: m.y + 16, anchor: 'start' },
  { x: m.x - 6, y: m.y + 16, anchor: 'end' },
  { x: m.x + 7, y: m.y + 4, anchor: 'start' },
  { x: m.x - 7, y: m.y + 4, anchor: 'end' },
];

/**
 * Each number goes above right of its mark, unless another mark or an earlier number is there (two dates a few
 * days apart): then to the first free side. Where none is free (four pledges on one day), to the side that
 * covers the fewest. A number stays right of the value axis, whose column holds the values' labels (a mark on the
 * axis had its number there, over the label of its own value), inside the chart and above the dates under the
 * time axis (the font's ascent may reach past the top).
 */
function placeLabels(marks: ChartMark[], plot: ChartLayout['plot']): void {
  const markers = marks.flatMap((m) => [m.y, ...(m.yMin === undefined ? [] : [m.yMin])].map((y) => ({ of: m, box: markerBox(m.x, y) })));
  const inside = (box: Box) => box.left >= plot.left && box.right <= CHART_SIZE.width && box.top >= -4 && box.bottom <= plot.bottom + 4;
  const taken: Box[] = [];
  for (const m of marks) {
    const covered = (box: Box) =>
      markers.filter((b) => b.of !== m && overlaps(b.box, box)).length + taken.filter((b) => overlaps(b, box)).length;
    const sides = sidesOf(m);
    let best = sides[0] as ChartLabel;
    let least = Number.POSITIVE_INFINITY;
    for (const side of sides) {
      const box = labelBox(m.number, side);
      if (!inside(box)) continue;
      const n = covered(box);
      if (n < least) [best, least] = [side, n];
      if (n === 0) break;
    }
    m.label = best;
    taken.push(labelBox(m.number, best));
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
