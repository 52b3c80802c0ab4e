/**
 * The previous year's and this year's budget per project as a dumbbell on a linear scale from 0, rendered to SVG at
 * build time: a hollow dot for the previous year, a filled dot for this year, joined by a line; a project with no
 * previous budget shows the filled dot alone. Each row has its label (wrapped, never cut) and both amounts in words
 * above the dots; the grid lines run only through the dots' bands, so the line at 0 never crosses a label. Like the bar chart, it may have panels, each on its own linear scale with a heading that says so.
 */
import { axisMarkup, linearTicks } from './axis.ts';
import {
  FONT_SIZE,
  LINE_HEIGHT,
  MIN_WIDTH,
  MUTED,
  PALETTE,
  esc,
  panelTop,
  pct,
  svgOpen,
  textBlock,
  textWidth,
  wrapText,
} from './svg.ts';

export interface Pair {
  label: string;
  before: number | null;
  after: number;
  /** Both amounts in words, e.g. `1,740万円→2,430万円`. */
  valueLabel: string;
  /** The label's phrases (joined, the label), so it wraps between them; without them it wraps by a cheaper rule. */
  phrases?: readonly string[];
}

export interface PairPanel {
  /** Heading above the panel, e.g. `10億円未満の事業（目盛りを拡大）`; a chart of one panel needs none. */
  heading?: string;
  pairs: Pair[];
}

export interface DumbbellOptions {
  id: string;
  title: string;
  description: string;
  tickLabel: (value: number) => string;
  /** Legend names of the two ends. */
  beforeName: string;
  afterName: string;
}

const R = 6;
/** Px the scale starts from, so a dot at 0 is not cut at the left edge. */
const OFFSET = R + 2;
/** The scale's share of the width: a dot at the largest value stays inside the narrowest column. */
const SPAN = (MIN_WIDTH - 2 * OFFSET) / MIN_WIDTH;

const before = (cx: string, cy: number) =>
  `<circle cx="${cx}" cy="${cy}" r="${R}" fill="#ffffff" stroke="${PALETTE.vermillion.fill}" stroke-width="2.5" transform="translate(${OFFSET} 0)"/>`;
const after = (cx: string, cy: number) =>
  `<circle cx="${cx}" cy="${cy}" r="${R}" fill="${PALETTE.blue.fill}" transform="translate(${OFFSET} 0)"/>`;

export function dumbbellChart(panels: readonly PairPanel[], o: DumbbellOptions): string {
  const body: string[] = [];
  // Legend: the marks themselves, then their names, on one line.
  const legendY = FONT_SIZE;
  body.push(
    before('0', legendY - 5),
    `<text x="${OFFSET + R + 6}" y="${legendY}">${esc(o.beforeName)}</text>`,
    `<g transform="translate(${OFFSET + R + 6 + textWidth(o.beforeName) + 24} 0)">${after('0', legendY - 5)}<text x="${OFFSET + R + 6}" y="${legendY}">${esc(o.afterName)}</text></g>`,
  );
  let y = legendY + 16;
  panels.forEach((panel, i) => {
    const values = panel.pairs.flatMap((p) => (p.before === null ? [p.after] : [p.before, p.after]));
    const max = Math.max(0, ...values) || 1;
    const x = (v: number) => pct((v / max) * SPAN);
    const parts: string[] = [];
    const top = panelTop(panel.heading, y);
    parts.push(...top.markup);
    const axisY = top.axisY;
    y = top.y;
    const rows: string[] = [];
    const bands: Array<[number, number]> = [];
    for (const p of panel.pairs) {
      const lines = wrapText(p.label, undefined, undefined, p.phrases);
      rows.push(textBlock(lines, 0, y + FONT_SIZE));
      y += lines.length * LINE_HEIGHT;
      const values = wrapText(p.valueLabel);
      rows.push(textBlock(values, 0, y + FONT_SIZE, `fill="${MUTED}"`));
      const cy = y + values.length * LINE_HEIGHT + R + 4;
      if (p.before !== null) {
        rows.push(
          `<line x1="${x(p.before)}" x2="${x(p.after)}" y1="${cy}" y2="${cy}" stroke="${MUTED}" stroke-width="2" transform="translate(${OFFSET} 0)"/>`,
          before(x(p.before), cy),
        );
      }
      rows.push(after(x(p.after), cy));
      bands.push([cy - R - 3, cy + R + 3]);
      y = cy + R + 16;
    }
    const ticks = linearTicks(max, SPAN, OFFSET, o.tickLabel);
    parts.push(axisMarkup(ticks, SPAN, OFFSET, axisY, bands));
    parts.push(...rows);
    body.push(`<g data-panel="${i}">${parts.join('')}</g>`);
    y += 16;
  });
  return [
    svgOpen(y - 16, `${o.id}-t`, `${o.id}-d`),
    `<title id="${o.id}-t">${esc(o.title)}</title>`,
    `<desc id="${o.id}-d">${esc(o.description)}</desc>`,
    ...body,
    '</svg>',
  ].join('');
}
