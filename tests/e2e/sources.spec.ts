/**
 * A line link followed in the browser: the source page opens at that line, highlighted. The source pages and every
 * line link as files are checked by tests/dist/sources.test.ts.
 */
import { expect, test } from '@playwright/test';

for (const width of [360, 1280]) {
  test(`a line link opens the source at that line, highlighted, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/fy2024/projects/c15a479c/');
    await page.getByRole('link', { name: '404行目' }).first().click();
    await expect(page).toHaveURL(/\/sources\/fy2024\/#L404$/);
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
