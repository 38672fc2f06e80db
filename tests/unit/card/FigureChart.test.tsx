import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '@/src/card/Card';
import { type ChartMark, labelBox, layoutChart, markerBox, overlaps } from '@/src/card/chart-layout';
import { figureView, value } from './card-fixtures';

afterEach(cleanup);

const chart = () => document.querySelector<SVGSVGElement>('figure.gtc-chart svg');
const keyItems = () => [...document.querySelectorAll('.gtc-chart-key li')].map((li) => li.textContent);
/** Each number written over another mark, as "number on mark". */
const numbersOnMarks = (marks: ChartMark[]) =>
  marks.flatMap((m) =>
    marks.filter((o) => o !== m && overlaps(labelBox(m.number, m.label), markerBox(o.x, o.y))).map((o) => `${m.number} on ${o.number}`),
  );

describe('figure chart', () => {
  it('draws one numbered mark per value in date order, each with its date, value and reporter', () => {
    const view = figureView([
      value(70000, 'Army official', '2026-01-29', { approximate: true }),
      value(67173, 'Health ministry', '2025-10-07'),
      value(68000, 'Health ministry', '2025-11-15'),
    ]);
    render(<Card view={view} />);
    const svg = chart();
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('width')).toBe('280');
    expect(svg?.getAttribute('height')).toBe('120');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Chart of 3 reported values (people) from 2025-10-07 to 2026-01-29: lowest 67,173, highest about 70,000.',
    );
    expect(svg?.querySelector(':scope > title')?.textContent).toBe('Reported values by date');
    const marks = [...(svg?.querySelectorAll('g.gtc-chart-mark') ?? [])];
    expect(marks.map((m) => m.querySelector('title')?.textContent)).toEqual([
      '2025-10-07: 67,173 people, Health ministry',
      '2025-11-15: 68,000 people, Health ministry',
      '2026-01-29: about 70,000 people, Army official',
    ]);
    expect(marks.map((m) => m.querySelector('.gtc-chart-number')?.textContent)).toEqual(['1', '2', '3']);
    expect(keyItems()).toEqual([
      '1 2025-10-07: 67,173 people, Health ministry',
      '2 2025-11-15: 68,000 people, Health ministry',
      '3 2026-01-29: about 70,000 people, Army official',
    ]);
    // Told apart without colour: one shape per reporter.
    const shapes = marks.map((m) => m.querySelector('.gtc-chart-marker')?.getAttribute('d'));
    expect(shapes[0]).toBe(shapes[1]);
    expect(shapes[2]).not.toBe(shapes[0]);
  });

  it('places later dates to the right and larger values higher', () => {
    const { marks } = layoutChart([value(300, 'A', '2025-12-01'), value(100, 'B', '2025-10-01'), value(200, 'A', '2025-11-01')]);
    expect(marks.map((m) => m.value.value)).toEqual([100, 200, 300]);
    const [a, b, c] = marks;
    if (!a || !b || !c) throw new Error('three marks expected');
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    expect(a.y).toBeGreaterThan(b.y);
    expect(b.y).toBeGreaterThan(c.y);
  });

  it('draws a range as a vertical bar between two markers', () => {
    render(<Card view={figureView([value({ min: 1000, max: 2000 }, 'Agency', '2025-10-01'), value(1500, 'Ministry', '2025-11-01')])} />);
    const range = document.querySelector('g.gtc-chart-mark[data-range]');
    const bar = range?.querySelector('line.gtc-chart-range');
    expect(bar).toBeTruthy();
    expect(Number(bar?.getAttribute('y1'))).toBeLessThan(Number(bar?.getAttribute('y2')));
    expect(bar?.getAttribute('x1')).toBe(bar?.getAttribute('x2'));
    expect(range?.querySelectorAll('.gtc-chart-marker')).toHaveLength(2);
    expect(document.querySelectorAll('g.gtc-chart-mark[data-range]')).toHaveLength(1);
    expect(keyItems()[0]).toBe('1 2025-10-01: 1,000–2,000 people, Agency');
  });

  it('is not drawn for a single value, or for values that share one date', () => {
    render(<Card view={figureView([value(67173, 'Health ministry', '2025-10-07')])} />);
    expect(document.querySelector('.gtc-values')).toBeTruthy();
    expect(chart()).toBeNull();
    cleanup();
    render(<Card view={figureView([value(48, 'Israel', '2025-10-07'), value(47, 'AFP', '2025-10-07')])} />);
    expect(chart()).toBeNull();
  });

  it('keeps marks that share a date apart', () => {
    const { marks } = layoutChart([value(48, 'Israel', '2025-10-07'), value(47, 'AFP', '2025-10-07'), value(20, 'Israel', '2025-10-13')]);
    expect(marks[0]?.x).not.toBe(marks[1]?.x);
  });

  it('keeps marks in date order when a group on one date meets the plot edge', () => {
    // The Board of Peace pledges as the card shows them: four on the last date, one four days before. The group,
    // kept inside the plot, had been drawn left of the earlier mark, and three numbers covered marks.
    const { marks } = layoutChart([
      value(70e9, 'UN', '2026-01-12'),
      value(5e9, 'Members', '2026-02-15'),
      value(10e9, 'US', '2026-02-19'),
      value(7e9, 'Nine others', '2026-02-19'),
      value(17e9, 'Sum', '2026-02-19'),
      value(1.2e9, 'US officials', '2026-02-19'),
    ]);
    const xs = marks.map((m) => m.x);
    for (let k = 1; k < xs.length; k++) expect(xs[k] as number).toBeGreaterThanOrEqual((xs[k - 1] as number) + 9);
    // Five marks in 36 px leave one number no free side (the least-covering one is taken).
    expect(numbersOnMarks(marks).length).toBeLessThanOrEqual(1);
  });

  it('keeps every mark of a long series inside the plot, in date order', () => {
    // Forty values over 28 days of January (some sharing a date): nine pixels each would not fit the plot's width.
    const series = Array.from({ length: 40 }, (_, k) => value(100 + k, 'A', `2026-01-${String((k % 28) + 1).padStart(2, '0')}`));
    const { marks, plot } = layoutChart(series);
    for (const m of marks) expect(m.x).toBeGreaterThanOrEqual(plot.left - 0.1);
    for (let k = 1; k < marks.length; k++) expect((marks[k]?.x ?? 0) >= (marks[k - 1]?.x ?? 0)).toBe(true);
  });

  it('writes each number where no other mark or number is', () => {
    // The health ministry's toll as the card shows it: marks 4 and 5 are nine days apart, and 4's number above
    // right of it covered 5's marker.
    const series = [
      value(67173, 'A', '2025-10-07'),
      value(70100, 'B', '2025-11-29'),
      value(71419, 'C', '2026-01-12'),
      value(71667, 'D', '2026-01-29'),
      value(72027, 'E', '2026-02-07'),
      value(72073, 'F', '2026-02-23'),
    ];
    const { marks } = layoutChart(series);
    expect(numbersOnMarks(marks)).toEqual([]);
    for (const m of marks)
      for (const other of marks.filter((o) => o.number < m.number))
        expect(
          overlaps(labelBox(m.number, m.label), labelBox(other.number, other.label)),
          `${m.number}'s number on ${other.number}'s`,
        ).toBe(false);
    // Where there is room, the number keeps its usual place, above right.
    expect(marks[0]?.label).toEqual({ x: (marks[0]?.x ?? 0) + 6, y: (marks[0]?.y ?? 0) - 4, anchor: 'start' });
    expect(marks.some((m) => m.label.anchor === 'end' || m.label.y > m.y)).toBe(true);
  });

  it("keeps the first date's number off the value axis's labels when its usual place is taken", () => {
    // The first mark stands on the value axis, low in the plot, and the second date's mark is above right of it:
    // its number had gone above left, over the axis's own label for that value ("60").
    for (const [first, second] of [
      [60, 70],
      [50, 58],
      [40, 50],
    ]) {
      const { marks, plot, yTicks } = layoutChart([
        value(first as number, 'A', '2025-01-01'),
        value(second as number, 'B', '2025-01-18'),
        value(100, 'C', '2025-08-01'),
      ]);
      expect(yTicks.some((tick) => tick.at === marks[0]?.y)).toBe(true);
      for (const m of marks)
        expect(labelBox(m.number, m.label).left, `${first}/${second}: ${m.number}'s number left of the value axis`).toBeGreaterThanOrEqual(
          plot.left,
        );
      expect(numbersOnMarks(marks), `${first}/${second}`).toEqual([]);
    }
  });
});
