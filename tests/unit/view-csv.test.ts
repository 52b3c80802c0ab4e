import { describe, expect, it } from 'vitest';
import { csvCells, viewCsv, viewFileName } from '../../src/lib/browser/view-csv.ts';
import type { ListSpec } from '../../src/lib/browser/list-view.ts';

// A list's open-data CSV as csv.ts writes it, typed out by hand: BOM, CRLF, a quoted cell with a comma and a quote.
const CSV =
  '\uFEFF事業ID,事業名,予算額（千円）\r\nproject-aa,"子ども, ""若者""",120\r\nproject-bb,道路,5\r\nproject-19715850,橋,77\r\n';

describe('csvCells', () => {
  it('splits a line, unquoting quoted cells and keeping empty ones', () => {
    expect(csvCells('project-aa,"子ども, ""若者""",120')).toEqual(['project-aa', '子ども, "若者"', '120']);
    expect(csvCells('a,,c,')).toEqual(['a', '', 'c', '']);
    expect(csvCells('"",x')).toEqual(['', 'x']);
  });
  it('fails on an unclosed quote', () => {
    expect(() => csvCells('"abc,1')).toThrow(/unclosed quote/);
  });
});

describe('viewCsv', () => {
  it('keeps the header and the rows asked for, in the order asked, byte for byte, with BOM and CRLF', () => {
    expect(viewCsv(CSV, '事業ID', ['project-19715850', 'project-aa'])).toBe(
      '\uFEFF事業ID,事業名,予算額（千円）\r\nproject-19715850,橋,77\r\nproject-aa,"子ども, ""若者""",120\r\n',
    );
  });
  it('gives only the header for an empty view', () => {
    expect(viewCsv(CSV, '事業ID', [])).toBe('\uFEFF事業ID,事業名,予算額（千円）\r\n');
  });
  it('finds the ID column wherever it is', () => {
    expect(viewCsv('\uFEFFa,番号\r\nx,2\r\ny,1\r\n', '番号', ['1', '2'])).toBe('\uFEFFa,番号\r\ny,1\r\nx,2\r\n');
  });
  it('fails on a missing column or a missing ID rather than dropping rows', () => {
    expect(() => viewCsv(CSV, 'ID', ['project-aa'])).toThrow(/no column 「ID」/);
    expect(() => viewCsv(CSV, '事業ID', ['project-cc'])).toThrow(/project-cc/);
  });
});

describe('viewFileName', () => {
  const spec: ListSpec = {
    sorts: { budget: { kind: 'number', order: 'desc' }, change: { kind: 'number', order: 'desc' } },
    defaultSort: 'budget',
    tieBreak: 'budget',
    filters: { vision: ['1', '5'], ward: ['chuo'] },
  };
  it('names the filters in the spec order and a sort other than the default', () => {
    expect(
      viewFileName('fy2024-projects', { sort: 'change', order: 'desc', filters: { ward: 'chuo', vision: '5' } }, spec),
    ).toBe('fy2024-projects-vision5-wardchuo-change-desc.csv');
    expect(viewFileName('fy2024-projects', { sort: 'budget', order: 'asc', filters: {} }, spec)).toBe(
      'fy2024-projects-budget-asc.csv',
    );
  });
  it('is the stem alone for the default view', () => {
    expect(viewFileName('2013-items', { sort: 'budget', order: 'desc', filters: {} }, spec)).toBe('2013-items.csv');
  });
});
