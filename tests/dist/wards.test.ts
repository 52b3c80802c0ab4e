/**
 * The ward pages as built: what 区の取組 are, the まちづくり推進経費 as the FY2024 source prints it and what the source
 * leaves unsaid of it, and the way to the city-wide projects that serve every ward. Facts read by hand in
 * content/sources/000_dbb0204a5abc5e36.txt at the lines named.
 */
import { expect, test } from 'vitest';
import { links, read } from './site.ts';

/** A page's main content as text, tags removed, without white space (the page breaks lines where it likes). */
function mainText(path: string): string {
  const html = read(path);
  return html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
}

test('a ward page says what 区の取組 are, quoting the plan, and what it does not say of the frame', () => {
  const text = mainText('/fy2024/wards/higashi/');
  // Lines 1376-1388: two 東区 projects, 1,841千円 and 1,000千円.
  expect(text).toContain(
    '東区の取組は、アクションプランの「区における自主自立のまちづくり」の章に東区の取組として掲載された2事業です。',
  );
  // Line 1347, the chapter's aim, its last sentence whole.
  expect(text).toContain(
    '「地域と一緒にあって課題の解決に取り組むなど、住民自らの創意工夫による自主自立のまちづくりを支援します」',
  );
  // Line 241: what the plan lists for the visions and the wards.
  expect(text).toContain('令和6年度の主な取組を記載しています」と書いています（241行目）');
  // Lines 1456-1459: 「まちづくり 推進経費」 then 各区19百万円 / 共通5百万円 / 計1億円, as printed.
  expect(text).toContain(
    'まちづくり推進経費が「各区19百万円、共通5百万円、計1億円」と記されています（1457〜1459行目）',
  );
  expect(text).toContain('東区の枠は19,000千円、掲載された2事業の合計は2,841千円です。');
  expect(text).toContain(
    '掲載された事業の費用がこの経費から出るのか、枠の残りが何に使われるのかは、資料に書かれていません。',
  );
});

test('a ward page leads to the city-wide projects, which serve every ward', () => {
  const html = read('/fy2024/wards/higashi/');
  const cityWide = html.slice(html.indexOf('data-city-wide'), html.indexOf('</p>', html.indexOf('data-city-wide')));
  // 104 projects, 12 of them in the wards' chapter (2 in each of the five wards and 5区共通, lines 1354-1454).
  expect(cityWide.replace(/<[^>]+>/g, '').replace(/\s+/g, '')).toContain(
    '重点事項とビジョンに掲載された92事業は、区を分けずに掲載された市全体の事業で、東区の住民も対象です。',
  );
  // Besides the glossary's links on its terms.
  expect(links(cityWide).filter((l) => !l.startsWith('/glossary/'))).toEqual([
    '/fy2024/projects/',
    '/fy2024/priorities/',
    '/fy2024/visions/',
  ]);
  // The same on every ward's page, 5区共通 with its own frame (共通5百万円, line 1458).
  for (const ward of ['chuo', 'nishi', 'minami', 'kita', 'common'])
    expect(read(`/fy2024/wards/${ward}/`)).toContain('data-city-wide');
  expect(mainText('/fy2024/wards/common/')).toContain('5区共通の枠は5,000千円');
});

test('the wards index says the same briefly, and no longer counts the listed projects into the frame', () => {
  const text = mainText('/fy2024/wards/');
  expect(text).not.toContain('このうち');
  // Lines 1360-1454: twelve projects, 2,000 + 2,841 + 3,143 + 1,758 + 5,081 + 2,181 = 17,004千円 in all.
  expect(text).toContain('資料に事業として掲載された区の取組の合計は17,004千円です。');
  expect(text).toContain('資料に書かれていません。');
  expect(text).toContain('区を分けずに掲載された市全体の事業で、どの区の住民も対象です。');
  expect(links(read('/fy2024/wards/'))).toContain('/fy2024/projects/');
});

test('the wards index gives the frame in one sentence and its table a total row', () => {
  const html = read('/fy2024/wards/');
  const text = mainText('/fy2024/wards/');
  // Line 1457 on: 各区19百万円 (19,000千円), 共通5百万円 (5,000千円), 計1億円 (100,000千円). The amount's brackets and the
  // line's never follow each other.
  expect(text).toContain('計100,000千円（1.0億円）です（1457');
  expect(text).not.toMatch(/億円）（/);
  // The table's total row: 2 projects in each of the five wards and 5区共通 (lines 1354-1454), 12 in all; the listed
  // projects' 17,004千円; the frames 5 × 19,000 + 5,000 = 100,000千円.
  const table = html.slice(
    html.indexOf('区ごとの掲載事業と推進経費'),
    html.indexOf('</table>', html.indexOf('区ごとの掲載事業と推進経費')),
  );
  const rows = [...table.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) =>
    m[0]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  expect(rows.at(-1)).toBe('計 12 17,004千円 100,000千円');
  expect(table.slice(table.indexOf('<tfoot'))).toContain('17,004千円');
});
