/**
 * Share images (og:image): a 1200 × 630 PNG per shareable page, drawn at build time from the page's facts. What a
 * person sees in LINE, X or Slack is this image at about 600 px wide or less, so the text is large (the title at 60 px
 * or more, 30 px or more at that size), dark on white, and never clipped: a title wraps between phrases (BudouX) or
 * words, at most three lines, and a longer one is shortened with 「…」.
 *
 * The text is drawn as glyph outlines (image-font.ts), so the SVG handed to resvg holds no text and the PNG depends
 * only on the card's facts and the font files: two builds give the same bytes.
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { renderAsync } from '@resvg/resvg-js';
import { GlyphDefs, imageFont, type ImageFont } from './image-font.ts';
import { cachedImage } from './image-cache.ts';
import { indexedPng } from './png.ts';

/** The facts a share image shows, all as they read on the page. */
export interface ShareCard {
  /** The page's title: a project's, vision's or list's name as printed (wrapped, then shortened with 「…」). */
  title: string;
  /** The key figure, as the page writes it: a budget (133.8億円), a change (+16.4%) or a status (進行中); '' for none. */
  figure: string;
  /** What the figure is (令和6年度予算, 前年度比, 進捗状況). */
  figureLabel: string;
  /** The plan and year the page belongs to (令和6年度アクションプラン). */
  context: string;
  /** The site's name. */
  siteName: string;
  /** The word that says the site is not the city's (非公式, Unofficial). */
  unofficial: string;
  /** The edition's language: Japanese wraps between phrases, English at spaces. */
  lang: 'ja' | 'en';
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Colours of src/styles/tokens.css (SVG drawn outside the page cannot read its custom properties); a unit test checks
 * they are still the values there.
 */
export const CARD_COLOURS = {
  /** --color-text: 12.6:1 on white. */
  text: '#333333',
  /** --color-muted: 5.7:1 on white. */
  muted: '#666666',
  /** --color-link, the site's blue: the figure and the band, 15:1 on white. */
  accent: '#00118f',
  /** --color-border: the rule above the figure. */
  border: '#cccccc',
  /** --color-background. */
  background: '#ffffff',
} as const;

/** Outer margin: a preview cropped to a square or rounded corners keeps the text. */
const PAD = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD;
/**
 * Title sizes in px, largest first, with the lines each has room for above the figure: a title takes the largest at
 * which it fits whole, else the last, shortened. A short title (市電の延伸) so fills the card as a long one does.
 */
export const TITLE_SIZES = [
  { size: 80, maxLines: 2 },
  { size: 68, maxLines: 3 },
  { size: 60, maxLines: 3 },
  // A long English title (a vision's name) reads whole on four lines rather than shortened on three.
  { size: 56, maxLines: 4 },
] as const;
const CONTEXT_SIZE = 32;
const LABEL_SIZE = 30;
// 44 px is for the longest exact amounts of the やさしい日本語 pages (136億4,504万1,000円): 22 px at 600 px wide.
const FIGURE_SIZES = [80, 64, 52, 44] as const;
const SITE_SIZE = 32;
const ELLIPSIS = '…';

/** Whether a measured width fits: widths are exact (text is drawn with the advances it is measured with). */
const fits = (width: number, max: number) => width <= max + 1e-6;

const japanese = loadDefaultJapaneseParser();

/**
 * The pieces a line may break between. Japanese: BudouX phrases, split again at spaces (an English name inside a
 * Japanese title). English: words with the space after them. Either way a line never breaks inside a piece unless the
 * piece alone is wider than a line.
 */
export function breakPieces(text: string, lang: ShareCard['lang']): string[] {
  const words = text.trim().split(/(?<=\s)(?=\S)/u);
  if (lang === 'en') return words;
  return japanese.parse(text.trim()).flatMap((phrase) => phrase.split(/(?<=\s)(?=\S)/u));
}

/** A piece wider than a line, in lines of as many characters as fit. */
function splitChars(piece: string, maxWidth: number, measure: (t: string) => number): string[] {
  const out = [''];
  for (const ch of piece) {
    if (out.at(-1) && !fits(measure(out.at(-1)! + ch), maxWidth)) out.push('');
    out[out.length - 1] += ch;
  }
  return out;
}

/**
 * `text` in lines no wider than `maxWidth`, breaking between pieces (breakPieces) where it can. With more than
 * `maxLines` lines, the last line kept is shortened to end with 「…」: whole pieces are dropped from its end (in
 * Japanese while more than half of the line stays, as a phrase may be long), characters otherwise. `shortened` says
 * whether that happened.
 */
export function fitLines(
  text: string,
  lang: ShareCard['lang'],
  maxWidth: number,
  maxLines: number,
  measure: (t: string) => number,
): { lines: string[]; shortened: boolean } {
  const lines: string[][] = [[]];
  for (const piece of breakPieces(text, lang)) {
    const line = lines.at(-1)!;
    if (fits(measure([...line, piece].join('').trimEnd()), maxWidth)) {
      line.push(piece);
      continue;
    }
    const parts = fits(measure(piece.trimEnd()), maxWidth) ? [piece] : splitChars(piece, maxWidth, measure);
    if (line.length === 0) lines.pop();
    for (const part of parts) lines.push([part]);
  }
  const joined = () => lines.map((l) => l.join('').trim());
  if (lines.length <= maxLines) return { lines: joined(), shortened: false };

  lines.length = maxLines;
  const last = lines[maxLines - 1]!;
  const tidy = (t: string) => t.replace(/[\s、。，．,.・：:；;（(「『]+$/u, '');
  const full = last.join('');
  while (last.length > 1 && !fits(measure(tidy(last.join('')) + ELLIPSIS), maxWidth)) last.pop();
  let kept = tidy(last.join(''));
  const tooShort = lang === 'ja' && [...kept].length * 2 < [...full].length;
  if (!fits(measure(kept + ELLIPSIS), maxWidth) || tooShort) {
    // Dropping whole pieces would leave too little: cut characters instead.
    const chars = [...full];
    while (chars.length && !fits(measure(tidy(chars.join('')) + ELLIPSIS), maxWidth)) chars.pop();
    kept = tidy(chars.join(''));
  }
  lines[maxLines - 1] = [kept + ELLIPSIS];
  return { lines: joined(), shortened: true };
}

/** Where each piece of text goes on the card: for tests and for the renderer alike. */
export interface CardLayout {
  title: { lines: string[]; size: number; shortened: boolean };
  context: string;
  figureSize: number;
}

/** The card's title lines and sizes (TITLE_SIZES), the context's line and the figure's size. */
export function layoutCard(card: ShareCard): CardLayout {
  const bold = imageFont('bold');
  const regular = imageFont('regular');
  let title: CardLayout['title'] | undefined;
  for (const { size, maxLines } of TITLE_SIZES) {
    const fit = fitLines(typesetQuotes(card.title), card.lang, TEXT_WIDTH, maxLines, (t) => bold.width(t, size));
    title = { ...fit, size };
    if (!fit.shortened) break;
  }
  const contextWidth = TEXT_WIDTH - badgeWidth(card, bold) - BADGE_GAP;
  const context = fitLines(card.context, card.lang, contextWidth, 1, (t) => regular.width(t, CONTEXT_SIZE)).lines[0]!;
  const room = TEXT_WIDTH - regular.width(card.siteName, SITE_SIZE) - 48;
  const figureSize = FIGURE_SIZES.find((s) => fits(bold.width(card.figure, s), room)) ?? FIGURE_SIZES.at(-1)!;
  if (!fits(bold.width(card.figure, figureSize), room))
    throw new Error(`share image: the figure 「${card.figure}」 is too wide for the card even at ${figureSize} px`);
  return { title: title!, context, figureSize };
}

/**
 * 「非公式」 leads the card, white on the site's blue at the top left, where the eye starts: at 600 px wide its 36 px
 * are 18 px, as readable as the plan's name beside it.
 */
const BADGE_SIZE = 36;
const BADGE_PAD = 14;
const BADGE_PAD_Y = 8;
const BADGE_GAP = 20;
const badgeWidth = (card: ShareCard, bold: ImageFont) => bold.width(card.unofficial, BADGE_SIZE) + 2 * BADGE_PAD;

/**
 * Straight double quotes as typeset quotation marks (“ ”): the card's Japanese font draws `"` as a closing mark, so a
 * quoted English name would read ”…”.
 */
export const typesetQuotes = (text: string): string => text.replace(/"([^"]*)"/g, '“$1”');

/** The card as SVG markup, its text as outlines. */
export function shareCardSvg(card: ShareCard): string {
  const layout = layoutCard(card);
  const bold = imageFont('bold');
  const regular = imageFont('regular');
  const c = CARD_COLOURS;
  const defs = new GlyphDefs();
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${c.background}"/>`,
    // The band along the top: the site's blue, so the card reads as the site's at any size.
    `<rect width="${CARD_WIDTH}" height="16" fill="${c.accent}"/>`,
  ];

