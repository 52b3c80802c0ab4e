/**
 * The citation's words in each edition (src/lib/format/citation.ts): the line a reader copies and the BibTeX entry,
 * with the public address and without it (the path), with a fixed 閲覧日. The expected texts are written out by hand
 * from the citation style the site publishes.
 */
import { describe, expect, it } from 'vitest';
import {
  accessedBlank,
  bibKey,
  bibtex,
  citation,
  citeDate,
  datePieces,
  isoDay,
  plainCitation,
  type CiteInput,
  type CiteStyle,
} from '../../src/lib/format/citation.ts';

const PATH = '/fy2024/projects/c15a479c/';
const URL = `https://kumamoto-plans.example${PATH}`;
const ACCESSED = '2026-12-07';

const JA: CiteInput = {
  style: 'ja',
  site: '熊本市 計画エクスプローラー',
  title: '児童手当の拡充',
  address: URL,
  dataDate: '2026-11-22',
  version: '1fdb35ceedc7',
  document: '熊本市「熊本市第8次総合計画 令和6年度アクションプラン(案)」（2024年6月）',
  section: 'ビジョン1',
  hasLines: true,
};

const EN: CiteInput = {
  ...JA,
  style: 'en',
  site: 'Kumamoto Plan Explorer',
  title: 'Expanding the child allowance',
  address: `https://kumamoto-plans.example/en${PATH}`,
  document: 'City of Kumamoto, “Action Plan” (June 2024)',
  documentOriginal: '熊本市第8次総合計画 令和6年度アクションプラン(案)',
  section: 'Vision 1',
};

const EASY: CiteInput = {
  ...JA,
  style: 'easy',
  site: '熊本市計画エクスプローラー',
  title: '子どもの 手当を ふやす',
  address: `/easy${PATH}`,
  document: '熊本市、2024年6月の計画',
  documentOriginal: '熊本市第8次総合計画 令和6年度アクションプラン(案)',
  section: 'ビジョン1',
};

/** The text a reader copies, with the lines and the accessed date filled in. */
const copied = (input: CiteInput, lines: string) =>
  plainCitation(citation(input), {
    lines,
    accessed: (iso) => (iso ? ACCESSED : citeDate(input.style, ACCESSED)),
  });

