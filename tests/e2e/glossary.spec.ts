/**
 * The glossary and the links to it. On each sampled page the first use of a term in the main text (outside headings,
 * links, navigation, table headers, code and SVG) is a link to its entry, and later uses are plain text; the pages
 * that quote as is (the glossary itself, /data/, /sources/) and the header and footer have no such links.
 */
import { expect, test } from '@playwright/test';
import { ids, read } from '../dist/site.ts';

const SAMPLE = ['/', '/fy2024/', '/fy2024/visions/1/', '/fy2024/projects/c15a479c/', '/2013/items/44/', '/about/'];
// Terms that are no part of a longer term, so their first use is simply their first occurrence: id → as written.
const TERMS: Record<string, string> = {
  'source-document': '原資料',
  measure: '施策',
  vision: 'ビジョン',
  priority: '重点事項',
  roadmap: '行程表',
  progress: '進捗状況',
  'thousand-yen': '千円',
};
const SKIPPED =
  'h1, h2, h3, h4, h5, h6, a, button, label, summary, nav, caption, th, dt, code, pre, svg, .kicker, .cite, .numeric';

for (const path of SAMPLE) {
  test(`${path}: the first use of each term in the main text links to the glossary, later ones do not`, async ({
    page,
  }) => {
    await page.goto(path);
    const found = await page.evaluate(
      ({ terms, skipped }) => {
        const main = document.querySelector('main')!;
        // Text a link may be added to, in document order: the term links themselves count as their text.
        const texts: { text: string; term: string | null }[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement!;
          const link = parent.closest<HTMLElement>('a[data-term]');
          if (link) texts.push({ text: n.textContent!, term: link.dataset['term']! });
          else if (!parent.closest(skipped)) texts.push({ text: n.textContent!, term: null });
        }
        return Object.entries(terms).map(([id, word]) => {
          const uses = texts.filter((t) => t.text.includes(word));
          return {
            id,
            uses: uses.reduce((sum, t) => sum + t.text.split(word).length - 1, 0),
            firstIsLink: uses[0]?.term === id && uses[0].text === word,
            links: main.querySelectorAll(`a[data-term="${id}"]`).length,
          };
        });
      },
      { terms: TERMS, skipped: SKIPPED },
    );
    for (const f of found) {
      if (f.uses === 0) {
        expect(f.links, f.id).toBe(0);
        continue;
      }
      expect(f.firstIsLink, `${path}: first use of ${f.id}`).toBe(true);
      expect(f.links, `${path}: links to ${f.id}`).toBe(1);
    }
    // Each page of the sample uses some of these terms, and some of them more than once.
    expect(found.filter((f) => f.uses > 0).length).toBeGreaterThan(0);
    if (path === '/fy2024/') expect(found.find((f) => f.id === 'vision')!.uses).toBeGreaterThan(1);

    // Never inside a skipped element, never in the header or footer, and every link names an entry.
    const misplaced = await page
      .locator('a[data-term]')
      .evaluateAll(
        (els, skipped) => els.filter((el) => el.parentElement!.closest(skipped) || !el.closest('main')).length,
        SKIPPED,
      );
    expect(misplaced).toBe(0);
    const entries = ids(read('/glossary/'));
    const hrefs = await page.locator('a[data-term]').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    expect(hrefs.filter((h) => !h.startsWith('/glossary/#') || !entries.has(h.slice('/glossary/#'.length)))).toEqual(
      [],
    );
  });
}

test('a term link goes to its entry, which explains it', async ({ page }) => {
  await page.goto('/fy2024/visions/1/');
  await page.getByRole('main').locator('a[data-term="measure"]').click();
  await expect(page).toHaveURL(/\/glossary\/#measure$/);
  await expect(page.locator('#measure')).toHaveText(/^施策/);
  await expect(page.locator('#measure + dd')).toContainText('ビジョンを実現するための取組の柱');
});

test('the glossary explains each term once, under its own anchor, and says where the explanation comes from', async ({
  page,
}) => {
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('用語集');
  const terms = page.locator('dt[id]');
  expect(await terms.count()).toBeGreaterThanOrEqual(17);
  for (const word of ['千円', '再掲', '補正予算', '前年度予算なし', 'EBPM', 'このサイトによる分類', 'データ版']) {
    await expect(terms.filter({ hasText: word })).toHaveCount(1);
  }
  // The source defines EBPM in a ※ note (line 1331); MICE it does not, so that entry says it is a general meaning.
  await expect(page.locator('#ebpm + dd')).toContainText('証拠に基づいた政策立案');
  await expect(page.locator('#mice + dd')).toContainText('一般的な意味');
  // The index at the top links every entry.
  const index = page.getByRole('navigation', { name: '用語の一覧' }).getByRole('link');
  await expect(index).toHaveCount(await terms.count());
});

test('the glossary, the data pages and the source texts have no term links', async ({ page }) => {
  for (const path of ['/glossary/', '/data/', '/sources/fy2024/']) {
    await page.goto(path);
    await expect(page.locator('a[data-term]'), path).toHaveCount(0);
  }
});