  let y = PAD + 20;
  // 「非公式」 in a filled box, then the plan and year on the same line. The glyphs' em box runs from 0.88 em above
  // the baseline to 0.12 em below it: the word sits in the box's middle.
  const bw = badgeWidth(card, bold);
  const badgeHeight = BADGE_SIZE + 2 * BADGE_PAD_Y;
  const badgeTop = y - 0.88 * CONTEXT_SIZE - (badgeHeight - CONTEXT_SIZE) / 2;
  parts.push(
    `<rect x="${PAD}" y="${badgeTop}" width="${bw}" height="${badgeHeight}" rx="6" fill="${c.accent}"/>`,
    bold.draw(
      card.unofficial,
      PAD + BADGE_PAD,
      badgeTop + BADGE_PAD_Y + 0.88 * BADGE_SIZE,
      BADGE_SIZE,
      c.background,
      defs,
    ),
  );
  parts.push(regular.draw(layout.context, PAD + bw + BADGE_GAP, y, CONTEXT_SIZE, c.muted, defs));
  const { size, lines } = layout.title;
  const lineHeight = Math.round(size * 1.3);
  y += 24 + size;
  for (const line of lines) {
    parts.push(bold.draw(line, PAD, y, size, c.text, defs));
    y += lineHeight;
  }

