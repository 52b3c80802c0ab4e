/**
 * Horizontal bar chart rendered to SVG at build time. Each bar has its label on the line above it and its value at
 * its end, so the chart reads at 360 px wide. With `log: true` the scale is logarithmic, with a labelled tick at
 * each power of ten, so amounts that span four orders of magnitude all stay visible.
 */
import { max, min, scaleLinear, scaleLog } from 'd3';
import { PALETTE, esc, fitText, svgOpen } from './svg.ts';

export interface Bar {
  label: string;
  value: number;
  /** Text printed at the end of the bar. */
  valueLabel: string;
}

export interface BarOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
  log?: boolean;
  /** Formats a tick value (log scale only). */
  tickLabel?: (value: number) => string;
}

const FONT = 12;
const ROW = 42;

export function barChart(
  bars: readonly Bar[],
  { id, title, description, width = 320, log = false, tickLabel }: BarOptions,
): string {
  const top = log ? 22 : 4;
  const height = top + bars.length * ROW + 4;
  const right = width - 4;
  const values = bars.map((b) => b.value);
  const largest = max(values) ?? 1;
  const smallest = Math.max(1, min(values) ?? 1);
  const floor = 10 ** Math.floor(Math.log10(smallest));
  // Leave room for the value label after the longest bar.
  const scale = log
    ? scaleLog()
        .domain([floor, largest])
        .range([0, right - 90])
    : scaleLinear()
        .domain([0, largest])
        .range([0, right - 90]);
  const parts: string[] = [
    svgOpen(width, height, `${id}-t`, `${id}-d`),
    `<title id="${id}-t">${esc(title)}</title>`,
    `<desc id="${id}-d">${esc(description)}</desc>`,
  ];
  if (log) {
    const ticks: number[] = [];
    for (let t = floor; t <= largest * 1.0001; t *= 10) ticks.push(t);
    for (const t of ticks) {
      const x = scale(t);
      parts.push(`<line x1="${x}" x2="${x}" y1="${top - 4}" y2="${height - 4}" stroke="#d0d0d0" stroke-width="1"/>`);
      parts.push(
        `<text x="${x}" y="${top - 8}" font-size="10" fill="#595959" text-anchor="${x < 20 ? 'start' : 'middle'}">${esc(tickLabel?.(t) ?? String(t))}</text>`,
      );
    }
  }
  bars.forEach((b, i) => {
    const y = top + i * ROW;
    const w = Math.max(2, scale(Math.max(b.value, log ? floor : 0)));
    parts.push(
      `<text x="0" y="${y + FONT + 2}" font-size="${FONT}" fill="#1a1a1a">${esc(fitText(b.label, right, FONT))}</text>`,
    );
    parts.push(`<rect x="0" y="${y + 18}" width="${w}" height="16" fill="${PALETTE.blue.fill}"/>`);
    parts.push(`<text x="${w + 4}" y="${y + 30}" font-size="${FONT}" fill="#1a1a1a">${esc(b.valueLabel)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
