/**
 * Reading the published CSV files as a spreadsheet would: an RFC 4180 parser, which columns the data dictionary says
 * are numbers, the cell patterns a spreadsheet on Japanese settings turns into a date, a number, a boolean or a
 * formula, and a reader for the flat OpenDocument files LibreOffice writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from '../../scripts/lib/dist.ts';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
}

export interface CsvFile {
  /** Path under dist/data/ without extension, as the dictionary names the dataset, e.g. `fy2024/measures`. */
  dataset: string;
  file: string;
  header: string[];
  rows: string[][];
  /** Per column: whether the data dictionary types it as a number (整数, 数値). */
  numeric: boolean[];
}

/** Every CSV file of a built site, with its columns' types from the published data dictionary. */
export function csvFiles(dist: string): CsvFile[] {
  const dictionary = JSON.parse(readFileSync(join(dist, 'data', 'dictionary.json'), 'utf8')) as Array<{
    dataset: string;
    title: string;
    type: string;
    in_csv: boolean;
  }>;
  return distFiles(join(dist, 'data'), { ext: '.csv' }).map((file) => {
    const dataset = file.replace(/\.csv$/, '');
    const text = readFileSync(join(dist, 'data', file), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    const types = new Map(
      dictionary.filter((c) => c.dataset === dataset && c.in_csv).map((c) => [c.title, c.type] as const),
    );
    const numeric = header!.map((h) => {
      const type = types.get(h);
      if (type === undefined) throw new Error(`${file}: column ${h} is not in the data dictionary`);
      return /^(整数|数値)/.test(type);
    });
    return { dataset, file, header: header!, rows, numeric };
  });
}

/**
 * What a spreadsheet would make of a text cell, if anything: Excel and LibreOffice on Japanese settings read these as
 * dates (1-1 → 1月1日, 3/4, 2013-09-30, 令和6年6月, H25.4.1), times, numbers (007 → 7, 1,000, 1e5, (1) → −1, 10%,
 * ¥100, full-width digits), booleans or formulas. Undefined when the cell stays text.
 */
export function spreadsheetReading(cell: string): string | undefined {
  const patterns: Array<[string, RegExp]> = [
    ['a date', /^\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?$/],
    ['a date', /^(\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日)$/],
    ['a date', /^(明治|大正|昭和|平成|令和)(\d+|元)年(\d{1,2}月(\d{1,2}日)?)?$/],
    ['a date', /^[MTSHR]\d{1,2}[./-]\d{1,2}([./-]\d{1,2})?$/i],
    ['a date', /^\d{1,2}[-\s/](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
    ['a time', /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i],
    ['a number', /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/],
    ['a number', /^[+-]?(\d+\.?\d*|\.\d+)[ed][+-]?\d+$/i],
    ['a number', /^[+-]?\d+(\.\d+)?\s?%$/],
    ['a number', /^[¥￥$€]\s?[\d,]+(\.\d+)?$/],
    ['a number', /^\(\s*[\d,]+(\.\d+)?\s*\)$/],
    ['a number', /^\d+\s+\d+\/\d+$/],
    ['a number', /^[+-]?[０-９][０-９，．]*$/],
    ['a boolean', /^(true|false)$/i],
    ['a formula', /^[=+@]|^-(?!$)/],
  ];
  return patterns.find(([, p]) => p.test(cell))?.[0];
}

/** A cell of a spreadsheet as LibreOffice stored it: its type, its value (numbers) and its text. */
export interface SheetCell {
  type: string;
  value: string | undefined;
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function paragraphText(xml: string): string {
  return xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);
}

/** The first sheet of a flat OpenDocument spreadsheet (.fods), rows of cells, repeated rows and cells expanded. */
export function readFods(xml: string): SheetCell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? '';
  const rows: SheetCell[][] = [];
  for (const row of table.matchAll(/<table:table-row\b([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const cell of row[2]!.matchAll(
      /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
    )) {
      const attrs = cell[1]!;
      const paragraphs = [...(cell[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>|<text:p\/>/g)];
      const value: SheetCell = {
        type: /office:value-type="([^"]+)"/.exec(attrs)?.[1] ?? 'empty',
        value: /office:value="([^"]+)"/.exec(attrs)?.[1],
        text: paragraphs.map((p) => paragraphText(p[1] ?? '')).join('\n'),
      };
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      // A sheet ends with empty cells repeated to its last column: keep only what holds something.
      for (let i = 0; i < Math.min(repeat, 1024); i++) cells.push(value);
    }
    while (cells.length && cells.at(-1)!.type === 'empty') cells.pop();
    const repeat = Number(/table:number-rows-repeated="(\d+)"/.exec(row[1]!)?.[1] ?? 1);
    if (!cells.length) continue;
    for (let i = 0; i < repeat; i++) rows.push(cells);
  }
  return rows;
}
