/**
 * The graded crosswalk as published: item pages, the crosswalk page and FY2024 pages word a successor and a related
 * link differently, and the open data carries each link's strength with its label. Which item has which links is read
 * from the committed data (content/crosswalk/), so these tests hold for any valid curated crosswalk; the wording
 * they expect is the one the site promises (「後継事業」, 「関連する取組」 …), written out here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseCsv } from './spreadsheet.ts';
import { fileFor, read } from './site.ts';

interface Link {
  kind: 'project' | 'table' | 'measure' | 'vision';
  id: string;
  title: string;
  url: string;
  strength: 'successor' | 'related';
  subitem: { id: string; name: string } | null;
  note: string;
  shared: string;
}
interface Entry {
  no: number;
  status: 'successor' | 'related' | 'none';
  links: Link[];
  rejected: Array<Pick<Link, 'kind' | 'id' | 'title' | 'url'> & { reason: string }>;
}
const entries = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'crosswalk', '2013-2024.json'), 'utf8'),
) as Entry[];

/** The heading a 2013 item page gives a link, as the site's wording promises it. */
const heading = (l: Link) =>
  l.strength === 'successor'
    ? '後継事業'
    : l.kind === 'measure'
      ? '関連する施策'
      : l.kind === 'vision'
        ? '関連するビジョン'
        : '関連する取組';

/** Text without tags, entities decoded and without the phrase-break and glossary markup's spacing. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, '');

/** The heading of the candidates considered and not linked, on a 2013 item page. */
const REJECTED = '結び付けなかった候補';

