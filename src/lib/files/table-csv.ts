/**
 * A page's table (a chart's data, or a data table on its own) as a CSV download, by the open data's rules
 * (src/lib/files/csv.ts: BOM, CRLF, quoting, no line break in a cell). The cells are the table's own, except where
 * the table words a figure for reading: an amount goes in as its exact figure in 千円, a plain integer, and its
 * column's header says the unit; a number printed with digit grouping (`1,234`) goes in as a plain number, and a
 * figure's cell with no figure (`—`) as an empty cell.
 */
import { toCsv } from './csv.ts';

/** A cell as a table holds it (src/lib/presentation/table.ts, Cell): the fields the CSV reads. */
export interface TableCsvCell {
  text: string;
  numeric?: boolean;
  /** The exact amount in 千円 the cell words, or null where the cell's words stand for no amount (e.g. 新規). */
  amount?: number | null;
  /** The cell's text in the CSV, where the table's would not survive a spreadsheet (`measure-1-1` for 1-1). */
  csv?: string;
}

export interface TableCsvInput {
  head: readonly string[];
  rows: ReadonlyArray<readonly TableCsvCell[]>;
  /** A total row, after the rows. */
  foot?: readonly TableCsvCell[] | undefined;
}

/** A figure printed with digit grouping, as tables print them. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/**
 * Text a spreadsheet would not keep as text: a date (`1-1` → 1月1日, `2024/4`) or a formula (`=…`, `+…`, `@…`, `-…`).
 * Such a cell fails the build until the table gives its CSV form (`csv`), as the open data's IDs have one.
 */
const NOT_TEXT = /^\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?$|^[=+@]|^-(?!$)/;

function cellValue(cell: TableCsvCell | undefined): string | number | null {
  if (!cell) return null;
  if (cell.amount !== undefined) return cell.amount;
  if (cell.csv !== undefined) return cell.csv;
  // A cell of two lines (e.g. an amount and its remark) is one datum written on two lines: joined with a space.
  const text = cell.text.replace(/\s*\n\s*/g, ' ').trim();
  if (text === '' || text === '—' || text === '-') return cell.numeric ? null : text;
  // A table as printed quotes its figures as text: they are figures all the same.
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  if (NOT_TEXT.test(text) && !/^[+-]?\d+(\.\d+)?%?$/.test(text))
    throw new Error(`table CSV: a spreadsheet would not read 「${text}」 as text; give the cell its CSV form (csv)`);
  return text;
}

/**
 * The table as CSV text. `thousandYen` words a header whose column holds amounts (`予算額` → `予算額（千円）`).
 */
export function tableCsv(table: TableCsvInput, thousandYen: (head: string) => string): string {
  const rows = table.foot ? [...table.rows, table.foot] : table.rows;
  const columns = table.head.map((head, i) => ({
    key: String(i),
    title: rows.some((r) => r[i]?.amount !== undefined && r[i]?.amount !== null) ? thousandYen(head) : head,
  }));
  return toCsv(
    columns,
    rows.map((r) => Object.fromEntries(table.head.map((_, i) => [String(i), cellValue(r[i])]))),
  );
}
