import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/lib/files/table-csv.ts';
import { pageFile } from '../../src/lib/files/page-files.ts';

const unit = (head: string) => `${head}（千円）`;

describe('tableCsv', () => {
  it('writes amounts as exact integers in 千円 under a header with the unit, other cells as shown', () => {
    const csv = tableCsv(
      {
        head: ['事業', '令和5年度', '令和6年度', '増減', '割合'],
        rows: [
          [
            { text: '児童手当の拡充' },
            { text: '115億円', numeric: true, amount: 11498000 },
            { text: '133.8億円', numeric: true, amount: 13384000 },
            { text: '+18.9億円（+16.4%）', numeric: true, amount: 1886000 },
            { text: '92.1%', numeric: true },
          ],
          [
            { text: '新規, "仮称"' },
            { text: '新規', amount: null },
            { text: '2億円', numeric: true, amount: 200000 },
            { text: '—', numeric: true, amount: null },
            { text: '7.9%', numeric: true },
          ],
        ],
      },
      unit,
    );
    expect(csv).toBe(
      '\uFEFF事業,令和5年度（千円）,令和6年度（千円）,増減（千円）,割合\r\n' +
        '児童手当の拡充,11498000,13384000,1886000,92.1%\r\n' +
        '"新規, ""仮称""",,200000,,7.9%\r\n',
    );
  });

  it('writes grouped figures as plain numbers, no figure as an empty cell, two lines as one, and the total row last', () => {
    const csv = tableCsv(
      {
        head: ['区分', 'R5', 'R6'],
        rows: [[{ text: '教職員数' }, { text: '12,171', numeric: true }, { text: '-', numeric: true }]],
        foot: [{ text: '計' }, { text: '1,000\n（備考）' }, { text: '' }],
      },
      unit,
    );
    expect(csv).toBe('\uFEFF区分,R5,R6\r\n教職員数,12171,\r\n計,"1,000 （備考）",\r\n');
  });

  it('writes a cell’s CSV form where it has one, and fails on text a spreadsheet would turn into a date or formula', () => {
    const head = ['番号', '施策'];
    expect(tableCsv({ head, rows: [[{ text: '1-1', csv: 'measure-1-1' }, { text: '子育て' }]] }, unit)).toBe(
      '\uFEFF番号,施策\r\nmeasure-1-1,子育て\r\n',
    );
    expect(() => tableCsv({ head, rows: [[{ text: '1-1' }, { text: '子育て' }]] }, unit)).toThrow(/「1-1」/);
    expect(() => tableCsv({ head, rows: [[{ text: '2' }, { text: '=SUM(A1)' }]] }, unit)).toThrow(/=SUM/);
  });
});

describe('pageFile', () => {
  it('puts a file beside its page and names the download after the page and the file', () => {
    expect(pageFile('/fy2024/visions/1/', 'chart-vision-1', 'csv')).toEqual({
      href: '/fy2024/visions/1/chart-vision-1.csv',
      download: 'fy2024-visions-1-chart-vision-1.csv',
    });
    expect(pageFile('/en/', 'chart-visions', 'png')).toEqual({
      href: '/en/chart-visions.png',
      download: 'en-chart-visions.png',
    });
    expect(pageFile('/', 'chart-visions', 'svg')).toEqual({
      href: '/chart-visions.svg',
      download: 'home-chart-visions.svg',
    });
  });
});
