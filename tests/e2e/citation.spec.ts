/**
 * Copying a citation: one click copies the citation with the page's title, its path and today's date as 閲覧日 in
 * the edition's words (and the BibTeX entry with urldate), the status says so; without JavaScript the citation is
 * there as text with a blank 閲覧日 and no button shows. Titles come from the committed data (content/), today's date
 * from the browser's own clock, never from the site's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const projects = json<Array<{ id: string; title: string }>>('content/fy2024/projects.json');
const project = projects.find((p) => p.title === '児童手当の拡充')!;
const curated = (edition: 'en' | 'easy'): string =>
  json<{ records: Array<{ id: string; title: string }> }>(`content/curated/${edition}.json`).records.find(
    (r) => r.id === `project:${project.id}`,
  )!.title;

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

const EDITIONS = [
  {
    edition: 'ja',
    prefix: '',
    title: project.title,
    copy: '引用をコピー',
    bib: 'BibTeXをコピー',
    accessed: '閲覧日：',
  },
  {
    edition: 'easy',
    prefix: '/easy',
    title: curated('easy'),
    copy: 'コピーする',
    bib: 'BibTeXを コピーする',
    accessed: '見た 日にち：',
  },
  {
    edition: 'en',
    prefix: '/en',
    title: curated('en'),
    copy: 'Copy citation',
    bib: 'Copy BibTeX',
    accessed: 'accessed ',
  },
] as const;

for (const e of EDITIONS) {
  test(`copies the citation and its BibTeX on a project page (${e.edition})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path = `${e.prefix}/fy2024/projects/${project.id}/`;
    await page.goto(path);
    // Today as the reader's browser sees it.
    const [y, m, d] = await page.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
    });
    const today = e.edition === 'en' ? `${d} ${MONTHS[m! - 1]} ${y}` : `${y}年${m}月${d}日`;
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

    const cite = page.locator('section.cite');
    await cite.getByRole('button', { name: e.copy }).click();
    await expect(cite.getByRole('status').first()).toHaveText(e.edition === 'en' ? 'Copied' : 'コピーしました');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(e.edition === 'en' ? `“${e.title}”, ${path} (` : `「${e.title}」${path}（`);
    expect(copied).toContain(`${e.accessed}${today}`);
    // The words copied are the words on the page, without the ふりがな of the やさしい日本語 edition.
    expect(copied).not.toMatch(/くまもと|ぎょうめ/);
    // The page shows the same date (its text read without the ふりがな).
    const shown = await page.locator('#cite-text').evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const rt of copy.querySelectorAll('rt, rp')) rt.remove();
      return copy.textContent ?? '';
    });
    expect(shown).toContain(`${e.accessed}${today}`);

    await cite.locator('summary').click();
    await cite.getByRole('button', { name: e.bib }).click();
    const bib = await page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toMatch(/^@misc\{kpe-/);
    // English titles in double braces, which keep their capitals in a bibliography.
    expect(bib).toContain(e.edition === 'en' ? `  title = {{${e.title}}},\n` : `  title = {${e.title}},\n`);
    expect(bib).toContain(`  urldate = {${iso}}\n}`);
  });
}

test('without JavaScript the citation is text with a blank 閲覧日, and no button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/2013/items/47/');
  const cite = page.locator('section.cite');
  await expect(cite.locator('#cite-text')).toContainText('（非公式）「');
  await expect(cite.locator('#cite-text')).toContainText('/2013/items/47/（データ更新日：');
  await expect(cite.locator('#cite-text')).toContainText('閲覧日：____年__月__日');
  await expect(cite.getByRole('button')).toHaveCount(0);
  await context.close();
});
