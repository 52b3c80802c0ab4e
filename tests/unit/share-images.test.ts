/**
 * Share images (og:image) and chart PNGs: sizes read from the PNG header, the same bytes twice, titles wrapped between
 * phrases or words and shortened with 「…」, nothing drawn outside the image.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { loadDefaultJapaneseParser } from 'budoux';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CARD_COLOURS,
  fitLines,
  layoutCard,
  renderShareImage,
  shareCardSvg,
  type ShareCard,
} from '../../src/lib/files/og-image.ts';
import { printableChartSvg, renderChartPng } from '../../src/lib/files/chart-png.ts';
import { FONT_FILES } from '../../src/lib/files/image-font.ts';
import { indexedPng } from '../../src/lib/files/png.ts';
import { visionBudgets } from '../../src/lib/presentation/charts.ts';
import { Project, Vision } from '../../src/schemas/action-plan.ts';
import { fy2024Entry, root } from './helpers.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature (PNG specification, sections 5.2 and 11.2.2). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// 第8次総合計画 令和6年度アクションプラン: the longest project titles run past 50 characters; this one is made longer
// still so that three lines cannot hold it at any title size.
const longJa: ShareCard = {
  title:
    '熊本城と城下町の魅力向上に向けた回遊性向上及びにぎわい創出のための桜町・花畑地区周辺の一体的なまちづくり推進事業（中心市街地活性化）及び周辺地域における交通結節点の機能強化',
  figure: '133.8億円',
  figureLabel: '令和6年度予算',
  context: '令和6年度アクションプラン',
  siteName: '熊本市 計画エクスプローラー',
  unofficial: '非公式',
  lang: 'ja',
};

const english: ShareCard = {
  title:
    'Promoting a compact city with public transport networks that connect the city centre and the regional hubs across all five wards',
  figure: '+16.4%',
  figureLabel: 'Change from FY2023',
  context: 'FY2024 Action Plan',
  siteName: 'Kumamoto Plan Explorer',
  unofficial: 'Unofficial',
  lang: 'en',
};

/** The box of everything an SVG draws, as resvg computes it. */
function drawnBox(svg: string, fontFiles: string[] = []) {
  const box = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false } }).getBBox();
  if (!box) throw new Error('nothing drawn');
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

