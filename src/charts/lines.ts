/**
 * Small multiples of line charts rendered to SVG at build time: one panel per series, each with its own scale,
 * because the series of a staffing table differ by two orders of magnitude (hours vs. people). Every point is
 * labelled with its value; missing values leave a gap.
 */
import { extent, line, scalePoint, scaleLinear } from 'd3';
import { PALETTE, esc, fitText, svgOpen } from './svg.ts';

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
  width?: number;
}

const PANEL = 96;

export function smallMultiples(series: readonly Series[], o: LinesOptions): string {
  const width = o.width ?? 320;
  const height = series.length * PANEL + 18;
  const x = scalePoint<string>()
    .domain(o.categories)
    .range([24, width - 24]);
  const parts: string[] = [
    svgOpen(width, height, `${o.id}-t`, `${o.id}-d`),
    `<title id="${o.id}-t">${esc(o.title)}</title>`,
    `<desc id="${o.id}-d">${esc(o.description)}</desc>`,
  ];
  series.forEach((s, i) => {
    const top = i * PANEL;
    const present = s.values.filter((v): v is number => v !== null);
    const [lo = 0, hi = 1] = extent(present);
    const y = scaleLinear()
      .domain([Math.min(0, lo), hi === lo ? hi + 1 : hi])
      .range([top + PANEL - 14, top + 34]);
    parts.push(
      `<text x="0" y="${top + 14}" font-size="12" font-weight="bold" fill="#1a1a1a">${esc(fitText(s.label, width, 12))}</text>`,
    );
    parts.push(`<line x1="0" x2="${width}" y1="${top + PANEL - 14}" y2="${top + PANEL - 14}" stroke="#d0d0d0"/>`);
    const points = o.categories.map((c, k) => ({ c, v: s.values[k] ?? null }));
    const path = line<{ c: string; v: number | null }>()
      .defined((d) => d.v !== null)
      .x((d) => x(d.c)!)
      .y((d) => y(d.v ?? 0))(points);
    if (path) parts.push(`<path d="${path}" fill="none" stroke="${PALETTE.blue.fill}" stroke-width="2"/>`);
    for (const d of points) {
      if (d.v === null) continue;
      const cx = x(d.c)!;
      parts.push(`<circle cx="${cx}" cy="${y(d.v)}" r="3.5" fill="${PALETTE.blue.fill}"/>`);
      parts.push(
        `<text x="${cx}" y="${y(d.v) - 7}" font-size="11" text-anchor="middle" fill="#1a1a1a">${esc(d.v.toLocaleString('ja-JP'))}</text>`,
      );
    }
  });
  for (const c of o.categories)
    parts.push(
      `<text x="${x(c)}" y="${height - 4}" font-size="11" text-anchor="middle" fill="#595959">${esc(c)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('');
}
