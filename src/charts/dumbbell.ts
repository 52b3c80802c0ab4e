/**
 * FY2023 → FY2024 budget per project as a dumbbell on a log scale, rendered to SVG at build time: a hollow dot for
 * the previous year, a filled dot for this year, joined by a line; a project with no previous budget shows the
 * filled dot alone. Labels sit on their own line above each row so the chart reads at 360 px wide.
 */
import { max, min, scaleLog } from 'd3';
import { PALETTE, esc, fitText, svgOpen } from './svg.ts';

export interface Pair {
  label: string;
  before: number | null;
  after: number;
  /** Text printed after the row, e.g. `17,400 → 24,300千円`. */
  valueLabel: string;
}

export interface DumbbellOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
  tickLabel: (value: number) => string;
  /** Legend names of the two ends. */
  beforeName: string;
  afterName: string;
}

const FONT = 12;
const ROW = 60;

export function dumbbellChart(pairs: readonly Pair[], o: DumbbellOptions): string {
  const width = o.width ?? 320;
  const top = 44;
  const height = top + pairs.length * ROW;
  const values = pairs.flatMap((p) => (p.before === null ? [p.after] : [p.before, p.after]));
  const floor = 10 ** Math.floor(Math.log10(Math.max(1, min(values) ?? 1)));
  const ceil = 10 ** Math.ceil(Math.log10(max(values) ?? 10));
  const x = scaleLog()
    .domain([floor, ceil])
    .range([6, width - 6]);
  const parts: string[] = [
    svgOpen(width, height, `${o.id}-t`, `${o.id}-d`),
    `<title id="${o.id}-t">${esc(o.title)}</title>`,
    `<desc id="${o.id}-d">${esc(o.description)}</desc>`,
  ];
  // Legend.
  parts.push(
    `<circle cx="8" cy="8" r="5" fill="#ffffff" stroke="${PALETTE.vermillion.fill}" stroke-width="2"/><text x="18" y="12" font-size="11" fill="#1a1a1a">${esc(o.beforeName)}</text>`,
  );
  parts.push(
    `<circle cx="130" cy="8" r="5" fill="${PALETTE.blue.fill}"/><text x="140" y="12" font-size="11" fill="#1a1a1a">${esc(o.afterName)}</text>`,
  );
  for (let t = floor; t <= ceil; t *= 10) {
    const tx = x(t);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${top - 6}" y2="${height}" stroke="#d0d0d0"/>`);
    parts.push(
      `<text x="${tx}" y="${top - 10}" font-size="10" fill="#595959" text-anchor="${tx < 20 ? 'start' : tx > width - 20 ? 'end' : 'middle'}">${esc(o.tickLabel(t))}</text>`,
    );
  }
  pairs.forEach((p, i) => {
    const y = top + i * ROW;
    const cy = y + 44;
    parts.push(
      `<text x="0" y="${y + 12}" font-size="${FONT}" fill="#1a1a1a">${esc(fitText(p.label, width, FONT))}</text>`,
    );
    parts.push(`<text x="0" y="${y + 28}" font-size="11" fill="#555555">${esc(p.valueLabel)}</text>`);
    if (p.before !== null) {
      parts.push(
        `<line x1="${x(p.before)}" x2="${x(p.after)}" y1="${cy}" y2="${cy}" stroke="#555555" stroke-width="2"/>`,
      );
      parts.push(
        `<circle cx="${x(p.before)}" cy="${cy}" r="5" fill="#ffffff" stroke="${PALETTE.vermillion.fill}" stroke-width="2"/>`,
      );
    }
    parts.push(`<circle cx="${x(p.after)}" cy="${cy}" r="5" fill="${PALETTE.blue.fill}"/>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
