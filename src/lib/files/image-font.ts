/**
 * The font the build draws images with (share cards, chart PNGs): BIZ UDPGothic, Regular and Bold, from the npm
 * package @expo-google-fonts/biz-udpgothic (SIL Open Font License 1.1). It is read from node_modules at build time and
 * never copied to dist/; no font is downloaded. A universal-design face made for legibility, and one of the site's
 * own fonts (tokens.css, --font-body).
 *
 * opentype.js reads the files for two things: advance widths, so text is wrapped to the width it is drawn at, and
 * glyph outlines, so a card is drawn as paths and the renderer need not load the fonts for every card.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The family name inside the font files, as an SVG `font-family` must name it for the renderer to find them. */
export const FONT_FAMILY = 'BIZ UDPGothic';

export type Weight = 'regular' | 'bold';

const require = createRequire(import.meta.url);

/** The TTF files, by weight, resolved in node_modules (the package has no entry point for the files themselves). */
export const FONT_FILES: Readonly<Record<Weight, string>> = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
};

/** The part of an opentype.js font and glyph this module uses (the package ships no types). */
interface OpenTypeGlyph {
  index: number;
  advanceWidth: number;
  getPath(x: number, y: number, fontSize: number): { toPathData(decimals: number): string };
}

interface OpenTypeFont {
  unitsPerEm: number;
  charToGlyph(char: string): OpenTypeGlyph;
  getKerningValue(left: OpenTypeGlyph, right: OpenTypeGlyph): number;
}

interface OpenType {
  parse(buffer: ArrayBuffer, options: { lowMemory: boolean }): OpenTypeFont;
}

/**
 * The glyph outlines an SVG uses, each once, in font units: text is drawn as `<use>` of them, so a title of 50
 * characters carries each outline once and the outlines are computed once per process.
 */
export class GlyphDefs {
  readonly #used = new Map<string, string>();
  add(id: string, path: () => string): void {
    if (!this.#used.has(id)) this.#used.set(id, path());
  }
  /** The `<defs>` element, glyphs in the order first used (the same card gives the same markup). */
  markup(): string {
    const paths = [...this.#used].map(([id, d]) => `<path id="${id}" d="${d}"/>`);
    return paths.length ? `<defs>${paths.join('')}</defs>` : '';
  }
}

/** A font that measures text and draws it as glyph outlines. */
export interface ImageFont {
  /** Advance width of `text` at `size` px, kerning included: exactly the width `draw` draws it at. */
  width(text: string, size: number): number;
  /** SVG markup drawing `text` in `fill`, its baseline starting at (x, y); the outlines go into `defs`. */
  draw(text: string, x: number, y: number, size: number, fill: string, defs: GlyphDefs): string;
}

const fonts = new Map<Weight, ImageFont>();

/**
 * The font of one weight, parsed once per process. lowMemory makes opentype.js read glyphs on demand: 0.16 s instead
 * of 1.8 s for a font of 20,000 glyphs. A character the font lacks would be drawn as an empty box, so drawing it
 * fails the build, naming the character.
 */
export function imageFont(weight: Weight): ImageFont {
  const cached = fonts.get(weight);
  if (cached) return cached;
  // The package's main entry is a UMD bundle; required, it is the library object whatever the importing bundler does.
  const opentype = require('opentype.js') as OpenType;
  const bytes = readFileSync(FONT_FILES[weight]);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {
    lowMemory: true,
  });
  const glyphs = new Map<string, OpenTypeGlyph>();
  const glyph = (ch: string) => {
    let g = glyphs.get(ch);
    if (!g) glyphs.set(ch, (g = font.charToGlyph(ch)));
    return g;
  };
  const kerning = new Map<string, number>();
  const kern = (a: string, b: string) => {
    const key = a + b;
    let k = kerning.get(key);
    if (k === undefined) kerning.set(key, (k = font.getKerningValue(glyph(a), glyph(b))));
    return k;
  };
  /** Each character's glyph and its x in font units: advances plus the kerning between neighbours. */
  const place = (text: string) => {
    const out: Array<{ ch: string; g: OpenTypeGlyph; x: number }> = [];
    let x = 0;
    let prev: string | undefined;
    for (const ch of text) {
      if (prev !== undefined) x += kern(prev, ch);
      const g = glyph(ch);
      out.push({ ch, g, x });
      x += g.advanceWidth;
      prev = ch;
    }
    return { out, width: x };
  };
  const outlines = new Map<number, string>();
  const outline = (g: OpenTypeGlyph) => {
    let d = outlines.get(g.index);
    // At a size of unitsPerEm, opentype.js gives the outline in font units with y pointing down, as SVG's.
    if (d === undefined) outlines.set(g.index, (d = g.getPath(0, 0, font.unitsPerEm).toPathData(0)));
    return d;
  };
  const prefix = weight === 'bold' ? 'b' : 'r';
  const made: ImageFont = {
    width: (text, size) => (place(text).width * size) / font.unitsPerEm,
    draw: (text, x, y, size, fill, defs) => {
      const uses = place(text).out.flatMap(({ ch, g, x: gx }) => {
        if (/\s/u.test(ch)) return [];
        if (g.index === 0)
          throw new Error(
            `${FONT_FAMILY} has no glyph for 「${ch}」 (U+${ch.codePointAt(0)!.toString(16)}) in 「${text}」`,
          );
        const id = `${prefix}${g.index}`;
        defs.add(id, () => outline(g));
        return [`<use href="#${id}" x="${gx}"/>`];
      });
      const scale = Number((size / font.unitsPerEm).toFixed(6));
      return `<g fill="${fill}" transform="translate(${x} ${y}) scale(${scale})">${uses.join('')}</g>`;
    },
  };
  fonts.set(weight, made);
  return made;
}
