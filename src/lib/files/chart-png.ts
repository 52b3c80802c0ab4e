/**
 * A chart's PNG, for print and slides: the SVG that a function of src/charts/ returns, drawn by resvg at twice its
 * size (scale 2) with the site's Japanese font, on white, with a margin.
 *
 * The charts are made for the page: as wide as their column (`width="100%"`, no viewBox, horizontal positions in
 * percentages) and their text in the page's font (`font-family="inherit"`). Out of the page the chart gets a width in
 * px, the width it has on a wide screen (ChartFigure.astro: max-inline-size 40rem), and the font by name. Labels are
 * wrapped for a 288 px column, so at that width none reaches past the edge; the margin keeps the white halo of
 * labels at x = 0 and the last pixel of a bar on the image.
 */
import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES, imageFont } from './image-font.ts';
import { CARD_COLOURS, fitLines } from './og-image.ts';
import { cachedImage } from './image-cache.ts';
import { indexedPng } from './png.ts';

/** The chart's width in CSS px: ChartFigure's max-inline-size (40rem at 16 px). */
export const CHART_WIDTH = 640;
/**
 * The chart's fonts: the one the PNG is drawn with, then those of the site's stack (tokens.css), so the same SVG
 * offered as a download reads in Japanese on a machine without BIZ UDPGothic. resvg, given only BIZ UDPGothic, takes
 * the first.
 */
export const CHART_FONTS = `'${FONT_FAMILY}', 'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic UI', Meiryo, sans-serif`;

/** White space around the chart, in CSS px. */
export const CHART_MARGIN = 16;

/**
 * What a chart carries when it leaves the page: its title above it and, below it, who made it from what (the credit
 * CC BY asks for: the site, unofficial, the data's date and the page's address), so a printed or pasted chart still
 * says what it shows and where it comes from.
 */
export interface ChartCaption {
  title: string;
  /** Lines of small print under the chart, each wrapped to the chart's width. */
  credit: string[];
  /** How the lines break: Japanese between phrases, English at spaces. */
  lang: 'ja' | 'en';
}

const TITLE_SIZE = 18;
const TITLE_LINE = 26;
const CREDIT_SIZE = 12;
const CREDIT_LINE = 18;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A caption's text in lines no wider than `width` (measured in the image's font), broken as its language breaks. */
function textLines(
  text: string,
  lang: ChartCaption['lang'],
  width: number,
  size: number,
  weight: 'regular' | 'bold',
): string[] {
  const font = imageFont(weight);
  return fitLines(text, lang, width, 6, (t) => font.width(t, size)).lines;
}

/**
 * The chart's SVG as a document of its own: the chart nested at `width` px in a white canvas with a margin, its fonts
 * named, with `caption` its title above and its credit below. What the PNG is drawn from, and what a download of the
 * chart as SVG offers (the page's SVG is as wide as its column and takes the page's font, so it does not stand alone).
 * Fails, saying why, on markup that is not a chart's (no root `<svg>`, no height).
 */
export function printableChartSvg(svg: string, width = CHART_WIDTH, caption?: ChartCaption): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('chart PNG: the markup does not start with <svg>');
  const height = Number(/\sheight="([\d.]+)"/.exec(open[0])?.[1]);
  if (!Number.isFinite(height) || height <= 0)
    throw new Error(`chart PNG: the chart's <svg> has no height in px: ${open[0].slice(0, 120)}`);
  const titleLines = caption ? textLines(caption.title, caption.lang, width, TITLE_SIZE, 'bold') : [];
  const creditLines = caption
    ? caption.credit.flatMap((c) => textLines(c, caption.lang, width, CREDIT_SIZE, 'regular'))
    : [];
  const top = CHART_MARGIN + titleLines.length * TITLE_LINE + (titleLines.length ? 8 : 0);
  const tag = open[0]
    .replace(/\swidth="[^"]*"/, ` width="${width}"`)
    .replace(/\sfont-family="[^"]*"/, ` font-family="${CHART_FONTS}"`)
    .replace(/^\s*<svg\b/, `<svg x="${CHART_MARGIN}" y="${top}"`);
  const named = /\sfont-family=/.test(tag) ? tag : tag.replace(/^<svg\b/, `<svg font-family="${CHART_FONTS}"`);
  const creditTop = top + height + (creditLines.length ? 16 : 0);
  const [w, h] = [width + 2 * CHART_MARGIN, creditTop + creditLines.length * CREDIT_LINE + CHART_MARGIN];
  // Baselines at 0.88 em below a line's top, as the font's em box sits.
  const text = (lines: string[], y0: number, size: number, step: number, extra: string) =>
    lines.map(
      (line, i) =>
        `<text x="${CHART_MARGIN}" y="${y0 + i * step + 0.88 * size}" font-size="${size}"${extra}>${escapeXml(line)}</text>`,
    );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="${CHART_FONTS}">` +
    `<rect width="${w}" height="${h}" fill="#ffffff"/>` +
    text(titleLines, CHART_MARGIN, TITLE_SIZE, TITLE_LINE, ` font-weight="bold" fill="${CARD_COLOURS.text}"`).join('') +
    `${named}${svg.slice(open.index + open[0].length)}` +
    text(creditLines, creditTop, CREDIT_SIZE, CREDIT_LINE, ` fill="${CARD_COLOURS.muted}"`).join('') +
    `</svg>`
  );
}

/**
 * The chart as a PNG at `scale` times its size in CSS px (2: sharp in print and on a high-density screen), `width` px
 * wide before scaling. With `cache` (a folder, e.g. IMAGE_CACHE_DIR), a chart drawn before is read from there.
 */
export async function renderChartPng(
  svg: string,
  scale = 2,
  options: { width?: number; cache?: string; caption?: ChartCaption } = {},
): Promise<Uint8Array> {
  const printable = printableChartSvg(svg, options.width ?? CHART_WIDTH, options.caption);
  const render = async () => {
    const image = await renderAsync(printable, {
      // Only the site's font, never the machine's: the same PNG on every machine, and no other font to fall back to.
      font: {
        fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
        loadSystemFonts: false,
        defaultFontFamily: FONT_FAMILY,
      },
      fitTo: { mode: 'zoom', value: scale },
    });
    return indexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
  };
  return options.cache ? cachedImage(options.cache, printable, `chart at ${scale}×`, render) : render();
}
