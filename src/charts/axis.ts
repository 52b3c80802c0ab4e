/**
 * A linear axis from 0 for the bar and dumbbell charts: round ticks labelled at the top of a panel with light grid
 * lines through it, as many ticks as fit without their labels touching in the narrowest column.
 */
import { scaleLinear } from 'd3';
import { MIN_WIDTH, MUTED, RULE, esc, pct, textWidth } from './svg.ts';

export interface Tick {
  value: number;
  /** Position as a fraction of the drawing span (0 at the origin, 1 at the panel's largest value). */
  at: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Space kept between two tick labels, px. */
const GAP = 12;

/**
 * Round ticks of a scale from 0 to `max`. `span` is the fraction of the width the scale covers and `offset` the px
 * it starts from; labels are checked against each other and the right edge at MIN_WIDTH.
 */
export function linearTicks(max: number, span: number, offset: number, format: (value: number) => string): Tick[] {
  const scale = scaleLinear().domain([0, max]);
  for (const count of [5, 4, 3, 2, 1]) {
    const ticks = scale.ticks(count).map((value) => ({ value, at: value / max, label: format(value) }));
    const placed = ticks.map((t) => {
      const x = offset + t.at * span * MIN_WIDTH;
      const w = textWidth(t.label);
      const anchor: Tick['anchor'] = t.value === 0 ? 'start' : x + w / 2 > MIN_WIDTH ? 'end' : 'middle';
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      return { ...t, anchor, left, right: left + w };
    });
    if (placed.every((t, i) => i === 0 || t.left >= placed[i - 1]!.right + GAP)) {
      return placed.map(({ value, at, label, anchor }) => ({ value, at, label, anchor }));
    }
  }
  return [{ value: 0, at: 0, label: format(0), anchor: 'start' }];
}

/**
 * Tick labels with their baseline at `y`, and grid lines from below them down to `bottom`; or, where `bottom` is a list
 * of bands (top and bottom y), only across those bands: a chart whose row labels start at the axis's 0 keeps its grid
 * lines out of the label lines that way.
 */
export function axisMarkup(
  ticks: readonly Tick[],
  span: number,
  offset: number,
  y: number,
  bottom: number | ReadonlyArray<readonly [number, number]>,
): string {
  const parts: string[] = [];
  const bands = typeof bottom === 'number' ? [[y + 6, bottom] as const] : bottom;
  for (const t of ticks) {
    const x = pct(t.at * span);
    for (const [y1, y2] of bands) {
      parts.push(
        `<line x1="${x}" x2="${x}" y1="${y1}" y2="${y2}" stroke="${RULE}" stroke-width="1" transform="translate(${offset} 0)"/>`,
      );
    }
    parts.push(
      `<text x="${x}" y="${y}" fill="${MUTED}" text-anchor="${t.anchor}" transform="translate(${offset} 0)">${esc(t.label)}</text>`,
    );
  }
  return parts.join('');
}
