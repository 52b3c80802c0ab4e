/**
 * CSV that a spreadsheet opens as it is, on Japanese settings too: UTF-8 with a byte-order mark, CRLF line ends, the
 * Japanese column names in the first row, one record per line and one datum per cell (機械可読性ルール L1-07, L1-14,
 * L3-01). A field is quoted when it holds a comma or a quote. Numbers are plain integers, booleans はい／いいえ, a
 * missing value an empty cell. A list or a line break in a cell is refused: the build fails instead of publishing a
 * file a spreadsheet would misread.
 */
const BOM = '\uFEFF';

export interface CsvColumn {
  /** The row's key. */
  key: string;
  /** The header cell. */
  title: string;
  /** The cell from the row's value, where the CSV writes it in another form than the row holds it. */
  write?: (value: unknown, row: Readonly<Record<string, unknown>>) => unknown;
}

function field(value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) throw new Error(`${where}: a list in a CSV cell; give it a file of its own, one per row`);
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  const text = String(value);
  if (/[\r\n]/.test(text)) throw new Error(`${where}: a line break in a CSV cell (${JSON.stringify(text)})`);
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly CsvColumn[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [
    columns.map((c) => field(c.title, `header ${c.key}`)).join(','),
    ...rows.map((row, i) =>
      columns.map((c) => field(c.write ? c.write(row[c.key], row) : row[c.key], `row ${i + 1}, ${c.key}`)).join(','),
    ),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}
