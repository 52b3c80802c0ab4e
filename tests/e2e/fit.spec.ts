/**
 * Every page of the sitemap on a phone (Chromium, 360 × 740): nothing is cut off without a hint. The page never
 * scrolls sideways; a table, figure, chart or code block wider than the screen is only allowed inside a container
 * that scrolls and says so; no cell's text is clipped. Header, footer and breadcrumb links are big enough to tap.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../dist/site.ts';

const pages = sitemapPaths();
// Split the pages into a few tests so the two workers share them; each test reuses one browser page.
const CHUNKS = 4;
// WCAG 2.2 2.5.8 (target size, minimum), in CSS pixels.
const TARGET = 24;

/** What is wrong with the page in the browser, one line per problem; runs in the page. */
function problems(target: number): string[] {
  const out: string[] = [];
  const name = (el: Element) => {
    const caption = el.querySelector('caption')?.textContent ?? el.getAttribute('aria-label');
    return `<${el.tagName.toLowerCase()}>${caption ? ` "${caption.trim().slice(0, 40)}"` : ''}`;
  };
  // Shown on screen: more than the 1 px of a visually hidden element (the column headers of a table shown as cards).
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };
  // Chart data tables sit in closed <details>: open them, a reader may.
  for (const d of document.querySelectorAll('details')) d.open = true;

  const page = document.scrollingElement!;
  if (page.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${page.scrollWidth} px wide)`);

  const scrollsVisibly = (el: Element) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (!['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) continue;
      const box = a.getBoundingClientRect();
      const cue = a.parentElement?.querySelector(':scope > [data-scroll-hint]');
      return a.scrollWidth > a.clientWidth && box.left >= 0 && box.right <= innerWidth && !!cue && visible(cue);
    }
    return false;
  };
  // What shows an element: the viewport, narrowed to the nearest ancestor that clips or scrolls sideways (a table
  // inside a scroll box ends where the box ends, even when the box stops short of the screen's edge).
  const shownBetween = (el: Element): [number, number] => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflowX === 'visible') continue;
      const box = a.getBoundingClientRect();
      return [Math.max(0, box.left), Math.min(innerWidth, box.right)];
    }
    return [0, innerWidth];
  };
  for (const el of document.querySelectorAll('table, figure, svg, pre')) {
    if (!visible(el)) continue;
    const box = el.getBoundingClientRect();
    const [left, right] = shownBetween(el);
    if ((box.left < left - 0.5 || box.right > right + 0.5) && !scrollsVisibly(el))
      out.push(`${name(el)} is ${Math.round(box.width)} px wide and cut off without a scroll cue`);
  }
  // The converse: a hint only where there is something to scroll to.
  for (const hint of document.querySelectorAll('[data-scroll-hint]')) {
    const region = hint.parentElement?.querySelector(':scope > [role="region"]');
    if (visible(hint) && region && region.scrollWidth <= region.clientWidth)
      out.push(`${name(region)} says it scrolls but fits`);
  }
  for (const cell of document.querySelectorAll('td, th')) {
    const head = cell.closest('thead');
    if (visible(cell) && (!head || visible(head)) && cell.scrollWidth > cell.clientWidth)
      out.push(
        `cell "${cell.textContent!.trim().slice(0, 30)}" is clipped (${cell.scrollWidth} > ${cell.clientWidth} px)`,
      );
  }
  // Every control of the header, footer and breadcrumbs that is shown (on a phone the header's search form gives way
  // to a link and has no box at all).
  const controls = 'body > header :is(a, button, input), body > footer a, nav[aria-label="パンくずリスト"] a';
  for (const el of document.querySelectorAll(controls)) {
    if (el.getClientRects().length === 0) continue;
    const r = el.getBoundingClientRect();
    if (r.width < target || r.height < target)
      out.push(`"${el.textContent!.trim()}" is a ${Math.round(r.width)}×${Math.round(r.height)} px target`);
  }
  return out;
}

for (let c = 0; c < CHUNKS; c++) {
  const chunk = pages.filter((_, i) => i % CHUNKS === c);
  test(`at 360 px nothing is cut off without a cue and header and footer links are big enough to tap (pages ${c + 1}/${CHUNKS}, ${chunk.length} pages)`, async ({
    page,
  }) => {
    // Bounded by the pages in the chunk; well under a second a page on an idle machine, with ample headroom.
    test.setTimeout(60_000 + chunk.length * 5_000);
    await page.setViewportSize({ width: 360, height: 740 });
    const found: string[] = [];
    for (const path of chunk) {
      await page.goto(path);
      for (const p of await page.evaluate(problems, TARGET)) found.push(`${path}: ${p}`);
    }
    expect(found).toEqual([]);
  });
}

test('a table that must scroll says so, and the cue goes once the table fits', async ({ page }) => {
  // Lines 473-477: the tablet-consultation table as printed, three columns.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fy2024/projects/9ecbce66/');
  const region = page.getByRole('region', { name: 'こどもの権利サポートセンターのタブレット相談の拡充' });
  await expect(region.locator('xpath=..').getByText('横にスクロールできます')).toBeVisible();
  await expect(region).toHaveCSS('overflow-x', 'auto');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 740 });
  await expect(region.locator('xpath=..').getByText('横にスクロールできます')).toBeHidden();
});

test('on a phone a table of figures reflows into cards that name every figure', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fy2024/');
  const table = page.getByRole('table', { name: 'ビジョンと事業費' });
  // Still a table to assistive technology, with its five columns.
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  const first = table.getByRole('row', { name: /ビジョン1 こどもが輝き/ });
  // The budget (the fourth column) is whole, inside the screen and labelled with its column's name.
  const budget = first.getByRole('cell').nth(2);
  await expect(budget).toHaveAttribute('data-label', (await table.getByRole('columnheader').nth(3).textContent())!);
  await expect(budget).toHaveText(/^[\d,.]+[千万億]/);
  const box = (await budget.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await budget.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // At desktop width it is an ordinary table again: the column headers show.
  await page.setViewportSize({ width: 1280, height: 740 });
  await expect(table.getByRole('columnheader').nth(3)).toBeVisible();
});
