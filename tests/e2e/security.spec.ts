/**
 * Security in the browser: the Content-Security-Policy and headers as the server sends them, a search (the one page
 * that loads WebAssembly and fetches its index) without a request off the origin or a policy violation, and markup
 * injected into a source title shown as text. Every page's requests and policy violations are checked by
 * tests/e2e/crawl.spec.ts; the built files of the markup test by tests/dist/security.test.ts.
 */
import { expect, test } from '@playwright/test';
import { PAYLOAD, PAYLOAD_TITLE_WITH_MARKUP } from '../../scripts/build-variant.ts';
import { variantURL } from './variant.ts';
import { payloadProject } from '../dist/site.ts';

test('every page carries the policy, and the server sends the headers of dist/_headers', async ({ request }) => {
  const response = await request.get('/fy2024/projects/c15a479c/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const html = await response.text();
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
  );
  // No inline script anywhere: the search page's script is an external module.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const search = await (await request.get('/search/')).text();
  expect(search).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('a search requests nothing off its own origin and breaks no policy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto(`/search/?q=${encodeURIComponent('地下水')}`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(offsite).toEqual([]);
  expect(violations).toEqual([]);
});

test('markup in a source title is shown as text on the project page, in lists and in search results', async ({
  page,
}) => {
  // The variant build has the payload in a FY2024 title (scripts/build-variant.ts).
  const project = payloadProject()!;
  expect(project.title).toBe(PAYLOAD_TITLE_WITH_MARKUP);
  const base = variantURL();
  for (const path of [
    `/fy2024/projects/${project.id}/`,
    '/fy2024/visions/7/',
    `/search/?q=${encodeURIComponent('空き家の除却')}`,
  ]) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    await expect(page.locator('main img[src="x"]'), path).toHaveCount(0);
    await expect(page.getByRole('main'), path).toContainText(PAYLOAD);
  }
});
