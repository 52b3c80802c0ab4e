/**
 * What the chart functions share: the text size and the narrowest column they are laid out for, escaping, text width
 * estimates, line wrapping, the colour palette and the SVG's opening tag.
 *
 * Charts are drawn at the size they are shown: the SVG is as wide as its container (width 100%, no viewBox), so one
 * unit is one CSS px and text is never scaled. Vertical positions are px; horizontal positions of bars and dots are
 * percentages of the width, so a chart fills any column. Labels are wrapped for the narrowest column (MIN_WIDTH) and
 * so fit every wider one.
 */

/** Chart text size in CSS px: the body text's (1rem), so chart labels read like the text around them. */
export const FONT_SIZE = 16;

/** Baseline-to-baseline distance of wrapped chart text. */
export const LINE_HEIGHT = 22;

/** The narrowest column a chart is laid out for: a 320 px screen less the page's 16 px padding each side. */
export const MIN_WIDTH = 288;

/** Text colours: the body's and the muted one of tokens.css (SVG attributes cannot read CSS variables). */
export const INK = '#1a1a1a';
export const MUTED = '#555555';
/** Axis and grid lines. */
export const RULE = '#b3b3b3';

/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Approximate rendered width of text in px: full-width characters take 1em, others about 0.6em (an upper bound). */
export function textWidth(text: string, fontSize: number = FONT_SIZE): number {
  let em = 0;
  // Latin-1 and half-width katakana are narrow; everything else is full width.
  for (const ch of text) em += ch.codePointAt(0)! <= 0xff || /[\uff61-\uff9f]/.test(ch) ? 0.6 : 1;
  return em * fontSize;
}

// Japanese line-breaking rules (禁則処理): characters a line may not start with, and ones it may not end with.
const NO_START = new Set(
  '、。，．,.・：；:;？！?!ー～〜）)」』】〕〉》］]ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々',
);
const NO_END = new Set('（(「『【〔〈《［[');

const HIRAGANA = /^\p{Script=Hiragana}$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]$/u;
const HAN = /^\p{Script=Han}$/u;
const CLOSING = /[、。，．,.・：；！？!?）)」』】〕〉》］\]\s]$/u;

/**
 * Whether a break between two pieces falls between phrases: after hiragana that ends a phrase (の｜再, を｜推進),
 * after a katakana word before kanji (パス｜実証), after punctuation, or before an opening bracket. A cheap stand-in
 * for a phrase segmenter that keeps デザイン and サポートセンター whole where a line can break elsewhere.
 */
function phraseBreak(before: string, after: string): boolean {
  const last = before.at(-1)!;
  const first = after[0]!;
  if (CLOSING.test(last) || NO_END.has(first)) return true;
  if (HIRAGANA.test(last)) return !HIRAGANA.test(first);
  return KATAKANA.test(last) && HAN.test(first);
}

/**
 * The counters and money units a figure is written with: a figure keeps its unit on its line (4.3億円, 34項目,
 * 11,658,473千円), as a reader takes 「4.3億」 alone for a different amount.
 */
const UNIT = /^(?:千円|万円|億円|円|項目|事業|件|年度|行目|%|％)/u;

/**
 * The pieces a line may break between: runs of Latin letters and digits stay whole with the unit that follows a
 * figure, 禁則 characters stay attached.
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  const pieces = text.match(/[A-Za-z0-9０-９Ａ-Ｚａ-ｚ%％.,]+|./gsu) ?? [];
  for (let k = 0; k < pieces.length; k++) {
    let piece = pieces[k]!;
    if (/\d$/u.test(piece)) {
      const unit = UNIT.exec(pieces.slice(k + 1, k + 4).join(''))?.[0];
      if (unit) {
        piece += unit;
        k += [...unit].length;
      }
    }
    const previous = units.at(-1);
    if (previous !== undefined && (NO_START.has(piece[0]!) || NO_END.has(previous.at(-1)!))) {
      units[units.length - 1] = previous + piece;
    } else units.push(piece);
  }
  return units;
}

/** Particles that end a phrase which is a whole constituent (…を｜実現します, …に｜取り組みます). */
const CONSTITUENT_END = /[をにがはでへもや、。，．,.：；！？!?）)」』】〕〉》］\]\s]$/u;

/**
 * The cost of a line break after each character offset of `text`, given its phrases (as a phrase segmenter such as
 * src/lib/presentation/phrases.ts cuts them; joined they are the text): none after a phrase that ends a constituent
 * (a particle such as を or に, or punctuation), some after any other phrase (くまもとの｜再デザイン, 選ばれる｜都市:
 * a modifier and its noun), and the most inside a phrase.
 */
function phraseCosts(phrases: readonly string[], penalty: number): Map<number, number> {
  const costs = new Map<number, number>();
  let offset = 0;
  for (const p of phrases.slice(0, -1)) {
    offset += p.length;
    costs.set(offset, CONSTITUENT_END.test(p) ? 0 : penalty / 2);
  }
  return costs;
}

