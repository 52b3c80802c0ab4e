/**
 * Stacked horizontal bars rendered to SVG at build time: one row per group (a part or category), one segment per
 * status, with the count written inside every segment wide enough to hold it and a legend on top.
 */
import { scaleLinear } from 'd3';
import { PALETTE, esc, fitText, svgOpen, textWidth } from './svg.ts';
import type { Colour } from './svg.ts';

export interface StackKey {
  key: string;
  label: string;
  colour: Colour;
}

export interface StackRow {
  label: string;
  counts: Record<string, number>;
}

export interface StackedOptions {
  id: string;
  title: string;
  description: string;
  keys: StackKey[];
  width?: number;
}

const ROW = 40;

export function stackedBars(rows: readonly StackRow[], o: StackedOptions): string {
  const width = o.width ?? 320;
  // Legend rows: as many as needed to fit the keys.
  const legend: Array<{ k: StackKey; x: number; y: number }> = [];
  let lx = 0;
  let ly = 12;
  for (const k of o.keys) {
    const w = 16 + textWidth(k.label, 11) + 12;
    if (lx + w > width) {
      lx = 0;
      ly += 18;
    }
    legend.push({ k, x: lx, y: ly });
    lx += w;
  }
  const top = ly + 12;
  const height = top + rows.length * ROW;
  const totals = rows.map((r) => o.keys.reduce((s, k) => s + (r.counts[k.key] ?? 0), 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .range([0, width - 30]);
  const parts: string[] = [
    svgOpen(width, height, `${o.id}-t`, `${o.id}-d`),
    `<title id="${o.id}-t">${esc(o.title)}</title>`,
    `<desc id="${o.id}-d">${esc(o.description)}</desc>`,
  ];
  for (const { k, x: px, y } of legend) {
    parts.push(
      `<rect x="${px}" y="${y - 9}" width="12" height="12" fill="${PALETTE[k.colour].fill}"/><text x="${px + 16}" y="${y + 1}" font-size="11" fill="#1a1a1a">${esc(k.label)}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * ROW;
    parts.push(`<text x="0" y="${y + 12}" font-size="12" fill="#1a1a1a">${esc(fitText(r.label, width, 12))}</text>`);
    let cursor = 0;
    for (const k of o.keys) {
      const n = r.counts[k.key] ?? 0;
      if (!n) continue;
      const w = x(n);
      parts.push(`<rect x="${x(cursor)}" y="${y + 17}" width="${w}" height="18" fill="${PALETTE[k.colour].fill}"/>`);
      if (w >= textWidth(String(n), 11) + 4) {
        parts.push(
          `<text x="${x(cursor) + w / 2}" y="${y + 30}" font-size="11" text-anchor="middle" fill="${PALETTE[k.colour].ink}">${n}</text>`,
        );
      }
      cursor += n;
    }
    parts.push(`<text x="${x(cursor) + 4}" y="${y + 30}" font-size="11" fill="#1a1a1a">${totals[i]}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