  const base = CARD_HEIGHT - PAD + 16;
  const ruleY = base - 80 - LABEL_SIZE - 32;
  parts.push(`<rect x="${PAD}" y="${ruleY}" width="${TEXT_WIDTH}" height="2" fill="${c.border}"/>`);
  if (card.figure) {
    parts.push(regular.draw(card.figureLabel, PAD, ruleY + 24 + LABEL_SIZE, LABEL_SIZE, c.muted, defs));
    parts.push(bold.draw(card.figure, PAD, base, layout.figureSize, c.accent, defs));
  }

  // Bottom right: the site's name, right-aligned.
  const right = CARD_WIDTH - PAD;
  const siteWidth = regular.width(card.siteName, SITE_SIZE);
  parts.push(regular.draw(card.siteName, right - siteWidth, base, SITE_SIZE, c.text, defs));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">${defs.markup()}${parts.join('')}</svg>`;
}

/**
 * The card as a 1200 × 630 PNG. With `cache` (a folder, e.g. IMAGE_CACHE_DIR), a card drawn before is read from there
 * instead of rendered again.
 */
export async function renderShareImage(card: ShareCard, options: { cache?: string } = {}): Promise<Uint8Array> {
  const svg = shareCardSvg(card);
  const render = async () => {
    // No text is left in the SVG, so no font (and no system font, which would differ between machines) is loaded.
    // Off the main thread (libuv's pool), so pages that Astro builds at once (build.concurrency) can render in parallel.
    const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
    return indexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
  };
  return options.cache ? cachedImage(options.cache, svg, 'share card', render) : render();
}
