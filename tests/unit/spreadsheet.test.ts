/**
 * The spreadsheet checks of tests/dist/spreadsheet.test.ts, on cells whose fate in a spreadsheet on Japanese settings
 * is known (Excel and LibreOffice Calc, ja-JP): the patterns must catch what a spreadsheet converts and pass what it
 * keeps, and the OpenDocument reader must read LibreOffice's cells, repeats included.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, readFods, spreadsheetReading } from '../dist/spreadsheet.ts';

describe('cells a spreadsheet converts', () => {
  it.each([
    ['1-1', 'a date'],
    ['2-3', 'a date'],
    ['3/4', 'a date'],
    ['2013-09-30', 'a date'],
    ['令和6年6月', 'a date'],
    ['1月1日', 'a date'],
    ['H25.4.1', 'a date'],
    ['12:30', 'a time'],
    ['007', 'a number'],
    ['19715850', 'a number'],
    ['1,000', 'a number'],
    ['1e5', 'a number'],
    ['12E3', 'a number'],
    ['(1)', 'a number'],
    ['10%', 'a number'],
    ['¥100', 'a number'],
    ['１２３', 'a number'],
    ['TRUE', 'a boolean'],
    ['=1+1', 'a formula'],
    ['-abc', 'a formula'],
  ])('%s reads as %s', (cell, reading) => {
    expect(spreadsheetReading(cell)).toBe(reading);
  });

  it.each([
    'measure-1-1',
    'project-19715850',
    'project-62848d19',
    '44-4d58dd',
    'I-1-6',
    'vision-3',
    '施策1-1',
    '(17,400千円)',
    '(一)',
    '-',
    '—',
    '⇒',
    'R5:4施設⇒R6:23全施設',
    '購入額の1/2 (上限額2万円)',
    '2.1倍',
    '平成24年4月1日付けで設置済',
    'はい',
  ])('%s stays text', (cell) => {
    expect(spreadsheetReading(cell)).toBeUndefined();
  });
});

describe('reading files', () => {
  it('parses quoted CSV fields and refuses a file without a final CRLF', () => {
    expect(parseCsv('a,"b,""c"""\r\n1,\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', ''],
    ]);
    expect(() => parseCsv('a,b')).toThrow(/CRLF/);
  });

  it('reads a flat OpenDocument sheet: types, values, spaces, entities and repeated cells and rows', () => {
    const xml = `<office:body><office:spreadsheet><table:table table:name="x">
      <table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>&amp;b</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>
      <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>はい</text:p></table:table-cell><table:table-cell/></table:table-row>
      <table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
    </table:table></office:spreadsheet></office:body>`;
    const sheet = readFods(xml);
    expect(sheet.map((row) => row.map((c) => [c.type, c.value ?? null, c.text]))).toEqual([
      [
        ['string', null, 'a  &b'],
        ['float', '7', '7'],
      ],
      [
        ['string', null, 'はい'],
        ['string', null, 'はい'],
      ],
      [
        ['string', null, 'はい'],
        ['string', null, 'はい'],
      ],
    ]);
  });
});
