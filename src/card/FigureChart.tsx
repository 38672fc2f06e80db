// A figure's dated values as a small chart drawn by hand (no chart library in a card that loads on hover):
// one numbered mark per value, ranges as a bar between two marks, and a key that spells each one out.
import type { Figure, FigureValue } from '../dataset/schema';
import { t } from '../i18n/t';
import { ChartMarker, MarkerIcon } from './ChartMarker';
import { bounds, CHART_SIZE, type ChartMark, hasDatedSeries, layoutChart } from './chart-layout';
import { formatValue } from './FigureValues';
import { isolated, messageParts } from './message-parts';

export function FigureChart({ figure }: { figure: Figure }) {
  if (!hasDatedSeries(figure.values)) return null;
  const { marks, xTicks, yTicks, plot } = layoutChart(figure.values);
  const valueText = (v: FigureValue) => `${formatValue(v)} ${figure.unit}`;
  const markText = (m: ChartMark) => t('cardChartMark', [m.value.asOf, valueText(m.value), m.value.reporter]);
  const [lowest, highest] = extremes(figure.values);
  const summary = t('cardChartLabel', [
    String(marks.length),
    figure.unit,
    marks[0]?.value.asOf ?? '',
    marks.at(-1)?.value.asOf ?? '',
    lowest ? formatValue(lowest) : '',
    highest ? formatValue(highest) : '',
  ]);
  const { width, height } = CHART_SIZE;
  return (
    <figure class="gtc-chart">
      <svg
        class="gtc-chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        focusable="false"
      >
        <title>{t('cardChartTitle')}</title>
        <line class="gtc-chart-axis" x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} />
        <line class="gtc-chart-axis" x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} />
        {yTicks.map((tick) => (
          <text key={`y${tick.at}`} class="gtc-chart-tick" x={plot.left - 4} y={tick.at + 3} text-anchor="end">
            {tick.label}
          </text>
        ))}
        {xTicks.map((tick, i) => (
          <text key={`x${tick.at}`} class="gtc-chart-tick" x={tick.at} y={height - 4} text-anchor={i === 0 ? 'start' : 'end'}>
            {tick.label}
          </text>
        ))}
        {marks.map((m) => (
          <g key={m.number} class="gtc-chart-mark" data-mark={m.number} data-range={m.yMin === undefined ? undefined : 'true'}>
            <title>{markText(m)}</title>
            {m.yMin !== undefined && <line class="gtc-chart-range" x1={m.x} y1={m.y} x2={m.x} y2={m.yMin} />}
            {m.yMin !== undefined && <ChartMarker reporter={m.reporter} x={m.x} y={m.yMin} />}
            <ChartMarker reporter={m.reporter} x={m.x} y={m.y} />
            <text class="gtc-chart-number" x={m.label.x} y={m.label.y} text-anchor={m.label.anchor}>
              {m.number}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <span class="gtc-chart-title">{t('cardChartTitle')}</span>
        <ol class="gtc-chart-key">
          {marks.map((m) => (
            <li key={m.number} data-mark={m.number}>
              <MarkerIcon reporter={m.reporter} />
              <span class="gtc-chart-key-number">{m.number}</span>{' '}
              <span>{messageParts('cardChartMark', [m.value.asOf, valueText(m.value), isolated(m.value.reporter)])}</span>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

/** The values with the lowest and highest numbers (a range by its min and max). */
function extremes(values: FigureValue[]): [FigureValue | undefined, FigureValue | undefined] {
  let lowest: FigureValue | undefined;
  let highest: FigureValue | undefined;
  for (const v of values) {
    if (!lowest || bounds(v)[0] < bounds(lowest)[0]) lowest = v;
    if (!highest || bounds(v)[1] > bounds(highest)[1]) highest = v;
  }
  return [lowest, highest];
}