describe('share image', () => {
  it('is a 1200 × 630 PNG, in Japanese and in English', async () => {
    expect(pngSize(await renderShareImage(longJa))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await renderShareImage(english))).toEqual({ width: 1200, height: 630 });
  });

  it('gives the same bytes for the same card', async () => {
    const [a, b] = [await renderShareImage(longJa), await renderShareImage({ ...longJa })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = await renderShareImage({ ...longJa, figure: '133.9億円' });
    expect(Buffer.from(a).equals(Buffer.from(other))).toBe(false);
  });

  it('wraps a long Japanese title between phrases and ends its fourth line with …', () => {
    const { title } = layoutCard(longJa);
    expect(title.lines).toHaveLength(4);
    expect(title.shortened).toBe(true);
    expect(title.size).toBeGreaterThanOrEqual(56);
    expect(title.lines[3]).toMatch(/…$/u);
    expect(title.lines.slice(0, 3).join('')).not.toContain('…');
    // Shortened, not altered: the lines are the start of the title.
    const shown = title.lines.join('').replace(/…$/u, '');
    expect(longJa.title.startsWith(shown)).toBe(true);
    expect(shown.length).toBeGreaterThan(longJa.title.length / 2);
    // The first two lines end where BudouX ends a phrase.
    const ends = new Set<number>();
    let at = 0;
    for (const phrase of loadDefaultJapaneseParser().parse(longJa.title)) ends.add((at += phrase.length));
    expect(ends.has(title.lines[0]!.length)).toBe(true);
    expect(ends.has(title.lines[0]!.length + title.lines[1]!.length)).toBe(true);
  });

  it('keeps a title that fits whole, larger the shorter it is', () => {
    const short = { ...longJa, title: '熊本城の復旧' };
    expect(layoutCard(short).title).toEqual({ lines: ['熊本城の復旧'], size: 80, shortened: false });
    // 41 characters: three lines at 68 px (15 full-width characters of 1040 px each), but not two at 80 px (13).
    const middle = { ...longJa, title: longJa.title.slice(0, 41) };
    expect(layoutCard(middle).title).toMatchObject({ size: 68, shortened: false });
    expect(layoutCard(middle).title.lines.join('')).toBe(middle.title);
  });

  it('wraps an English title at spaces, whole words on each line', () => {
    const { title } = layoutCard(english);
    expect(title.lines).toHaveLength(4);
    expect(title.lines[3]).toMatch(/…$/u);
    const words = english.title.split(' ');
    const shown = title.lines.join(' ').replace(/…$/u, '').split(' ');
    // Every word shown is the title's word at that place, none cut.
    expect(shown).toEqual(words.slice(0, shown.length));
  });

  it('sets an English title’s straight quotes as “ ”, which the font draws the right way round', () => {
    const { title } = layoutCard({ ...english, title: 'The "Barrier-free Restaurant" project' });
    expect(title.lines.join(' ')).toBe('The “Barrier-free Restaurant” project');
  });

  it('draws nothing outside the card, however long the text', () => {
    const cards = [
      longJa,
      english,
      { ...longJa, title: 'あ'.repeat(200) },
      { ...english, title: 'Supercalifragilisticexpialidocious'.repeat(4) },
    ];
    for (const card of cards) {
      const box = drawnBox(shareCardSvg(card));
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1200);
      expect(box.bottom).toBeLessThanOrEqual(630);
      // The text keeps the 80 px margin (the band along the top edge is the one thing drawn up to the edges).
      const text = drawnBox(shareCardSvg(card).replace(/<rect[^>]*\/>/g, ''));
      expect(text.left).toBeGreaterThanOrEqual(78);
      expect(text.right).toBeLessThanOrEqual(1200 - 78);
    }
  });

  it('fits the longest exact amount of a やさしい日本語 page beside the site name, at 22 px or more at 600 px wide', () => {
    // 13,645,041千円, a priority's total in the FY2024 plan, as its やさしい日本語 page writes it in full.
    const easy = { ...longJa, figure: '136億4,504万1,000円', siteName: '熊本市計画エクスプローラー' };
    expect(() => layoutCard(easy)).not.toThrow();
    expect(layoutCard(easy).figureSize).toBeGreaterThanOrEqual(44);
    const box = drawnBox(shareCardSvg(easy).replace(/<rect[^>]*\/>/g, ''));
    expect(box.right).toBeLessThanOrEqual(1200 - 78);
  });

  it('fails, naming the character, on one the font cannot draw', async () => {
    await expect(renderShareImage({ ...longJa, title: '熊本城🏯の復旧' })).rejects.toThrow(/🏯/u);
  });

  it("uses the site's colours from tokens.css", () => {
    const css = readFileSync(join(root, 'src/styles/tokens.css'), 'utf8');
    const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
    expect(CARD_COLOURS).toEqual({
      text: token('color-text'),
      muted: token('color-muted'),
      accent: token('color-link'),
      border: token('color-border'),
      background: token('color-background'),
    });
  });
});

describe('fitLines', () => {
  // One unit per character, so each expected line can be counted by hand.
  const chars = (t: string) => [...t].length;

  it('breaks English at spaces and drops whole words before …', () => {
    expect(fitLines('aaa bbb ccc ddd', 'en', 7, 2, chars)).toEqual({ lines: ['aaa bbb', 'ccc ddd'], shortened: false });
    expect(fitLines('aaa bbb ccc ddd', 'en', 7, 1, chars)).toEqual({ lines: ['aaa…'], shortened: true });
  });

  it('cuts characters of a word longer than a line', () => {
    expect(fitLines('abcdefghij', 'en', 4, 3, chars)).toEqual({ lines: ['abcd', 'efgh', 'ij'], shortened: false });
    expect(fitLines('abcdefghijklm', 'en', 4, 3, chars)).toEqual({ lines: ['abcd', 'efgh', 'ijk…'], shortened: true });
  });

  it('leaves no punctuation or space before …', () => {
    expect(fitLines('熊本城の、復旧と、活用', 'ja', 6, 1, chars).lines[0]).toBe('熊本城の…');
  });
});

