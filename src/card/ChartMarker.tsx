// One reporter's marker in a figure's chart: a shape (and filled or hollow), so reporters are told apart
// without colour.
const S = 4;
const SHAPES = [
  `M${-S},0a${S},${S} 0 1,0 ${2 * S},0a${S},${S} 0 1,0 ${-2 * S},0Z`,
  `M${-S},${-S}H${S}V${S}H${-S}Z`,
  `M0,${-S - 1}L${S + 1},${S}H${-S - 1}Z`,
  `M0,${-S - 1}L${S + 1},0L0,${S + 1}L${-S - 1},0Z`,
] as const;
const CROSS = `M${-S},${-S}L${S},${S}M${S},${-S}L${-S},${S}`;
const PLUS = `M${-S - 1},0H${S + 1}M0,${-S - 1}V${S + 1}`;

/** Filled shapes, then the same hollow, then two line marks: ten reporters before a style repeats. */
export const MARKER_STYLES = 2 * SHAPES.length + 2;

export function ChartMarker({ reporter, x, y }: { reporter: number; x: number; y: number }) {
  const style = reporter % MARKER_STYLES;
  const shape = SHAPES[style % SHAPES.length];
  const transform = `translate(${x} ${y})`;
  if (style >= 2 * SHAPES.length || !shape) {
    return <path class="gtc-chart-marker gtc-chart-marker-line" d={style % 2 === 0 ? CROSS : PLUS} transform={transform} />;
  }
  const hollow = style >= SHAPES.length;
  return <path class={`gtc-chart-marker ${hollow ? 'gtc-chart-marker-hollow' : ''}`} d={shape} transform={transform} />;
}

/** The marker alone, for the chart's key. */
export function MarkerIcon({ reporter }: { reporter: number }) {
  return (
    <svg class="gtc-chart-icon" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
      <ChartMarker reporter={reporter} x={0} y={0} />
    </svg>
  );
}