describe('dates', () => {
  it('words a date as each edition writes it', () => {
    expect(citeDate('ja', '2026-11-22')).toBe('2026年11月22日');
    expect(citeDate('easy', '2026-01-05')).toBe('2026年1月5日');
    expect(citeDate('en', '2026-11-22')).toBe('22 November 2026');
    expect(citeDate('en', '2027-01-01')).toBe('1 January 2027');
  });

  it('keeps 年, 月 and 日 apart with their readings, for ふりがな on the やさしい日本語 pages', () => {
    expect(datePieces('easy', '2026-12-07')).toEqual([
      { text: '2026' },
      { text: '年', reading: 'ねん' },
      { text: '12' },
      { text: '月', reading: 'がつ' },
      { text: '7' },
      { text: '日', reading: 'にち' },
    ]);
    expect(datePieces('en', '2026-12-07')).toEqual([{ text: '7 December 2026' }]);
  });

  it('takes the reader’s own calendar day for today', () => {
    expect(isoDay(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
    expect(isoDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('leaves a blank to fill where no script fills in the date', () => {
    expect(accessedBlank('ja', false)).toBe('____年__月__日');
    expect(accessedBlank('en', false)).toBe('__ ______ ____');
    expect(accessedBlank('en', true)).toBe('____-__-__');
  });
});

describe('the citation line', () => {
  it('Japanese, with the public address', () => {
    expect(copied(JA, '392行目・393行目')).toBe(
      '熊本市 計画エクスプローラー（非公式）「児童手当の拡充」https://kumamoto-plans.example/fy2024/projects/c15a479c/' +
        '（データ更新日：2026年11月22日、閲覧日：2026年12月7日）。' +
        '原典：熊本市「熊本市第8次総合計画 令和6年度アクションプラン(案)」（2024年6月）ビジョン1、テキスト版の392行目・393行目。',
    );
  });

  it('Japanese, without the public address: the path', () => {
    expect(copied({ ...JA, address: PATH }, '392行目')).toBe(
      '熊本市 計画エクスプローラー（非公式）「児童手当の拡充」/fy2024/projects/c15a479c/' +
        '（データ更新日：2026年11月22日、閲覧日：2026年12月7日）。' +
        '原典：熊本市「熊本市第8次総合計画 令和6年度アクションプラン(案)」（2024年6月）ビジョン1、テキスト版の392行目。',
    );
  });

  it('English, with the Japanese title of the document after its English name', () => {
    expect(copied(EN, 'lines 392, 393')).toBe(
      'Kumamoto Plan Explorer (unofficial), “Expanding the child allowance”, ' +
        'https://kumamoto-plans.example/en/fy2024/projects/c15a479c/ (data as of 22 November 2026; accessed 7 December 2026). ' +
        'Source: City of Kumamoto, “Action Plan” (June 2024) [熊本市第8次総合計画 令和6年度アクションプラン(案)], ' +
        'Vision 1, text version, lines 392, 393.',
    );
  });

  it('やさしい日本語, in plain words, with the path', () => {
    expect(copied(EASY, '392行目')).toBe(
      '熊本市計画エクスプローラー（市の サイトでは ありません）「子どもの 手当を ふやす」/easy/fy2024/projects/c15a479c/' +
        '（データを 新しく した 日にち：2026年11月22日、見た 日にち：2026年12月7日）。' +
        'もとの 資料：熊本市、2024年6月の計画（熊本市第8次総合計画 令和6年度アクションプラン(案)）ビジョン1、テキストの 392行目。',
    );
  });

  it('nests a title’s own brackets as 『』', () => {
    expect(copied({ ...JA, title: '「結婚支援センター」の開設' }, '1行目')).toContain(
      '（非公式）「『結婚支援センター』の開設」https://',
    );
  });

  it('an overview: no section and no lines', () => {
    expect(copied({ ...JA, section: '', hasLines: false, title: '挑戦元年' }, '')).toMatch(
      /「挑戦元年」.*原典：熊本市「熊本市第8次総合計画 令和6年度アクションプラン\(案\)」（2024年6月）。$/,
    );
    expect(copied({ ...EN, section: '', hasLines: false }, '')).toMatch(/\(June 2024\) \[[^\]]+\]\.$/);
  });

  it('says the data is unreleased when it has no date', () => {
    const styles: Array<[CiteStyle, CiteInput, string]> = [
      ['ja', JA, '（データ未公開、閲覧日：'],
      ['en', EN, ' (unreleased data; accessed '],
      ['easy', EASY, '（まだ 出して いない データ、見た 日にち：'],
    ];
    for (const [, input, words] of styles) expect(copied({ ...input, dataDate: null }, '1行目')).toContain(words);
  });

  it('keeps the slots apart: the lines are links on the page, the accessed date the browser’s', () => {
    const kinds = citation(JA).map((p) => p.kind);
    expect(kinds.filter((k) => k === 'lines')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'accessed')).toHaveLength(1);
    // The English page marks the document's Japanese title as Japanese.
    expect(citation(EN).filter((p) => p.kind === 'original')).toEqual([
      { kind: 'original', text: '熊本市第8次総合計画 令和6年度アクションプラン(案)' },
    ]);
    expect(citation(JA).some((p) => p.kind === 'original')).toBe(false);
  });
});

describe('BibTeX', () => {
  const entry = (input: CiteInput, path: string, lines: string) =>
    plainCitation(bibtex(input, path), { lines, accessed: () => ACCESSED });

  it('an @misc entry with title, site, URL, year, the data’s date and version, and urldate', () => {
    expect(entry(JA, PATH, '392行目')).toBe(
      [
        '@misc{kpe-fy2024-projects-c15a479c,',
        '  title = {児童手当の拡充},',
        '  howpublished = {熊本市 計画エクスプローラー（非公式）},',
        '  url = {https://kumamoto-plans.example/fy2024/projects/c15a479c/},',
        '  year = {2026},',
        '  note = {データ更新日：2026年11月22日、データ版 1fdb35ceedc7。' +
          '原典：熊本市「熊本市第8次総合計画 令和6年度アクションプラン(案)」（2024年6月）ビジョン1、テキスト版の392行目。},',
        '  urldate = {2026-12-07}',
        '}',
      ].join('\n'),
    );
  });

  it('in English, with the path where there is no public address', () => {
    const text = entry({ ...EN, address: `/en${PATH}` }, `/en${PATH}`, 'line 392');
    expect(text).toContain('@misc{kpe-en-fy2024-projects-c15a479c,\n');
    expect(text).toContain('  howpublished = {Kumamoto Plan Explorer (unofficial)},\n');
    expect(text).toContain('  url = {/en/fy2024/projects/c15a479c/},\n');
    expect(text).toContain('  note = {Data as of 22 November 2026, version 1fdb35ceedc7. Source: City of Kumamoto,');
    expect(text).not.toContain('author =');
    // In double braces, so a bibliography style keeps the title's capitals (Kumamoto, not kumamoto).
    expect(text).toContain('  title = {{Expanding the child allowance}},\n');
  });

  it('names the operator, where one is set, as the author, a body in double braces', () => {
    const text = entry({ ...JA, operator: '熊本 & オープンデータの会' }, PATH, '392行目');
    expect(text).toContain('  author = {{熊本 \\& オープンデータの会}},\n');
  });

  it('escapes what BibTeX reads as commands, and leaves out the year of an undated version', () => {
    const text = entry({ ...JA, title: '50% & #1_{a}', dataDate: null }, PATH, '1行目');
    expect(text).toContain('  title = {50\\% \\& \\#1\\_\\{a\\}},');
    expect(text).not.toContain('year =');
  });

  it('makes a key from the page’s address', () => {
    expect(bibKey('/2013/items/47/')).toBe('kpe-2013-items-47');
    expect(bibKey('https://kumamoto-plans.example/easy/2013/')).toBe('kpe-easy-2013');
    expect(bibKey('/')).toBe('kpe');
  });
});
