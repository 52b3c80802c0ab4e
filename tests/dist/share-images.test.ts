/**
 * Previews when a page is shared, over both builds the gate makes: every page of every edition names a share image
 * (og:image) that exists in the build as a 1200 × 630 PNG, at the public address in the variant build and as a
 * root-relative path in the default build (never another host); the large-image Twitter card; alt text that holds the
 * page's title. The card's figure is one the page itself prints, and for a few pages read by hand in the sources it is
 * the figure the source gives. The 404 page has none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles, sitePath } from '../../scripts/lib/dist.ts';
import { VARIANT_ADDRESS } from '../../scripts/build-variant.ts';
import { dist, variantSite } from './site.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature (PNG specification, 5.2 and 11.2.2). */
function pngSize(file: string): { width: number; height: number } | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'missing';
  }
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return 'not a PNG';
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return 'no IHDR first';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The few entities Astro writes in attribute values, decoded. */
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The content of `<meta property|name="key">`, decoded, or undefined. */
function meta(page: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page);
  return m ? decode(m[1]!) : undefined;
}

/** A page's visible text in <main>: tags dropped, ふりがな (<rt>) left out, entities decoded. */
function mainText(page: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
  return decode(
    main
      .replace(/<rt>[\s\S]*?<\/rt>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' '),
  );
}

/** The figure the alt text names (the part after the label), or undefined on a card without one. */
function altFigure(alt: string): string | undefined {
  const m = /(?:：([^：]+?)。[^。]*（非公式）|: ([^:]+?)\. Kumamoto Plan Explorer \(unofficial\))$/.exec(alt);
  return m?.[1] ?? m?.[2];
}

const BUILDS = [
  { name: 'default build (no public address)', dir: dist, prefix: '' },
  { name: 'variant build (public address)', dir: variantSite, prefix: VARIANT_ADDRESS },
];

describe.each(BUILDS)('share images: $name', ({ dir, prefix }) => {
  const files = distFiles(dir, { ext: '.html', exclude: ['pagefind', 'easy/pagefind', 'en/pagefind'] });
  const pages = files
    .filter((f) => f !== '404.html')
    .map((f) => ({ path: sitePath(f), html: readFileSync(join(dir, f), 'utf8') }));

  it('covers the pages of all three editions', () => {
    for (const edition of ['/', '/easy/', '/en/'])
      expect(pages.filter((p) => p.path.startsWith(edition)).length, edition).toBeGreaterThan(250);
  });

  it('every page names an existing 1200 × 630 PNG at its own address, with the large-image card', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const { path, html } of pages) {
      const image = meta(html, 'og:image');
      if (!image) {
        problems.push(`${path}: no og:image`);
        continue;
      }
      if (!image.startsWith(`${prefix}/og/`) || !image.endsWith('.png'))
        problems.push(`${path}: og:image ${image} is not ${prefix}/og/….png`);
      const file = join(dir, image.slice(prefix.length));
      const size = pngSize(file);
      if (typeof size === 'string' || size.width !== 1200 || size.height !== 630)
        problems.push(`${path}: ${image} is ${JSON.stringify(size)}`);
      if (seen.has(image)) problems.push(`${path}: shares ${image} with ${seen.get(image)}`);
      seen.set(image, path);
      const expected = { 'og:image:width': '1200', 'og:image:height': '630', 'og:image:type': 'image/png' };
      for (const [key, value] of Object.entries(expected))
        if (meta(html, key) !== value) problems.push(`${path}: ${key} is ${meta(html, key)}`);
      if (meta(html, 'twitter:card') !== 'summary_large_image')
        problems.push(`${path}: twitter:card is ${meta(html, 'twitter:card')}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // Nothing else under /og/: every image belongs to a page.
    expect(distFiles(dir, { under: 'og' }).length).toBe(seen.size);
  });

  it("every image's alt text holds the page's title, and its figure is one the page prints", () => {
    const problems: string[] = [];
    let figures = 0;
    for (const { path, html } of pages) {
      const alt = meta(html, 'og:image:alt') ?? '';
      const title = meta(html, 'og:title') ?? '(none)';
      if (!alt.includes(title)) problems.push(`${path}: alt 「${alt}」 lacks the title 「${title}」`);
      if (!/（非公式）$|\(unofficial\)$/.test(alt)) problems.push(`${path}: alt 「${alt}」 does not say unofficial`);
      const figure = altFigure(alt);
      if (figure === undefined) continue;
      figures += 1;
      if (!mainText(html).includes(figure)) problems.push(`${path}: the page does not print 「${figure}」`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // Home, plan, priorities, visions, projects, wards, the lists and the 2013 pages carry a figure.
    expect(figures).toBeGreaterThan(500);
  });

  it('the not-found page has no share image', () => {
    const page = readFileSync(join(dir, '404.html'), 'utf8');
    expect(meta(page, 'og:image')).toBeUndefined();
    expect(meta(page, 'twitter:card')).toBe('summary');
  });
});

describe('share images: figures read by hand in the sources', () => {
  const alt = (path: string) =>
    meta(readFileSync(join(dist, path, 'index.html'), 'utf8'), 'og:image:alt') ?? '(no alt)';

  // content/sources/000_dbb0204a5abc5e36.txt lines 844–846: 「バリアフルレストラン」の開催による心のバリアフリーの推進,
  // 3,000千円 = ¥3,000,000 = 300万円 (¥3.0 million in English, one decimal as the site writes millions).
  it('a project names its budget', () => {
    expect(alt('fy2024/projects/14a1eb47')).toContain('令和6年度予算：300万円');
    expect(alt('easy/fy2024/projects/14a1eb47')).toContain('2024年度の予算：300万円');
    expect(alt('en/fy2024/projects/14a1eb47')).toContain('FY2024 budget: ¥3.0 million');
  });

  // content/sources/001_2876ceca144e21ba.txt line 36 (No.5 区のみちづくり予算の確保): 「…推進事業を実施中」, read as
  // 実施中; line 43 (No.8 フラット化): 「平成23年度末で部を廃止済」, read as 完了. Both say the reading is the site's.
  it("a 2013 item names its status as the site's reading", () => {
    expect(alt('2013/items/5')).toContain('状況（このサイトによる分類）：実施中');
    expect(alt('2013/items/8')).toContain('状況（このサイトによる分類）：完了');
    expect(alt('en/2013/items/8')).toContain("Status (this site's reading): Done");
    expect(alt('easy/2013/items/5')).toContain('ようす（このサイトが分けました）：すすめている');
  });
});