/** A section of a page by the id its heading carries. */
function section(html: string, id: string): string | undefined {
  return html.match(new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`))?.[0];
}

/** The lists under each h3 of a section: heading text → the list's items' HTML. */
function groups(html: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of html.matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>([\s\S]*?)(?=<h3|$)/g)) {
    const items = [...m[2]!.matchAll(/<li data-strength="[^"]+"[\s\S]*?<\/li>/g)].map((x) => x[0]);
    map.set(plain(m[1]!), items);
  }
  return map;
}

test('a 2013 item page lists each link under the heading of its strength, with its note and evidence', () => {
  let successors = 0;
  let related = 0;
  for (const e of entries) {
    const html = section(read(`/2013/items/${e.no}/`), 'successors');
    expect(html, `item ${e.no}`).toBeDefined();
    const text = plain(html!);
    // The old wording, which called every link alike, is gone; the links are said to be the site's reading.
    expect(text).not.toContain('共通する語句');
    expect(text).not.toContain('の関連事業');
    // The heading is true whatever the item's links are: successors, related projects, measures, visions or none.
    expect(plain(/<h2 id="successors"[^>]*>([\s\S]*?)<\/h2>/.exec(html!)![1]!)).toBe(
      '令和6年度アクションプランとのつながり',
    );
    if (!e.links.length) {
      // Nothing found is the site's reading, not a statement that the plan has nothing.
      expect(text, `item ${e.no}`).toContain('後継・関連する取組の掲載なし');
      expect(text, `item ${e.no}`).toContain(
        'このサイトの読み取りでは、令和6年度アクションプランに、この項目に続く取組の記載は見当たりませんでした',
      );
      expect(text).not.toContain('掲載されていません');
      continue;
    }
    expect(text).toContain('このサイトの判断');
    const byHeading = groups(html!);
    byHeading.delete(REJECTED);
    expect([...byHeading.keys()].sort(), `item ${e.no}`).toEqual([...new Set(e.links.map(heading))].sort());
    for (const l of e.links) {
      const li = byHeading.get(heading(l))!.find((x) => x.includes(`href="${l.url}"`));
      expect(li, `item ${e.no}: ${l.title} under ${heading(l)}`).toBeDefined();
      expect(li).toContain(`data-strength="${l.strength}"`);
      const t = plain(li!);
      expect(t).toContain(`両方の資料にある語：「${l.shared.replace(/\s+/g, '')}」`);
      // A name holding 「…」 is quoted with 『…』 inside the sentence's 「…」, as Japanese nests quotation marks.
      const scope = l.subitem?.name.replace(/\s+/g, '').replace(/「/g, '『').replace(/」/g, '』');
      if (scope) expect(t).toContain(`取組「${scope}」について`);
      if (l.strength === 'successor') successors++;
      else related++;
    }
  }
  // The committed data has links of both strengths, so both wordings were seen.
  expect(successors).toBeGreaterThan(0);
  expect(related).toBeGreaterThan(0);
});

test('the crosswalk page words each link by strength, counts items per status and filters by it', () => {
  const html = read('/2013/crosswalk/');
  // Each item's row, from its opening tag to the next row's.
  const rows = html.split(/(?=<li data-part=)/).slice(1);
  const byNo = new Map(
    rows.map((row) => [
      Number(/ value="(\d+)"/.exec(row)![1]),
      { link: / data-link="([^"]*)"/.exec(row)![1], html: row },
    ]),
  );
  expect(byNo.size).toBe(entries.length);
  for (const e of entries) {
    const row = byNo.get(e.no)!;
    expect(row.link, `item ${e.no}`).toBe(e.status);
    for (const l of e.links) expect(plain(row.html), `item ${e.no}`).toContain(`${heading(l)}：`);
  }
  const text = plain(html);
  const count = (s: Entry['status']) => entries.filter((e) => e.status === s).length;
  expect(text).toContain(
    `後継事業ありが${count('successor')}項目、関連のみが${count('related')}項目、後継・関連する取組の掲載なしが${count('none')}項目です。`,
  );
  for (const s of ['successor', 'related', 'none']) expect(html).toContain(`id="link-${s}"`);
  expect(text).toContain('このサイトの判断');
});

test('a 2013 item page shows the candidates considered and not linked, each with its target and reason', () => {
  let shown = 0;
  for (const e of entries) {
    const html = section(read(`/2013/items/${e.no}/`), 'successors')!;
    const [, part] = html.split(/<h3 id="links-rejected"[^>]*>/);
    if (!e.rejected.length) {
      expect(part, `item ${e.no}`).toBeUndefined();
      continue;
    }
    expect(part, `item ${e.no}: no heading ${REJECTED}`).toBeDefined();
    const text = plain(part!);
    expect(text.startsWith(REJECTED), `item ${e.no}`).toBe(true);
    for (const r of e.rejected) {
      expect(part, `item ${e.no}: ${r.title}`).toContain(`href="${r.url}"`);
      expect(text, `item ${e.no}: ${r.title}`).toContain(plain(r.title));
      expect(text, `item ${e.no}: ${r.title}`).toContain(plain(r.reason));
      shown++;
    }
  }
  // No.85 (ロアッソ熊本, support for a football club): 民間活力を活用した健康づくり was considered and not linked,
  // since the club appears there only in a photo caption (FY2024 line 886).
  const no85 = plain(section(read('/2013/items/85/'), 'successors')!);
  expect(no85).toContain(`${REJECTED}`);
  expect(no85).toContain('民間活力を活用した健康づくり');
  expect(no85).toContain('写真の説明');
  expect(shown).toBe(entries.reduce((n, e) => n + e.rejected.length, 0));
});

test('a FY2024 page says which 2013 items it continues and which are only related', () => {
  const byPage = new Map<string, Array<{ no: number; strength: Link['strength'] }>>();
  for (const e of entries)
    for (const l of e.links) {
      const page = l.url.replace(/#.*$/, '');
      byPage.set(page, [...(byPage.get(page) ?? []), { no: e.no, strength: l.strength }]);
    }
  for (const [page, links] of byPage) {
    const html = section(read(page), 'predecessors');
    expect(html, page).toBeDefined();
    const byHeading = groups(html!);
    for (const { no, strength } of links) {
      const under = byHeading.get(strength === 'successor' ? '2013年の行程表での前身' : '関連する2013年の取組');
      expect(
        under?.some((li) => li.includes(`href="/2013/items/${no}/"`)),
        `${page}: No.${no} (${strength})`,
      ).toBe(true);
    }
  }
});

test("a link to a table leads to the table's anchor", () => {
  for (const l of entries.flatMap((e) => e.links).filter((x) => x.kind === 'table')) {
    const [page, anchor] = l.url.split('#');
    expect(read(page!)).toContain(`id="${anchor}"`);
  }
  // Every table of the plan has its anchor, linked or not: school-staffing is vision 1's (FY2024 line 549).
  expect(read('/fy2024/visions/1/')).toContain('id="table-school-staffing"');
});

test('the crosswalk open data has each link’s strength with its label, the sub-item and the note', () => {
  const text = readFileSync(fileFor('/data/2013/crosswalk.csv')!).subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  for (const column of ['つながりの強さ', 'つながりの強さ（日本語）', '取組ID', '取組名', 'つながりの説明'])
    expect(header).toContain(column);
  const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  const labels: Record<string, string> = { successor: '後継', related: '関連' };
  for (const r of records) {
    const where = `item ${r['項目番号']}: ${r['対応先の名称']}`;
    if (!r['対応先の種類']) {
      expect(r['つながりの強さ'], where).toBe('');
      expect(r['項目のつながり'], where).toBe('none');
      continue;
    }
    expect(r['つながりの強さ（日本語）'], where).toBe(labels[r['つながりの強さ']!]);
    expect(r['つながりの説明'], where).not.toBe('');
    // A measure or a vision is a policy heading: never a successor.
    if (r['対応先の種類'] === 'measure' || r['対応先の種類'] === 'vision')
      expect(r['つながりの強さ'], where).toBe('related');
  }
  // An item with one successor link is a successor item on each of its rows.
  const items = new Map<string, Set<string>>();
  for (const r of records)
    items.set(r['項目番号']!, (items.get(r['項目番号']!) ?? new Set()).add(r['つながりの強さ']!));
  for (const r of records)
    expect(r['項目のつながり'], `item ${r['項目番号']}`).toBe(
      items.get(r['項目番号']!)!.has('successor')
        ? 'successor'
        : items.get(r['項目番号']!)!.has('related')
          ? 'related'
          : 'none',
    );
  const json = JSON.parse(readFileSync(fileFor('/data/2013/crosswalk.json')!, 'utf8')) as Array<
    Record<string, unknown>
  >;
  expect(
    json.filter((r) => r['successor_kind']).every((r) => ['successor', 'related'].includes(r['strength'] as string)),
  ).toBe(true);
  const codes = JSON.parse(readFileSync(fileFor('/data/codes.json')!, 'utf8')) as Array<{
    dataset: string;
    column: string;
    code: string;
    label: string;
  }>;
  expect(
    codes.filter((c) => c.dataset === '2013/crosswalk' && c.column === 'strength').map((c) => [c.code, c.label]),
  ).toEqual([
    ['successor', '後継'],
    ['related', '関連'],
  ]);
});

test('the links considered and not made are published one per row, with the reason, and none is also a link', () => {
  const rejected = JSON.parse(readFileSync(fileFor('/data/2013/crosswalk-rejected.json')!, 'utf8')) as Array<{
    item_no: number;
    successor_kind: string;
    successor_id: string;
    reason: string;
  }>;
  const curated = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'crosswalk', '2013-2024.json'), 'utf8'),
  ) as Array<{ no: number; rejected: unknown[] }>;
  expect(rejected).toHaveLength(curated.reduce((n, c) => n + c.rejected.length, 0));
  const linked = new Set(entries.flatMap((e) => e.links.map((l) => `${e.no}:${l.kind}:${l.id}`)));
  for (const r of rejected) {
    expect(r.reason, `item ${r.item_no}`).not.toBe('');
    expect(linked.has(`${r.item_no}:${r.successor_kind}:${r.successor_id}`), `item ${r.item_no}`).toBe(false);
  }
  const [header] = parseCsv(readFileSync(fileFor('/data/2013/crosswalk-rejected.csv')!).subarray(3).toString('utf8'));
  expect(header).toEqual(expect.arrayContaining(['項目番号', '検討した対応先の名称', '結び付けなかった理由']));
});
