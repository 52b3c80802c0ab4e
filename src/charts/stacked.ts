/**
 * Stacked horizontal bars rendered to SVG at build time: one row per group (a part or category), one segment per
 * status on a linear scale, a legend on top. Every count is written out, so nothing is told by colour alone: inside
 * its segment where it fits in the narrowest column, otherwise on a line under the bar with its status's name
 * (e.g. `一部中止 1項目`), and each row's total, with its unit, after the bar.
 */
import {
  FONT_SIZE,
  LINE_HEIGHT,
  MIN_WIDTH,
  MUTED,
  PALETTE,
  esc,
  pct,
  svgOpen,
  textBlock,
  textWidth,
  wrapText,
} from './svg.ts';
import type { Colour } from './svg.ts';

export interface StackKey {
  key: string;
  label: string;
  colour: Colour;
}

export interface StackRow {
  label: string;
  /** The label's phrases (joined, the label), so it wraps between them; without them it wraps by a cheaper rule. */
  phrases?: readonly string[];
  counts: Record<string, number>;
}

export interface StackedOptions {
  id: string;
  title: string;
  description: string;
  keys: StackKey[];
  /**
   * The unit of a count, written after totals and outside counts: `項目`; or a count with its unit, for a language
   * whose unit depends on the number (`1 item`, `2 items`).
   */
  unit: string | ((n: number) => string);
}

const BAR = 24;
const SWATCH = 14;
/** Px between a bar's end and its total. */
const GAP = 6;

/** Swatch-and-text items flowed into lines no wider than the narrowest column; returns the markup and the height. */
function flow(items: ReadonlyArray<{ colour: Colour; text: string }>, top: number, ink = ''): [string, number] {
  const parts: string[] = [];
  let x = 0;
  let line = 0;
  for (const { colour, text } of items) {
    const w = SWATCH + 6 + textWidth(text);
    if (x > 0 && x + w > MIN_WIDTH) {
      x = 0;
      line += 1;
    }
    const base = top + line * LINE_HEIGHT + FONT_SIZE;
    parts.push(
      `<rect x="${x}" y="${base - SWATCH + 1}" width="${SWATCH}" height="${SWATCH}" fill="${PALETTE[colour].fill}"/>`,
      `<text x="${x + SWATCH + 6}" y="${base}"${ink}>${esc(text)}</text>`,
    );
    x += w + 16;
  }
  return [parts.join(''), items.length ? (line + 1) * LINE_HEIGHT : 0];
}

export function stackedBars(rows: readonly StackRow[], o: StackedOptions): string {
  const totals = rows.map((r) => o.keys.reduce((s, k) => s + (r.counts[k.key] ?? 0), 0));
  const most = Math.max(1, ...totals);
  const { unit } = o;
  const totalLabel = typeof unit === 'function' ? unit : (n: number) => `${n}${unit}`;
  // The longest bar's share of the width: as long as lets each row's total fit after its bar in the narrowest column.
  const span = Math.min(
    1,
    ...totals.filter((t) => t > 0).map((t) => (MIN_WIDTH - GAP - textWidth(totalLabel(t))) / ((t / most) * MIN_WIDTH)),
  );
  const [legend, legendHeight] = flow(
    o.keys.map((k) => ({ colour: k.colour, text: k.label })),
    0,
  );
  const parts: string[] = [legend];
  let y = legendHeight + 12;
  rows.forEach((r, i) => {
    const lines = wrapText(r.label, undefined, undefined, r.phrases);
    parts.push(textBlock(lines, 0, y + FONT_SIZE));
    const barTop = y + lines.length * LINE_HEIGHT + 2;
    let cursor = 0;
    const outside: Array<{ colour: Colour; text: string }> = [];
    for (const k of o.keys) {
      const n = r.counts[k.key] ?? 0;
      if (!n) continue;
      const from = (cursor / most) * span;
      const share = (n / most) * span;
      parts.push(
        `<rect x="${pct(from)}" y="${barTop}" width="${pct(share)}" height="${BAR}" fill="${PALETTE[k.colour].fill}"/>`,
      );
      if (share * MIN_WIDTH >= textWidth(String(n)) + 6) {
        parts.push(
          `<text x="${pct(from + share / 2)}" y="${barTop + BAR / 2 + 6}" text-anchor="middle" fill="${PALETTE[k.colour].ink}">${n}</text>`,
        );
      } else outside.push({ colour: k.colour, text: `${k.label} ${totalLabel(n)}` });
      cursor += n;
    }
    parts.push(
      `<text x="${pct((cursor / most) * span)}" dx="${GAP}" y="${barTop + BAR / 2 + 6}">${totalLabel(totals[i]!)}</text>`,
    );
    const [notes, notesHeight] = flow(outside, barTop + BAR + 4, ` fill="${MUTED}"`);
    parts.push(notes);
    y = barTop + BAR + 4 + notesHeight + 14;
  });
  return [
    svgOpen(y - 10, `${o.id}-t`, `${o.id}-d`),
    `<title id="${o.id}-t">${esc(o.title)}</title>`,
    `<desc id="${o.id}-d">${esc(o.description)}</desc>`,
    ...parts,
    '</svg>',
  ].join('');
}
