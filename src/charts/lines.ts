/**
 * Small multiples of line charts rendered to SVG at build time: one panel per series, each with its own scale from 0,
 * because the series of a staffing table differ by two orders of magnitude (hours vs. people). Every point is
 * labelled with its value and every panel with its years; missing values leave a gap.
 */
import { scaleLinear } from 'd3';
import {
  FONT_SIZE,
  LINE_HEIGHT,
  MIN_WIDTH,
  MUTED,
  PALETTE,
  RULE,
  esc,
  pct,
  svgOpen,
  textBlock,
  textWidth,
  wrapText,
} from './svg.ts';

export interface Series {
  label: string;
  values: Array<number | null>;
}

export interface LinesOptions {
  id: string;
  title: string;
  description: string;
  /** X-axis labels, one per value. */
  categories: string[];
}

/** Px from the highest point's value label down to the panel's baseline. */
const PLOT = 64;

export function smallMultiples(series: readonly Series[], o: LinesOptions): string {
  const label = (v: number) => v.toLocaleString('ja-JP');
  // The first and last points sit far enough in that their centred labels stay inside the narrowest column.
  const widest = Math.max(
    ...o.categories.map((c) => textWidth(c)),
    ...series.flatMap((s) => s.values.filter((v): v is number => v !== null).map((v) => textWidth(label(v)))),
  );
  const inset = (widest / 2 + 2) / MIN_WIDTH;
  const step = o.categories.length > 1 ? (1 - 2 * inset) / (o.categories.length - 1) : 0;
  const x = (k: number) => pct(o.categories.length > 1 ? inset + k * step : 0.5);
  const parts: string[] = [];
  let top = 0;
  for (const s of series) {
    const lines = wrapText(s.label);
    parts.push(textBlock(lines, 0, top + FONT_SIZE, 'font-weight="bold"'));
    const plotTop = top + lines.length * LINE_HEIGHT + FONT_SIZE + 8;
    const base = plotTop + PLOT;
    const present = s.values.filter((v): v is number => v !== null);
    const lo = Math.min(0, ...present);
    const hi = Math.max(...present, lo + 1);
    const y = scaleLinear().domain([lo, hi]).range([base, plotTop]);
    parts.push(`<line x1="0" x2="100%" y1="${base}" y2="${base}" stroke="${RULE}"/>`);
    s.values.forEach((v, k) => {
      const next = s.values[k + 1];
      if (v === null) return;
      if (next !== undefined && next !== null) {
        parts.push(
          `<line x1="${x(k)}" x2="${x(k + 1)}" y1="${y(v)}" y2="${y(next)}" stroke="${PALETTE.blue.fill}" stroke-width="2"/>`,
        );
      }
    });
    s.values.forEach((v, k) => {
      if (v === null) return;
      parts.push(`<circle cx="${x(k)}" cy="${y(v)}" r="4" fill="${PALETTE.blue.fill}"/>`);
      parts.push(`<text x="${x(k)}" y="${y(v) - 9}" text-anchor="middle">${esc(label(v))}</text>`);
    });
    o.categories.forEach((c, k) =>
      parts.push(`<text x="${x(k)}" y="${base + FONT_SIZE + 4}" text-anchor="middle" fill="${MUTED}">${esc(c)}</text>`),
    );
    top = base + FONT_SIZE + 4 + 20;
  }
  return [
    svgOpen(top - 12, `${o.id}-t`, `${o.id}-d`),
    `<title id="${o.id}-t">${esc(o.title)}</title>`,
    `<desc id="${o.id}-d">${esc(o.description)}</desc>`,
    ...parts,
    '</svg>',
  ].join('');
}
