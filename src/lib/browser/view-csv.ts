/**
 * The download of a list's current view (ListView.astro): the list's open-data CSV (src/lib/files/csv.ts wrote it:
 * BOM, CRLF, one record per line, no line break inside a cell) cut to the rows the view shows, in its order. The
 * lines are kept byte for byte, so the file has the open-data columns and spreadsheet rules with no second CSV writer
 * in the page: this module only picks lines.
 */
import type { ListSpec, ListState } from './list-view.ts';

const BOM = '\uFEFF';

/** The cells of one CSV line, unquoted (a quoted cell may hold commas and doubled quotes, never a line break). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let text = '';
      i++;
      for (;;) {
        const end = line.indexOf('"', i);
        if (end < 0) throw new Error(`CSV: an unclosed quote in ${JSON.stringify(line.slice(0, 80))}`);
        text += line.slice(i, end);
        i = end + 1;
        if (line[i] !== '"') break;
        text += '"';
        i++;
      }
      cells.push(text);
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return cells;
    if (line[i] !== ',') throw new Error(`CSV: text after a quoted cell in ${JSON.stringify(line.slice(0, 80))}`);
    i++;
  }
}

/**
 * The list's CSV with only the rows whose `column` cell is one of `ids`, in the order of `ids`. Fails, saying which,
 * on a file without that column or an ID the file does not hold: a download that silently lacked rows would be worse
 * than none.
 */
export function viewCsv(csv: string, column: string, ids: readonly string[]): string {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  const [header, ...records] = lines;
  const at = csvCells(header ?? '').indexOf(column);
  if (at < 0) throw new Error(`CSV: no column 「${column}」`);
  const byId = new Map(records.map((line) => [csvCells(line)[at] ?? '', line]));
  const kept = ids.map((id) => {
    const line = byId.get(id);
    if (line === undefined) throw new Error(`CSV: no row with ${column} ${id}`);
    return line;
  });
  return BOM + [header, ...kept].join('\r\n') + '\r\n';
}

/**
 * The file name of a view: the list's stem, each filter set as its name and value, then the sort where it is not the
 * default (`fy2024-projects-vision5-change-desc.csv`); the stem alone for the whole list in its default order.
 */
export function viewFileName(stem: string, state: ListState, spec: ListSpec): string {
  const parts = [stem];
  for (const name of Object.keys(spec.filters)) {
    const value = state.filters[name];
    if (value) parts.push(`${name}${value}`);
  }
  if (state.sort !== spec.defaultSort || state.order !== spec.sorts[spec.defaultSort]!.order)
    parts.push(state.sort, state.order);
  return `${parts.join('-').replace(/[^\w.-]/g, '_')}.csv`;
}

/**
 * Makes a list's download link (ListView.astro) give the view: it says so (the view's words, only the count written
 * here), fetches the list's open-data file (same origin) once the page is shown, and from then on points at the
 * view's own file, so a long press (save or open the link) gets the rows shown too, not only a click. A click before
 * the file has arrived waits for it. Should the fetch fail or a row be missing from the file, the link keeps its
 * served target, the whole list. Returns the function to call with the IDs of the rows shown, in their order.
 */
export function viewDownload(link: HTMLAnchorElement, column: string): (ids: readonly string[]) => void {
  const count = link.querySelector<HTMLElement>('[data-download-count]')!;
  link.querySelector<HTMLElement>('[data-download-whole]')!.hidden = true;
  link.querySelector<HTMLElement>('[data-download-view]')!.hidden = false;
  const whole = link.href;
  let wholeText: string | undefined;
  let viewUrl: string | undefined;
  let shown: readonly string[] = [];
  const point = () => {
    if (wholeText === undefined) return;
    if (viewUrl) URL.revokeObjectURL(viewUrl);
    viewUrl = undefined;
    try {
      viewUrl = URL.createObjectURL(new Blob([viewCsv(wholeText, column, shown)], { type: 'text/csv;charset=utf-8' }));
      link.href = viewUrl;
    } catch (error) {
      console.error(error);
      link.href = whole;
    }
  };
  const fetchWhole = () =>
    fetch(whole)
      .then((response) => {
        if (!response.ok) throw new Error(`${whole}: ${response.status}`);
        return response.text();
      })
      .then((text) => {
        wholeText = text;
        point();
      });
  fetchWhole().catch((error: unknown) => console.error(error));
  link.addEventListener('click', (e) => {
    if (wholeText !== undefined) return;
    e.preventDefault();
    fetchWhole()
      .then(() => link.click())
      .catch((error: unknown) => {
        console.error(error);
        location.assign(whole);
      });
  });
  return (ids) => {
    shown = ids;
    count.textContent = String(ids.length);
    point();
  };
}
