/**
 * Money and changes as the built FY2024 pages and projects.csv give them: one form of amount per kind of place on the
 * plan page, every change with its percentage, and the CSV's previous-year columns. Every expected figure is read by
 * hand from the FY2024 source (content/sources/000_dbb0204a5abc5e36.txt) at the lines named.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseCsv } from './spreadsheet.ts';
import { fileFor, read } from './site.ts';

/** A page's main content as text, tags removed, runs of white space made one space. */
function mainText(path: string): string {
  const html = read(path);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** A part of a page's main content: from the element whose start tag has `marker` to the next `until` tag. */
function section(html: string, marker: string, until: string): string {
  const start = html.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(until, start + marker.length));
}

const EXACT = /\d[\d,]*千円/g;
const READABLE = /\d[\d,.]*(億円|万円)/g;

test('the plan page is an overview: every amount in the readable form, the exact 千円 figure in its title', () => {
  const html = read('/fy2024/');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  // The chart's data table (inside <details>) is the table of figures that keeps the exact form.
  const [before, rest] = main.split('<details');
  const after = rest!.slice(rest!.indexOf('</details>'));
  const overview = (before! + after).replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');
  const visible = overview.replace(/<[^>]+>/g, ' ');
  expect(visible.match(EXACT)).toBeNull();
  // Priority 1's total, the sum of lines 104, 113, 122, 129, 136, 145, 154: 13,645,041千円 = 136.45041億円. Its
  // previous year, lines 105-155 without the (一) of line 130: 11,658,473千円. The whole plan: 28,796,190千円.
  // The 東区 projects, lines 1380 and 1388: 1,841 + 1,000 = 2,841千円 = 284.1万円.
  for (const [readable, exact] of [
    ['136.5億円', '13,645,041千円'],
    ['116.6億円', '11,658,473千円'],
    ['288.0億円', '28,796,190千円'],
    ['284万円', '2,841千円'],
  ] as const) {
    expect(visible).toContain(readable);
    expect(overview).toContain(`title="${exact}"`);
  }
  // The vision table's column keeps each amount's readable form, its share beside it: vision 1's 17,521,188千円
  // reads 175.2億円 and vision 4's 44,722千円 4,472万円 (0.2%), never 1,752,119万円.
  const visions = section(overview, 'ビジョンと事業費', '</table>');
  const visionText = visions.replace(/<[^>]+>/g, ' ');
  expect(visionText).toContain('175.2億円');
  expect(visionText).toContain('4,472万円');
  expect(visionText).not.toContain('1,752,119万円');
  expect(visions).toContain('title="17,521,188千円"');
  // The chart's data table keeps the exact figures.
  expect(rest!.slice(0, rest!.indexOf('</details>'))).toContain('17,521,188千円');
  expect(visible.match(READABLE)!.length).toBeGreaterThan(10);
});

test('every change on the priority pages and the priorities index gives its amount and percentage', () => {
  // Priority 1, lines 104-155: 13,645,041 − 11,658,473 = +1,986,568千円; 1,986,568 / 11,658,473 = 17.04% → 17.0%.
  expect(mainText('/fy2024/priorities/1/')).toContain('前年度からの増減は+1,986,568千円（+17.0%）です');
  expect(mainText('/fy2024/priorities/')).toContain('+1,986,568千円（+17.0%）');
  // Priority 2, lines 183-236: 14,500 + 71,200 + 6,000 + 261,000 + 25,800 + 3,722 + 2,935 = 385,157千円, previous
  // 10,000 + 64,700 + 11,000 + 169,000 + 19,600 + 311 = 274,611千円 (the (-) of line 236 adds nothing):
  // +110,546千円, 110,546 / 274,611 = 40.26% → 40.3%.
  expect(mainText('/fy2024/priorities/2/')).toContain('前年度からの増減は+110,546千円（+40.3%）です');
  expect(mainText('/fy2024/priorities/')).toContain('+110,546千円（+40.3%）');
  // Project pages and their tables: 「若者・ヤングケアラー支援センター」の開設, lines 145-146: 12,800 − 16,337 = −3,537千円,
  // 3,537 / 16,337 = 21.65% → −21.7%.
  expect(mainText('/fy2024/priorities/1/')).toContain('−3,537千円（−21.7%）');
});