describe('chart PNG', () => {
  const read = <T>(file: string, schema: z.ZodType<T>) =>
    schema.parse(JSON.parse(readFileSync(join(root, 'content/fy2024', file), 'utf8')));
  const visions = read('visions.json', z.array(Vision));
  const projects = read('projects.json', z.array(Project));
  const chart = visionBudgets(
    fy2024Entry,
    visions,
    projects.reduce((s, p) => s + p.budgetThousandYen, 0),
  );
  const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(chart.svg)![1]);

  it('is the chart at twice its size (640 px wide and a 16 px margin each side)', async () => {
    expect(pngSize(await renderChartPng(chart.svg))).toEqual({ width: (640 + 32) * 2, height: (height + 32) * 2 });
    expect(pngSize(await renderChartPng(chart.svg, 1))).toEqual({ width: 672, height: height + 32 });
  });

  it('gives the same bytes twice', async () => {
    expect(Buffer.from(await renderChartPng(chart.svg)).equals(Buffer.from(await renderChartPng(chart.svg)))).toBe(
      true,
    );
  });

  it('draws every label inside the image, in the Japanese font', () => {
    const printable = printableChartSvg(chart.svg);
    const box = drawnBox(printable, [FONT_FILES.regular, FONT_FILES.bold]);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(672);
    expect(box.bottom).toBeLessThanOrEqual(height + 32);
    // The labels are drawn: without them (and without the white ground), nothing reaches above the grid lines, whose
    // tick labels sit on top, nor past the longest bar, whose amount follows it.
    const shapes = printable.replace(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/, '');
    const withText = drawnBox(shapes, [FONT_FILES.regular, FONT_FILES.bold]);
    const withoutText = drawnBox(shapes.replace(/<text[\s\S]*?<\/text>/g, ''), []);
    expect(withText.top).toBeLessThan(withoutText.top - 8);
    expect(withText.right).toBeGreaterThan(withoutText.right + 40);
  });

  it('carries its title above and its credit below when it leaves the page, all inside the image', () => {
    const caption = {
      title: 'ビジョン別の事業費（令和6年度）',
      credit: [
        '熊本市の公表資料をもとに熊本市 計画エクスプローラー（非公式）が作成（データ更新日：2026年12月7日）',
        'https://kumamoto-plans.example/fy2024/#chart-visions?a=1&b=<2>',
      ],
      lang: 'ja' as const,
    };
    const printable = printableChartSvg(chart.svg, undefined, caption);
    const texts = (size: number) =>
      [...printable.matchAll(new RegExp(`<text\\b[^>]*font-size="${size}"[^>]*>([^<]*)</text>`, 'g'))].map(
        (m) => m[1]!,
      );
    expect(texts(18)).toEqual([caption.title]);
    // The credit, wrapped to the chart's width: every character drawn, in order, escaped for XML.
    expect(texts(12).join('')).toBe(
      caption.credit.join('').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'),
    );
    expect(texts(12).length).toBeGreaterThanOrEqual(2);
    const svgHeight = Number(/^<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(printable)![1]);
    expect(svgHeight).toBeGreaterThan(height + 32 + 26 + 2 * 18);
    const box = drawnBox(printable, [FONT_FILES.regular, FONT_FILES.bold]);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(672);
    expect(box.bottom).toBeLessThanOrEqual(svgHeight);
  });
});

/**
 * An indexed-colour PNG read back to RGBA, by the PNG specification (sections 5, 11.2 and 9.2: chunks with their CRC,
 * IHDR, PLTE, the IDAT stream inflated, each scanline of filter type 0).
 */
function decodeIndexed(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks = new Map<string, Uint8Array[]>();
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    expect(view.getUint32(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const { width, height } = pngSize(png);
  const ihdr = chunks.get('IHDR')![0]!;
  expect([...ihdr.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const palette = chunks.get('PLTE')![0]!;
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  expect(raw.length).toBe((width + 1) * height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x]!;
      rgba.set([palette[i * 3]!, palette[i * 3 + 1]!, palette[i * 3 + 2]!, 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

describe('indexed PNG', () => {
  it('holds the card exactly, in a palette', async () => {
    const image = new Resvg(shareCardSvg(longJa), { font: { loadSystemFonts: false } }).render();
    const png = await renderShareImage(longJa);
    const decoded = decodeIndexed(png);
    expect(decoded.width * decoded.height).toBe(1200 * 630);
    expect(Buffer.from(decoded.rgba).equals(image.pixels)).toBe(true);
    // Smaller than resvg's own RGBA encoding of the same pixels.
    expect(png.length).toBeLessThan(image.asPng().length / 2);
  });

  it('is not made from more than 256 colours or a pixel that is not opaque', () => {
    const many = new Uint8Array(257 * 4).fill(255);
    for (let i = 0; i < 257; i++) many.set([i % 256, i >> 8, 0, 255], i * 4);
    expect(indexedPng(many, 257, 1)).toBeUndefined();
    expect(indexedPng(many.subarray(0, 256 * 4), 256, 1)).toBeDefined();
    const clear = new Uint8Array([0, 0, 0, 255, 0, 0, 0, 0]);
    expect(indexedPng(clear, 2, 1)).toBeUndefined();
  });
});

describe('image cache', () => {
  it('renders a card once, then reads it back, the same bytes as a fresh render', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const fresh = await renderShareImage(longJa);
      const first = await renderShareImage(longJa, { cache: dir });
      expect(Buffer.from(first).equals(Buffer.from(fresh))).toBe(true);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      // A second render reads the file: what the file holds is what comes back.
      writeFileSync(join(dir, files[0]!), 'cached');
      expect(Buffer.from(await renderShareImage(longJa, { cache: dir })).toString()).toBe('cached');
      // Another card is another file.
      await renderShareImage({ ...longJa, figure: '1億円' }, { cache: dir });
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
