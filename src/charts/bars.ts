/**
 * Horizontal bar chart rendered to SVG at build time. Bars are on a linear scale from 0, so a bar's length is
 * proportional to its value. Each bar has its label on the line(s) above it, wrapped, never cut, and its value at its
 * end. A chart may have several panels, each on its own linear scale with its ticks and a heading that says so
 * (e.g. the projects under 1億円 drawn again at a larger scale), because on one scale with a 133.8億円 project the
 * small ones are too short to compare.
 */
import { linearTicks, axisMarkup } from './axis.ts';
import {
  FONT_SIZE,
  HALO,
  LINE_HEIGHT,
  MIN_WIDTH,
  PALETTE,
  esc,
  panelTop,
  pct,
  svgOpen,
  textBlock,
  textWidth,
  wrapText,
} from './svg.ts';

export interface Bar {
  label: string;
  value: number;
  /** Text printed at the end of the bar. */
  valueLabel: string;
  /** The label's phrases (joined, the label), so it wraps between them; without them it wraps by a cheaper rule. */
  phrases?: readonly string[];
}

export interface BarPanel {
  /** Heading above the panel, e.g. `1億円未満の事業（目盛りを拡大）`; a chart of one panel needs none. */
  heading?: string;
  bars: Bar[];
}

export interface BarOptions {
  id: string;
  title: string;
  description: string;
  /** Formats a tick value, e.g. `50億円`. */
  tickLabel: (value: number) => string;
}

const BAR = 20;
/** Px between a bar's end and its value label. */
const GAP = 6;
const ROW_GAP = 14;

export function barChart(panels: readonly BarPanel[], { id, title, description, tickLabel }: BarOptions): string {
  const maxima = panels.map((p) => Math.max(0, ...p.bars.map((b) => b.value)));
  // The longest bar's share of the width: as long as lets every value label fit after its bar in the narrowest column.
  // All panels share it, so each panel's scale spans the same length.
  const span = Math.min(
    1,
    ...panels.flatMap((p, i) =>
      p.bars
        .filter((b) => b.value > 0)
        .map((b) => (MIN_WIDTH - GAP - textWidth(b.valueLabel)) / ((b.value / maxima[i]!) * MIN_WIDTH)),
    ),
  );
  const body: string[] = [];
  let y = 0;
  panels.forEach((panel, i) => {
    const max = maxima[i]! || 1;
    const parts: string[] = [];
    const top = panelTop(panel.heading, y);
    parts.push(...top.markup);
    const axisY = top.axisY;
    y = top.y;
    const rows: string[] = [];
    for (const b of panel.bars) {
      const lines = wrapText(b.label, undefined, undefined, b.phrases);
      rows.push(textBlock(lines, 0, y + FONT_SIZE));
      const barTop = y + lines.length * LINE_HEIGHT + 2;
      const w = pct((b.value / max) * span);
      rows.push(`<rect x="0" y="${barTop}" width="${w}" height="${BAR}" fill="${PALETTE.blue.fill}"/>`);
      rows.push(`<text x="${w}" dx="${GAP}" y="${barTop + BAR / 2 + 6}" ${HALO}>${esc(b.valueLabel)}</text>`);
      y = barTop + BAR + ROW_GAP;
    }
    const ticks = linearTicks(max, span, 0, tickLabel);
    parts.push(axisMarkup(ticks, span, 0, axisY, y - ROW_GAP));
    parts.push(...rows);
    body.push(`<g data-panel="${i}">${parts.join('')}</g>`);
    y += panel === panels.at(-1) ? 0 : 16;
  });
  const height = y - ROW_GAP + 4;
  return [
    svgOpen(height, `${id}-t`, `${id}-d`),
    `<title id="${id}-t">${esc(title)}</title>`,
    `<desc id="${id}-d">${esc(description)}</desc>`,
    ...body,
    '</svg>',
  ].join('');
}