/**
 * Splits text into lines no wider than `width` px, never cutting it short. Lines break between any two Japanese
 * characters except before closing punctuation or small kana and after opening brackets, and never inside a run of
 * Latin letters and digits (`AI`, `100周年`). Of the layouts with the fewest lines it picks the one that breaks
 * between phrases where it can and has the most even lines, so no line is left with a lone 「す」. Given the text's
 * `phrases` (from a phrase segmenter), it prefers a break after a whole constituent to an even one that parts a
 * modifier from its noun, wherever the line has room for it.
 */
export function wrapText(
  text: string,
  width: number = MIN_WIDTH,
  fontSize: number = FONT_SIZE,
  phrases?: readonly string[],
): string[] {
  const units = breakUnits(text);
  const n = units.length;
  if (n === 0) return [];
  const plainCost = (width / 2) ** 2;
  const byPhrase = phrases && phrases.join('') === text ? phraseCosts(phrases, plainCost) : undefined;
  // ends[i]: the character offset where units[i - 1] ends.
  const ends = units.reduce<number[]>((acc, u) => [...acc, acc.at(-1)! + u.length], [0]);
  const breakCost = (i: number): number => {
    if (i >= n) return 0;
    if (byPhrase) return byPhrase.get(ends[i]!) ?? plainCost;
    return phraseBreak(units[i - 1]!, units[i]!) ? 0 : plainCost;
  };
  // best[i]: the best layout of units[0..i) as [lines, cost, where the last line starts].
  const best: Array<[number, number, number]> = [[0, 0, 0]];
  for (let i = 1; i <= n; i++) {
    let choice: [number, number, number] = [Infinity, Infinity, 0];
    for (let j = i - 1; j >= 0; j--) {
      const w = textWidth(units.slice(j, i).join('').trim(), fontSize);
      // A single piece wider than the line (a very long Latin word) is taken alone and split below.
      if (w > width && j < i - 1) break;
      const cost = best[j]![1] + (width - Math.min(w, width)) ** 2 + breakCost(i);
      const lines = best[j]![0] + 1;
      if (lines < choice[0] || (lines === choice[0] && cost < choice[1])) choice = [lines, cost, j];
    }
    best.push(choice);
  }
  const lines: string[] = [];
  for (let i = n; i > 0; i = best[i]![2]) lines.unshift(units.slice(best[i]![2], i).join('').trim());
  return lines.flatMap((l) => (textWidth(l, fontSize) <= width ? [l] : hardWrap(l, width, fontSize)));
}

function hardWrap(text: string, width: number, fontSize: number): string[] {
  const out: string[] = [''];
  for (const ch of text) {
    if (out.at(-1) && textWidth(out.at(-1)! + ch, fontSize) > width) out.push('');
    out[out.length - 1] += ch;
  }
  return out;
}

/** A white outline under text, so a grid line that passes behind a label does not cross its strokes. */
export const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"';

/**
 * The top of a chart panel from `y` down: its heading in bold where it has one (「1億円未満の事業（目盛りを拡大）」),
 * then the row of axis labels (baseline `axisY`); `y` is where the panel's rows start.
 */
export function panelTop(heading: string | undefined, y: number): { markup: string[]; axisY: number; y: number } {
  const markup: string[] = [];
  if (heading) {
    const lines = wrapText(heading);
    markup.push(textBlock(lines, 0, y + FONT_SIZE, 'font-weight="bold"'));
    y += lines.length * LINE_HEIGHT + 6;
  }
  const axisY = y + FONT_SIZE;
  return { markup, axisY, y: axisY + 12 };
}

/**
 * Letters whose ink starts left of the point they are drawn from (a negative left side bearing: the tail of `j`, the
 * arm of `Y`): in the body's font (Noto Sans CJK JP) at FONT_SIZE, Chromium measures them 1 px left of it, so a line
 * that starts with one at the chart's left edge pokes past the chart ("job support for women" on the English vision
 * 4 chart). Every other printable ASCII letter and the Japanese characters start at or right of it.
 */
const OVERHANGS_LEFT = /^[jY]/u;

/** How far in a line that starts with such a letter is drawn from the left edge, px. */
export const LEFT_OVERHANG = 1;

/**
 * A block of wrapped text: one `<text>` with a `<tspan>` per line, the first baseline at `y`. At the left edge
 * (`x` 0), a line that starts with a letter whose ink reaches left of it is moved in by LEFT_OVERHANG.
 */
export function textBlock(lines: readonly string[], x: number | string, y: number, attributes = ''): string {
  const inset = (l: string) => (x === 0 && OVERHANGS_LEFT.test(l) ? ` dx="${LEFT_OVERHANG}"` : '');
  const spans = lines.map((l, i) => `<tspan x="${x}"${inset(l)}${i ? ` dy="${LINE_HEIGHT}"` : ''}>${esc(l)}</tspan>`);
  return `<text x="${x}" y="${y}" ${HALO}${attributes ? ` ${attributes}` : ''}>${spans.join('')}</text>`;
}

/** A fraction of the chart's width as an SVG percentage, precise enough that bar lengths keep their ratios. */
export function pct(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
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

/**
 * Opens a chart's SVG: as wide as its container and `height` px tall, without a viewBox, so nothing in it is scaled;
 * text inherits the body's font at FONT_SIZE.
 */
export function svgOpen(height: number, titleId: string, descId: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="inherit" font-size="${FONT_SIZE}" fill="${INK}">`;
}
