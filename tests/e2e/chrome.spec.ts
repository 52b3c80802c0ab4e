/**
 * The page shell on a phone: a header that leaves the first screen to the page, navigation links big enough to tap
 * (WCAG 2.2 2.5.8: at least 24 × 24 CSS px), the glossary in the footer and a link back to the top of the page.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/fy2024/', '/fy2024/visions/1/', '/2013/items/44/', '/glossary/', '/about/'];

test.use({ viewport: { width: 360, height: 740 } });

for (const path of PAGES) {
  test(`${path}: at 360 px the header is short and every navigation link is at least 24 × 24`, async ({ page }) => {
    await page.goto(path);
    const header = (await page.locator('body > header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(740 * 0.15);
    // The search is a link on a phone, the sections a row of links.
    await expect(page.locator('body > header').getByRole('link', { name: '検索' })).toHaveAttribute('href', '/search/');
    const targets = page.locator(
      'body > header a, body > footer a, nav[aria-label="パンくずリスト"] a, main > .to-top a, .to-top a',
    );
    const sizes = await targets.evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent!.trim(), w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
        }),
    );
    expect(sizes.length).toBeGreaterThan(6);
    expect(sizes.filter((s) => s.w < 24 || s.h < 24)).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('the footer links the glossary', async ({ page }) => {
  await page.goto('/fy2024/');
  await expect(page.locator('body > footer').getByRole('link', { name: '用語集' })).toHaveAttribute(
    'href',
    '/glossary/',
  );
});

test('the end of a long page links back to its top, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/fy2024/');
  const back = page.getByRole('main').getByRole('link', { name: 'ページの先頭へ' });
  await expect(back).toHaveAttribute('href', '#top');
  await expect(page.locator('#top')).toHaveCount(1);
  await back.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(740);
  await back.click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await context.close();
});
