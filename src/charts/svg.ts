/** Small helpers shared by the chart functions: escaping, text width estimates, the colour palette. */

/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Approximate rendered width of text in px: full-width characters take 1em, others about 0.6em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  // Latin-1 and half-width katakana are narrow; everything else is full width.
  for (const ch of text) em += ch.codePointAt(0)! <= 0xff || /[\uff61-\uff9f]/.test(ch) ? 0.6 : 1;
  return em * fontSize;
}

/** Shortens text to fit `width` px, ending with … when cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > width) break;
    out += ch;
  }
  return out + '…';
}

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. `ink` is the text colour that
 * keeps 4.5:1 contrast on top of each.
 */
export const PALETTE = {
  blue: { fill: '#0072B2', ink: '#ffffff' },
  green: { fill: '#009E73', ink: '#000000' },
  orange: { fill: '#E69F00', ink: '#000000' },
  purple: { fill: '#CC79A7', ink: '#000000' },
  vermillion: { fill: '#D55E00', ink: '#000000' },
  sky: { fill: '#56B4E9', ink: '#000000' },
  grey: { fill: '#999999', ink: '#000000' },
} as const;

export type Colour = keyof typeof PALETTE;

/** Opens an SVG whose coordinates are CSS px at 360 px wide and that scales to its container. */
export function svgOpen(width: number, height: number, titleId: string, descId: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="inherit">`;
}
