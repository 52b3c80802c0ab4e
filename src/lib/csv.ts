/**
 * CSV that Excel opens correctly in Japanese: UTF-8 with a byte-order mark, CRLF line ends, every field quoted when
 * it holds a comma, quote or line break. Numbers are written as plain integers; lists are joined with ";".
 */
const BOM = '\uFEFF';

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return field(value.join(';'));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
