/**
 * 2013 statuses say who judged, in the built files: every badge on the site says, in its edition's words, that this site
 * classified it (「このサイトによる分類」, 「このサイトが分けました」, "this site's classification") and links to its
 * edition's published rules; rule IDs stay out of the reader's view outside the method and data pages, and the open data
 * carry the words a status rests on. The badges and the method page in the browser: tests/e2e/status.spec.ts.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlPages, read } from './site.ts';

const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

/** A rule ID as stored in the data (S2-ongoing, S2a-started-or-expanded, I3-some-in-progress, relisted-only:…). */
const RULE_ID = /\b(?:[SI]\d+[a-z]?-[a-z]+(?:-[a-z]+)*|relisted-only:)/;

/** The text a reader sees: tags, comments, scripts and styles removed, attributes with them. */
const visibleText = (html: string): string =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ');

/** Each edition's path prefix and the words its badges use to say this site classified the status. */
const EDITIONS = [
  { prefix: '/easy', by: 'このサイトが分けました' },
  { prefix: '/en', by: "this site's classification" },
  { prefix: '', by: 'このサイトによる分類' },
] as const;
const editionOf = (page: string) => EDITIONS.find((e) => page.startsWith(`${e.prefix}/`))!;

/** A badge's link text as read: the ふりがな of a やさしい日本語 page (<rt>, <rp>) and the tags left out. */
const linkText = (html: string): string =>
  html
    .replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&#x27;/g, "'")
    .trim();

test('every status badge in dist/ says this site classified it, in its edition, and links to its rules', () => {
  let badges = 0;
  const bad: string[] = [];
  for (const page of htmlPages()) {
    const { prefix, by } = editionOf(page);
    const rules = new RegExp(`<a [^>]*href="${prefix}/method/#(?:status|rule-[^"]+)"[^>]*>([\\s\\S]*)$`);
    // What follows each badge's opening tag, up to the end of its first link: the status word, then the attribution.
    for (const rest of read(page).split('data-status-badge="').slice(1)) {
      badges++;
      const badge = rest.slice(0, rest.indexOf('</a>'));
      const link = rules.exec(badge);
      if (!link || linkText(link[1]!) !== by) bad.push(`${page}: ${badge.slice(0, 300)}`);
    }
  }
  // 130 items on /2013/status/ alone, and again on the category, part, crosswalk and item pages, in three editions.
  expect(badges).toBeGreaterThan(130 * 4 * 3);
  expect(bad).toEqual([]);
});

test('rule IDs stay out of the text a reader sees, except on the method and data pages', () => {
  const shown: string[] = [];
  for (const page of htmlPages()) {
    const { prefix } = editionOf(page);
    if (page.startsWith(`${prefix}/method/`) || page.startsWith(`${prefix}/data/`)) continue;
    const m = RULE_ID.exec(visibleText(read(page)));
    if (m) shown.push(`${page}: ${m[0]}`);
  }
  expect(shown).toEqual([]);
});

test('the open data carry the words each sub-item status rests on', () => {
  // Line 355: 「…担い手支援事業開始 …」; line 43: 「平成23年度末で部を廃止済」.
  const one = json<{
    subitems: Array<{ status: string; statusRule: string; statusEvidence: string[] }>;
  }>('data/2013/items/102.json');
  expect(one.subitems[0]).toMatchObject({ status: 'in-progress', statusEvidence: ['開始'] });
  const rows = json<
    Array<{
      id: string;
      item_no: number;
      status_evidence: string[];
    }>
  >('data/2013/subitems.json');
  expect(rows.find((r) => r.item_no === 8)!.status_evidence).toEqual(['廃止済']);
});
