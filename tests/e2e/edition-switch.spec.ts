/**
 * The language switch in the header leads to the same record in the other editions: a reader clicks through
 * ja → en → easy → ja on a FY2024 project page and a 2013 item page and lands on the record they started from each
 * time. Expected titles come from the committed data (content/), never from the site's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

const projects = json<Array<{ id: string; title: string }>>('content/fy2024/projects.json');
const items = json<Array<{ no: number; title: string }>>('content/2013/items.json');
const curated = (edition: 'en' | 'easy', id: string): string =>
  json<{ records: Array<{ id: string; title: string }> }>(`content/curated/${edition}.json`).records.find(
    (r) => r.id === id,
  )!.title;

// 児童手当の拡充 (FY2024 plan, line 118) and item 10, 農水商工局の設置 (2013 roadmap).
const project = projects.find((p) => p.title === '児童手当の拡充')!;
const item = items.find((i) => i.no === 10)!;

const records = [
  { kind: 'project', path: `/fy2024/projects/${project.id}/`, ja: project.title, id: `project:${project.id}` },
  { kind: '2013 item', path: `/2013/items/${item.no}/`, ja: item.title, id: `item:${item.no}` },
];

// The switch's name in each edition (the header's second navigation), and where each edition's pages live.
const SWITCH = { ja: '言語', en: 'Language', easy: 'ことば' } as const;
const PREFIX = { ja: '', en: '/en', easy: '/easy' } as const;
type Edition = keyof typeof SWITCH;

/** The page's h1 as read, without the readings of its ruby (やさしい日本語 pages carry ふりがな). */
const heading = (page: Page): Promise<string> =>
  page
    .getByRole('heading', { level: 1 })
    .evaluate((h1) => {
      const copy = h1.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt, rp').forEach((r) => r.remove());
      return copy.textContent ?? '';
    })
    .then((text) => text.replace(/\s+/g, ' ').trim());

for (const record of records) {
  test(`the language switch keeps the ${record.kind} page in every edition (ja → en → easy → ja)`, async ({ page }) => {
    await page.goto(record.path);
    expect(await heading(page)).toBe(record.ja);
    const steps: Array<[Edition, Edition]> = [
      ['ja', 'en'],
      ['en', 'easy'],
      ['easy', 'ja'],
    ];
    for (const [from, to] of steps) {
      const hreflang = { ja: 'ja', en: 'en', easy: 'ja-x-easy' }[to];
      await page.getByRole('navigation', { name: SWITCH[from] }).locator(`a[hreflang="${hreflang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`^[^/]+//[^/]+${PREFIX[to]}${record.path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', to === 'en' ? 'en' : 'ja');
      // The edition now shown is named in the switch as where the reader is, not as a link to itself.
      const here = page.getByRole('navigation', { name: SWITCH[to] });
      await expect(here.locator('[aria-current="page"]')).toHaveAttribute('lang', to === 'en' ? 'en' : 'ja');
      await expect(here.locator(`a[hreflang="${hreflang}"]`)).toHaveCount(0);
      await expect(here.locator('a')).toHaveCount(2);
      const title = to === 'ja' ? record.ja : curated(to, record.id);
      expect(await heading(page), `${to}: ${record.path}`).toContain(title);
    }
  });
}
