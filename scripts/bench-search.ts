/**
 * Search benchmark in Chromium against dist/: the bytes a first query fetches (raw, and as a static host that
 * gzips text would send them; Pagefind's index files are already compressed) and the median time from the last
 * keypress to rendered results. Prints a table; run by `npm run bench` after the build.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.ts';
import { serveDist } from './lib/serve.ts';
import { EDITION_INFO, type Edition } from '../src/lib/i18n/editions.ts';

/** Queries for keypress-to-results: each one's last character is typed into the previous ones. */
const QUERIES = [
  '地下水',
  '児童手当',
  'マイナンバーカード',
  'MICE',
  '熊本港',
  '保育',
  'の推進',
  '東京タワー',
  'ハザードマップ',
  '市電',
  '交通渋滞',
  'ICカード',
  '子ども',
  '取り組み',
];

/**
 * Queries for a first search's bytes: the heaviest of the exact ones (児童手当 and the long loanwords touch the most
 * index chunks; の推進 and 保育 list the most results) and queries searched in several spellings (子供: 子ども and
 * こども; 取り組み: 取組; 箇所: ヶ所, か所; 熊本縣: 熊本県), whose chunks add up.
 */
const FIRST_QUERIES = [
  '地下水',
  '児童手当',
  'マイナンバーカード',
  'スマートインターチェンジ',
  'MICE',
  '熊本港',
  '保育',
  'の推進',
  '子供',
  '子ども',
  '障害',
  '取り組み',
  '箇所',
  '熊本縣',
];

/**
 * English queries (the English edition's own index of words): titles' words, a word on many pages (billion, in every
 * amount of ¥1 billion or more), a plural, two words.
 */
const ENGLISH_QUERIES = ['child allowance', 'groundwater', 'billion', 'children', 'support', 'disaster prevention'];

/**
 * Serves dist (the project's dist/ by default) on a free port and measures an edition's search there (the Japanese
 * original's by default; やさしい日本語 is searched by the same Japanese queries, English by its own).
 */
export async function benchSearch(
  dist?: string,
  edition: Edition = 'ja',
): Promise<{ medianTransfer: number; maxTransfer: number; worstQuery: string; medianMs: number }> {
  const searchPage = `${EDITION_INFO[edition].prefix}/search/`;
  const firstQueries = edition === 'en' ? ENGLISH_QUERIES : FIRST_QUERIES;
  const typed = edition === 'en' ? ENGLISH_QUERIES : QUERIES;
  const server = await serveDist(dist);
  const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium, args: CHROMIUM_ARGS } : {});
  try {
    // Bytes of a first query: a fresh page, the query typed, everything fetched until the results show.
    const firstQuery: Array<{ query: string; raw: number; transfer: number }> = [];
    for (const query of firstQueries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let raw = 0;
      let transfer = 0;
      page.on('response', async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'] ?? '';
        raw += body.length;
        transfer += /text|javascript|json|xml/.test(type) ? gzipSync(body).length : body.length;
      });
      await page.goto(`${server.url}${searchPage}`);
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      await page.locator('[data-search-count]:not(:empty)').waitFor();
      await page.waitForLoadState('networkidle');
      firstQuery.push({ query, raw, transfer });
      await context.close();
    }

    // Keypress to results: type each query's last character and wait for the count to change.
    const page = await browser.newPage();
    await page.goto(`${server.url}${searchPage}`);
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    const input = page.locator('#q');
    await input.fill(edition === 'en' ? 'kumamoto' : '熊本');
    await page.locator('[data-search-count]:not(:empty)').waitFor();
    const times: number[] = [];
    for (const query of typed) {
      await input.fill([...query].slice(0, -1).join(''));
      await page.waitForTimeout(300);
      const before = await page.locator('[data-search-count]').textContent();
      const start = Date.now();
      await input.pressSequentially([...query].at(-1)!);
      await page.waitForFunction((b) => document.querySelector('[data-search-count]')?.textContent !== b, before);
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log(
      `\nSearch (${edition}): bytes fetched for a first query on a fresh page (page + script + Pagefind + index + results)`,
    );
    for (const f of firstQuery)
      console.log(`  raw ${kb(f.raw).padStart(9)}   sent gzipped ${kb(f.transfer).padStart(9)}   ${f.query}`);
    const medianTransfer = [...firstQuery].sort((a, b) => a.transfer - b.transfer)[Math.floor(firstQuery.length / 2)]!
      .transfer;
    console.log(
      `\nSearch (${edition}): keypress to rendered results over ${times.length} queries (includes the 150 ms typing debounce)`,
    );
    console.log(`  median ${times[Math.floor(times.length / 2)]} ms, min ${times[0]} ms, max ${times.at(-1)} ms`);
    const worst = [...firstQuery].sort((a, b) => b.transfer - a.transfer)[0]!;
    return {
      medianTransfer,
      maxTransfer: worst.transfer,
      worstQuery: worst.query,
      medianMs: times[Math.floor(times.length / 2)]!,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