/** projects.csv as rows of named cells. */
function projects(): Array<Record<string, string>> {
  const text = readFileSync(fileFor('/data/fy2024/projects.csv')!).subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

test('projects.csv says what the source prints of the previous year, with the change and its percentage', () => {
  const rows = projects();
  expect(rows).toHaveLength(104);
  // By hand in the source: twelve previous-year figures in parentheses, (17,400千円) to (311千円), on lines 105, 114,
  // 123, 137, 146, 155, 184, 193, 202, 211, 220 and 227, each under its project's budget; two marks of none, (一) on
  // line 130 and (-) on line 236. No other listing prints a previous year.
  const printed = rows.filter((r) => r['前年度の予算の記載'] === 'printed');
  const byBudget = Object.fromEntries(
    printed.map((r) => [
      r['予算額（千円）'],
      [r['前年度の予算額（千円）'], r['前年度からの増減（千円）'], r['前年度からの増減率（%）']],
    ]),
  );
  // Budget line and previous line; change = budget − previous; percent = change / previous, one decimal.
  expect(byBudget).toEqual({
    '24300': ['17400', '6900', '39.7'], // 104-105: 6,900 / 17,400 = 39.66%
    '37000': ['2000', '35000', '1750'], // 113-114: 35,000 / 2,000 = 1,750%
    '13384000': ['11498000', '1886000', '16.4'], // 122-123: 1,886,000 / 11,498,000 = 16.40%
    '109733': ['84336', '25397', '30.1'], // 136-137: 25,397 / 84,336 = 30.11%
    '12800': ['16337', '-3537', '-21.7'], // 145-146: −3,537 / 16,337 = −21.65%
    '56600': ['40400', '16200', '40.1'], // 154-155: 16,200 / 40,400 = 40.10%
    '14500': ['10000', '4500', '45'], // 183-184: 4,500 / 10,000 = 45%
    '71200': ['64700', '6500', '10'], // 192-193: 6,500 / 64,700 = 10.05% (10.046…)
    '6000': ['11000', '-5000', '-45.5'], // 201-202: −5,000 / 11,000 = −45.45%
    '261000': ['169000', '92000', '54.4'], // 210-211: 92,000 / 169,000 = 54.44%
    '25800': ['19600', '6200', '31.6'], // 219-220: 6,200 / 19,600 = 31.63%
    '3722': ['311', '3411', '1096.8'], // 226-227: 3,411 / 311 = 1,096.78%
  });
  expect(printed.every((r) => r['前年度（西暦）'] === '2023')).toBe(true);
  expect(printed.every((r) => r['前年度の予算の記載（日本語）'] === '前年度の予算額の記載あり')).toBe(true);

  const none = rows.filter((r) => r['前年度の予算の記載'] === 'none');
  // Lines 129-130 (20,608千円, (一)) and 235-236 (2,935千円, (-)).
  expect(none.map((r) => r['予算額（千円）']).sort()).toEqual(['20608', '2935']);
  const notPrinted = rows.filter((r) => r['前年度の予算の記載'] === 'not-printed');
  expect(notPrinted).toHaveLength(104 - 12 - 2);
  for (const r of [...none, ...notPrinted]) {
    expect(r['前年度（西暦）']).toBe('');
    expect(r['前年度の予算額（千円）']).toBe('');
    expect(r['前年度からの増減（千円）']).toBe('');
    expect(r['前年度からの増減率（%）']).toBe('');
  }
  // The label says what is printed (a line), not that there was no budget: line 386 says 20,608千円 was all in
  // 令和5年度's February supplementary budget.
  expect(none.every((r) => r['前年度の予算の記載（日本語）'] === '前年度欄は「－」')).toBe(true);
  expect(notPrinted.every((r) => r['前年度の予算の記載（日本語）'] === '前年度の予算額の記載なし')).toBe(true);
});

test('the code table and the data dictionary list the new columns', () => {
  const codes = readFileSync(fileFor('/data/codes.csv')!, 'utf8');
  for (const line of [
    'printed,前年度の予算額の記載あり',
    'none,前年度欄は「－」',
    'not-printed,前年度の予算額の記載なし',
  ])
    expect(codes).toContain(line);
  const dictionary = readFileSync(fileFor('/data/dictionary.csv')!, 'utf8');
  for (const name of [
    'previous_budget_status',
    'previous_budget_status_label',
    'change_thousand_yen',
    'change_percent',
  ])
    expect(dictionary).toContain(`,${name},`);
});

/** A page's main content as text without any white space: the glossary's links and phrase breaks add spaces. */
const flat = (path: string): string => mainText(path).replace(/\s+/g, '');

test('a line in the previous-year column is not called no budget, and (一) is read as that line wherever it shows', () => {
  // Line 130 prints (一) under こども誰でも通園制度(仮称)の試行的実施, whose remark on line 386 reads 全額R5.2補計上.
  const nursery = flat('/fy2024/projects/507649f2/');
  expect(nursery).toContain('前年度欄は「－」（全額を令和5年度2月補正予算に計上）');
  for (const path of ['/fy2024/', '/fy2024/priorities/1/', '/fy2024/projects/', '/fy2024/projects/507649f2/']) {
    expect(flat(path), path).not.toContain('前年度予算なし');
  }
  // Wherever 「(一)」 is quoted, the page says it is a line, not the kanji for one.
  for (const path of ['/fy2024/priorities/1/', '/fy2024/projects/', '/fy2024/projects/507649f2/']) {
    const text = flat(path);
    expect(text, path).toContain('「(一)」');
    expect(text, path).toContain('「(一)」は漢数字の「一」ではなく、線（－）の代わりに使われていると思われます。');
  }
});

test('totals that include amounts put in the R5 supplementary budget say so, the printed figures unchanged', () => {
  // Priority 1's total 13,645,041千円 (+1,986,568千円) includes line 129's 20,608千円, 全額R5.2補計上 on line 386.
  const priority1 = flat('/fy2024/priorities/1/');
  expect(priority1).toContain('前年度からの増減は+1,986,568千円（+17.0%）です');
  expect(priority1).toContain(
    'この合計と前年度からの増減には、予算の注記で補正予算への計上が記された額が含まれています：「こども誰でも通園制度(仮称)の試行的実施」の20,608千円（注記「全額R5.2補計上」：全額を令和5年度2月補正予算に計上）。',
  );
  // 熊本西環状道路の整備推進: 4,974,500千円 of 28,796,190千円 = 17.27% → 17.3%, with the remark R5補正含む.
  const road = flat('/fy2024/projects/a9e5b148/');
  expect(road).toContain('掲載事業の合計の17.3%');
  expect(road).toContain('「熊本西環状道路の整備推進」の4,974,500千円（注記「R5補正含む」：令和5年度補正予算を含む）');
  // The priorities index says it under its table, beside the same +1,986,568千円（+17.0%）.
  expect(flat('/fy2024/priorities/')).toContain(
    '重点事項1の合計と増減には、予算の注記で補正予算への計上が記された額が含まれています：「こども誰でも通園制度(仮称)の試行的実施」の20,608千円',
  );
  // Priority 2 has no such project: no note.
  expect(flat('/fy2024/priorities/2/')).not.toContain('補正予算への計上が記された');
});

test("figures read as one comparison share one unit: a row of the complete list, a chart's before → after", () => {
  // こども家庭センター, lines 136-137: 109,733千円 and 84,336千円, change +25,397千円 (30.11% → 30.1%). All in 万円,
  // as the row holds amounts below 1億円: 10,973万円, 8,434万円, +2,540万円.
  const list = read('/fy2024/projects/');
  const at = list.indexOf('<a href="/fy2024/projects/6ce96ea6/"');
  const row = list.slice(list.lastIndexOf('<tr', at), list.indexOf('</tr>', at));
  const cells = row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(cells).toContain('10,973万円');
  expect(cells).toContain('8,434万円');
  expect(cells).toContain('+2,540万円（+30.1%）');
  expect(row).toContain('title="+25,397千円（+30.1%）"');
  // 児童手当の拡充, lines 122-123: its own row is all above 1億円, so it reads 133.8億円, never 1,338,400万円.
  expect(flat('/fy2024/projects/')).toContain('133.8億円');
  expect(flat('/fy2024/projects/')).not.toContain('1,338,400万円');
  // The priority 1 chart's labels: 8,434万円→10,973万円, never 「8,434万円→1.1億円」.
  const chart = read('/fy2024/priorities/1/');
  expect(chart).toContain('8,434万円→10,973万円');
  expect(chart).not.toContain('8,434万円→1.1億円');
  // /method/ states the rule where the money rule is written.
  expect(flat('/method/')).toContain('一つの比較の中の金額は単位をそろえます');
});
