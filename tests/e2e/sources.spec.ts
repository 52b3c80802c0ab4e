/**
 * Sources one click away: each source document is a page at /sources/<id>/ with every line verbatim under its own
 * anchor (#L392), its provenance and its file, and the line is highlighted when reached. Expected texts and counts are read from the files in content/sources/ and their README
 * by hand, or computed here from the files themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { read } from './dist.ts';

const root = join(import.meta.dirname, '..', '..');
const registry = JSON.parse(readFileSync(join(root, 'content/plans.json'), 'utf8')) as Array<{
  id: string;
  source: string;
}>;
/** Every source page: one per registered plan, and the 2013 report. */
const documents = [
  ...registry.map((p) => ({ page: `/sources/${p.id}/`, file: p.source })),
  { page: '/sources/2013/', file: 'content/sources/001_2876ceca144e21ba.txt' },
];

/** The lines of a page's source list, as the browser would show their text. */
function listedLines(html: string): Array<{ id: string; text: string }> {
  const list = /<ol class="lines"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li id="([^"]+)">([^<]*)<\/li>/g)].map((m) => ({
    id: m[1]!,
    text: m[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));
}

test('each source document is published verbatim, one anchored line per line of its file', () => {
  // content/sources/README.md: 1,466 and 457 lines, neither with a final newline.
  expect(documents.map((d) => d.page)).toEqual(['/sources/fy2024/', '/sources/2013/']);
  const expectedLines: Record<string, number> = { '/sources/fy2024/': 1466, '/sources/2013/': 457 };
  for (const { page, file } of documents) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    expect(lines, file).toHaveLength(expectedLines[page]!);
    const listed = listedLines(read(page));
    expect(listed.map((l) => l.id)).toEqual(lines.map((_, i) => `L${i + 1}`));
    expect(listed.map((l) => l.text)).toEqual(lines);
  }
});

test('each source page gives its provenance, and its file is byte for byte the one the site reads', async ({
  request,
}) => {
  // content/sources/README.md, by hand.
  const facts: Record<string, string[]> = {
    '/sources/fy2024/': [
      '熊本市第8次総合計画 令和6年度アクションプラン(案)',
      '令和6年(2024年)6月',
      '政策企画課',
      '1,466行',
    ],
    '/sources/2013/': [
      '挑戦元年アクションプラン(行程表) 進捗状況',
      '平成25年9月末時点',
      '平成25年11月',
      '企画課',
      '457行',
    ],
  };
  for (const { page, file } of documents) {
    const bytes = readFileSync(join(root, file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const html = read(page);
    const main = /<main[\s\S]*?<\/main>/.exec(html)![0].replace(/<[^>]+>/g, '');
    for (const fact of facts[page]!) expect(main, page).toContain(fact);
    expect(main, page).toContain(sha256);
    const href = /<a href="(\/sources\/[^"]+\.txt)"/.exec(html)![1]!;
    const response = await request.get(href);
    expect(response.ok(), href).toBe(true);
    expect(Buffer.compare(await response.body(), bytes), href).toBe(0);
    // Not indexed for search: the whole text would match nearly every query.
    expect(html).not.toContain('data-pagefind-body');
  }
});

test('a source page stays light: no script, and little markup on top of its text', () => {
  for (const { page, file } of documents) {
    const html = read(page);
    expect(html, page).not.toMatch(/<script\b/i);
    const text = gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
    const whole = gzipSync(Buffer.from(html), { level: 9 }).length;
    // The page's header, provenance, footer and per-line markup add at most 10 kB to the text, compressed.
    expect(whole - text, page).toBeLessThan(10_000);
  }
});

for (const width of [360, 1280]) {
  test(`a line's address opens the source at that line, highlighted, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/sources/fy2024/#L404');
    const line = page.locator('#L404');
    // Line 404 prints the budget as 13,384,000千円; line 98 is a heading in angle brackets, shown as text.
    await expect(line).toHaveText('13,384,000千円');
    await expect(page.locator('#L98')).toHaveText('<こどものいのちと権利を守る>');
    await expect(line).toBeInViewport();
    const background = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('#L404')).not.toBe(await background('#L403'));
    // The highlight is not colour alone: the line also gets a bar at its start.
    expect(await line.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
    // Long lines wrap: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
