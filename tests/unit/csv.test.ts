import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/files/csv.ts';

const columns = [
  { key: 'a', title: '名前' },
  { key: 'b', title: '金額（千円）' },
  { key: 'c', title: '共通' },
];

describe('CSV for spreadsheets', () => {
  it('starts with a BOM, heads the columns with their names, ends lines with CRLF, quotes what needs quoting', () => {
    const csv = toCsv(columns, [
      { a: '熊本, 市', b: 12_300, c: true },
      { a: 'say "hi"', b: null, c: false },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('名前,金額（千円）,共通\r\n"熊本, 市",12300,はい\r\n"say ""hi""",,いいえ\r\n');
  });

  it('refuses a list or a line break in a cell, naming the row and column', () => {
    expect(() => toCsv(columns, [{ a: ['x', 'y'], b: 1, c: true }])).toThrow(/row 1, a: a list/);
    expect(() =>
      toCsv(columns, [
        { a: 'ok', b: 1, c: true },
        { a: 'line\nbreak', b: 1, c: true },
      ]),
    ).toThrow(/row 2, a: a line break/);
  });
});
