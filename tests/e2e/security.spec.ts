/**
 * Security: the Content-Security-Policy and headers, no request off the site's own origin, no policy violation,
 * and markup injected into a source title shown as text on the built page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runPipeline } from '../../scripts/pipeline.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { copyProject } from '../../scripts/lib/workspace.ts';

const PAGES = [
  '/',
  '/fy2024/',
  '/fy2024/visions/1/',
  '/fy2024/projects/c15a479c/',
  '/fy2024/wards/kita/',
  '/2013/',
  '/2013/items/44/',
  '/2013/categories/II-11/',
  '/2013/crosswalk/',
  '/data/',
  '/data/dictionary/',
  '/method/',
  `/search/?q=${encodeURIComponent('地下水')}`,
];

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

test('no page requests anything off its own origin or breaks the policy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(offsite).toEqual([]);
  expect(violations).toEqual([]);
});

test.describe('markup in a source title', () => {
  const PAYLOAD = `<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">`;
  let dir = '';
  let remove: (() => void) | undefined;
  let server: { url: string; close: () => void } | undefined;

  test.beforeAll(async () => {
    // A whole build beside the other worker's tests: about a minute on an idle two-core machine, a few on a busy one.
    test.setTimeout(600_000);
    // A copy of the project whose FY2024 source has the payload in a title (line 1168), built the usual way.
    const copy = copyProject('kpe-xss-');
    dir = copy.dir;
    remove = copy.remove;
    const source = join(dir, 'content/sources/000_dbb0204a5abc5e36.txt');
    const lines = readFileSync(source, 'utf8').split('\n');
    expect(lines[1167]).toBe('空き家の除却やリフォーム補助等による空き家を減らす取組');
    lines[1167] = `空き家の除却${PAYLOAD}やリフォーム補助等による空き家を減らす取組`;
    writeFileSync(source, lines.join('\n'));
    runPipeline(dir);
    server = await serveDist(join(dir, 'dist'));
  });

  test.afterAll(() => {
    server?.close();
    remove?.();
  });

  test('is shown as text on the project page, in lists and in search results', async ({ page }) => {
    const projects = JSON.parse(readFileSync(join(dir, 'content/fy2024/projects.json'), 'utf8')) as Array<{
      id: string;
      title: string;
    }>;
    const project = projects.find((p) => p.title.includes('<script>'))!;
    expect(project.title).toBe(`空き家の除却${PAYLOAD}やリフォーム補助等による空き家を減らす取組`);
    const base = server!.url;
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
});
