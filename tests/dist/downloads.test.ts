/**
 * The downloads of what a page shows, over the default build: every chart of every edition links its data (CSV) and
 * image (SVG, PNG) and every data table on its own its CSV; each file exists; a CSV has the BOM and CRLF and the rows
 * and figures of the table the page shows (read here from the HTML, amounts parsed from the words the table gives
 * them); a PNG is twice the size of its SVG. The complete lists link their whole open-data CSV for a reader without
 * JavaScript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, read } from './site.ts';
import { parseCsv, spreadsheetReading } from './spreadsheet.ts';

const pages = htmlPages().filter((p) => p !== '/404.html');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** An element's text as a reader sees it: ふりがな and tags dropped, entities decoded, lines joined by a space. */
function text(html: string): string {
  return html
    .replace(/<rt\b[^>]*>.*?<\/rt>|<rp\b[^>]*>.*?<\/rp>/gs, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? all),
    )
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

interface Shown {
  text: string;
  title?: string | undefined;
}
interface ShownTable {
  head: string[];
  rows: Shown[][];
}

/** A `<table>`'s header and its body and footer rows, as the page shows them. */
function shownTable(html: string): ShownTable {
  const cells = (row: string): Shown[] =>
    [...row.matchAll(/<(th|td)(\s[^>]*)?>(.*?)<\/\1>/gs)].map((m) => ({
      text: text(m[3]!),
      title: attr(m[2] ?? '', 'title'),
    }));
  const rows = (part: string) =>
    [
      ...(new RegExp(`<${part}\\b[^>]*>(.*?)</${part}>`, 's').exec(html)?.[1] ?? '').matchAll(
        /<tr\b[^>]*>(.*?)<\/tr>/gs,
      ),
    ].map((m) => cells(m[1]!));
  return { head: rows('thead')[0]!.map((c) => c.text), rows: [...rows('tbody'), ...rows('tfoot')] };
}

interface Link {
  href: string;
  download: string;
  label: string;
}
const fileLinks = (ul: string): Link[] =>
  [...ul.matchAll(/<a(\s[^>]*)>(.*?)<\/a>/gs)].map((m) => ({
    href: attr(m[1]!, 'href')!,
    download: attr(m[1]!, 'download')!,
    label: text(m[2]!),
  }));

interface Download {
  page: string;
  kind: 'chart' | 'table';
  table: ShownTable;
  links: Link[];
}

/** Every chart figure and every data table of a page, with the table it shows and the links beside it. */
function downloadsOf(page: string): Download[] {
  const html = read(page);
  const found: Download[] = [];
  for (const m of html.matchAll(/<figure\b[^>]*>(.*?)<\/figure>/gs)) {
    const figure = m[1]!;
    if (!/<div class="chart"/.test(figure)) continue;
    const ul = /<ul[^>]*class="file-links"[^>]*>(.*?)<\/ul>/s.exec(figure);
    const table = /<table\b.*?<\/table>/s.exec(figure)![0];
    found.push({ page, kind: 'chart', table: shownTable(table), links: ul ? fileLinks(ul[1]!) : [] });
  }
  // A data table on its own: one outside every chart figure.
  const outside = html.replace(/<figure\b[^>]*>.*?<\/figure>/gs, '');
  for (const m of outside.matchAll(
    /<div\b[^>]*class="data-table"[^>]*>(.*?<\/table>)\s*<\/div>\s*(<ul[^>]*>.*?<\/ul>)?/gs,
  )) {
    const ul = m[2] && /class="file-links"/.test(m[2]) ? m[2] : '';
    found.push({ page, kind: 'table', table: shownTable(m[1]!), links: fileLinks(ul) });
  }
  return found;
}

const all = pages.flatMap(downloadsOf);

/**
 * The amount in 千円 a table cell words, and how far the words may round it: `13,384,000千円`, `133億8,400万円`,
 * `¥13,384,000,000` are exact; `133.8億円`, `¥13.4 billion`, `4,472万円` are rounded to their last digit. The first
 * amount in the text counts (a cell may add the readable form after the exact one); a sign in front counts.
 */
function wordedAmount(words: string): { value: number; within: number } | null {
  const sign = /^[-−–]/.test(words) ? -1 : 1;
  const num = (s: string) => Number(s.replace(/,/g, ''));
  const step = (s: string) => (s.includes('.') ? 10 ** -s.split('.')[1]!.length : 1);
  let m = /([\d,]+)千円/.exec(words);
  if (m) return { value: sign * num(m[1]!), within: 0 };
  m = /¥([\d,.]+)(?:\s*(billion|million|thousand))?/.exec(words);
  if (m) {
    const unit = { billion: 1e6, million: 1e3, thousand: 1 }[m[2] as 'billion'] ?? 1e-3;
    return { value: sign * num(m[1]!) * unit, within: (step(m[1]!) * unit) / 2 };
  }
  m = /(?:([\d,.]+)億)?(?:([\d,.]+)万)?([\d,]+)?円/.exec(words);
  if (m && (m[1] || m[2] || m[3])) {
    const [oku, man, yen] = [m[1] ?? '0', m[2] ?? '0', m[3] ?? '0'];
    const value = num(oku) * 1e5 + num(man) * 10 + num(yen) / 1000;
    // Rounded where the last part given has a decimal point, or where nothing follows 億 or 万.
    const last = m[3] ? null : m[2] ? { s: man, unit: 10 } : { s: oku, unit: 1e5 };
    return { value: sign * value, within: last ? (step(last.s) * last.unit) / 2 : 0 };
  }
  return null;
}

const UNIT = /（千円）$| \(¥ thousand\)$/;

describe('downloads of charts and tables', () => {
  it('finds the charts and tables of the three editions', () => {
    const count = (kind: Download['kind'], prefix: string) =>
      all.filter((d) => d.kind === kind && (prefix ? d.page.startsWith(prefix) : !/^\/(en|easy)\//.test(d.page)))
        .length;
    // 8 vision pages, 2 priorities, the plan, the home page's two, the 2013 overview, its 3 parts and the crosswalk;
    // the Japanese edition draws vision 1's staffing table too (the others show it as printed).
    expect([count('chart', ''), count('chart', '/easy/'), count('chart', '/en/')]).toEqual([19, 18, 18]);
    for (const prefix of ['', '/easy/', '/en/']) expect(count('table', prefix), prefix).toBeGreaterThanOrEqual(40);
  });

  it('links a chart’s CSV, SVG and PNG, and a table’s CSV, with a download name, each file there', () => {
    const wrong: string[] = [];
    for (const d of all) {
      const want = d.kind === 'chart' ? ['csv', 'svg', 'png'] : ['csv'];
      const got = d.links.map((l) => /\.(\w+)$/.exec(l.href)?.[1]);
      if (got.join() !== want.join()) wrong.push(`${d.page} ${d.kind}: links ${got.join() || 'nothing'}`);
      for (const l of d.links) {
        if (!fileFor(l.href)) wrong.push(`${d.page}: ${l.href} is not in dist/`);
        if (!l.href.startsWith(d.page)) wrong.push(`${d.page}: ${l.href} is not beside its page`);
        if (!l.download?.endsWith(l.href.slice(l.href.lastIndexOf('.'))) || l.download.includes('/'))
          wrong.push(`${d.page}: ${l.href} downloads as "${l.download}"`);
        if (!l.label) wrong.push(`${d.page}: ${l.href} has no words`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names each file once: no two charts or tables share a CSV', () => {
    const hrefs = all.flatMap((d) => d.links.map((l) => l.href));
    expect(hrefs.length).toBe(new Set(hrefs).size);
  });

  it('gives the table’s rows and figures in each CSV, with BOM and CRLF, amounts exact in 千円', () => {
    const wrong: string[] = [];
    let amounts = 0;
    for (const d of all) {
      const csvLink = d.links.find((l) => l.href.endsWith('.csv'));
      if (!csvLink) continue;
      const bytes = readFileSync(fileFor(csvLink.href)!);
      const where = `${csvLink.href}`;
      if (bytes.subarray(0, 3).toString('hex') !== 'efbbbf') wrong.push(`${where}: no BOM`);
      const raw = bytes.subarray(3).toString('utf8');
      if (/(?<!\r)\n/.test(raw) || !raw.endsWith('\r\n')) wrong.push(`${where}: a line not ended by CRLF`);
      const [header, ...rows] = parseCsv(raw);
      const heads = header!.map((h) => h.replace(UNIT, ''));
      if (heads.join('|') !== d.table.head.join('|'))
        wrong.push(`${where}: header ${header!.join('|')} for ${d.table.head.join('|')}`);
      if (rows.length !== d.table.rows.length)
        wrong.push(`${where}: ${rows.length} rows for the table's ${d.table.rows.length}`);
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const shown = d.table.rows[r]?.[c];
          if (!shown) return void wrong.push(`${where} row ${r + 1}: a cell the table has not`);
          if (UNIT.test(header![c]!)) {
            const worded = wordedAmount(shown.title ?? '') ?? wordedAmount(shown.text);
            if (worded === null) {
              // Words for no amount (新規, —): an empty cell.
              if (cell !== '') wrong.push(`${where} row ${r + 1}: ${cell} where the table says ${shown.text}`);
            } else if (!/^-?\d+$/.test(cell) || Math.abs(Number(cell) - worded.value) > worded.within + 1e-9) {
              wrong.push(`${where} row ${r + 1}: ${cell} where the table says ${shown.title ?? shown.text}`);
            } else amounts++;
          } else {
            // Any other cell as shown; a figure printed with digit grouping as a plain number, no value as empty, a
            // measure number in the open data's form (a spreadsheet reads 1-1 as a date).
            const plain = /^[+-]?\d{1,3}(,\d{3})+$/.test(shown.text) ? shown.text.replace(/,/g, '') : shown.text;
            if (cell !== plain && cell !== `measure-${plain}` && !(cell === '' && /^[—-]?$/.test(plain)))
              wrong.push(`${where} row ${r + 1}: 「${cell}」 where the table shows 「${shown.text}」`);
            // Text stays text in a spreadsheet on Japanese settings (a figure may read as the number it is).
            const reading = spreadsheetReading(cell);
            if (reading && reading !== 'a number') wrong.push(`${where} row ${r + 1}: 「${cell}」 reads as ${reading}`);
          }
        }),
      );
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    // Hundreds of amounts were compared, not none.
    expect(amounts).toBeGreaterThan(500);
  });

  it('draws each chart’s PNG at twice the size of its SVG', () => {
    const wrong: string[] = [];
    for (const d of all.filter((x) => x.kind === 'chart')) {
      const svg = readFileSync(fileFor(d.links.find((l) => l.href.endsWith('.svg'))!.href)!, 'utf8');
      const png = readFileSync(fileFor(d.links.find((l) => l.href.endsWith('.png'))!.href)!);
      const [width, height] = [Number(attr(svg, 'width')), Number(attr(svg, 'height'))];
      if (png.subarray(1, 4).toString() !== 'PNG') wrong.push(`${d.page}: not a PNG`);
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      if (w !== 2 * width || h !== 2 * height) wrong.push(`${d.page}: PNG ${w}×${h} for an SVG of ${width}×${height}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the complete lists', () => {
  const lists = [
    { path: '/fy2024/projects/', csv: '/data/fy2024/projects.csv', column: '事業ID' },
    { path: '/2013/items/', csv: '/data/2013/items.csv', column: '項目番号' },
  ];
  for (const list of lists)
    for (const prefix of ['', '/easy', '/en'])
      it(`${prefix}${list.path} links its whole open-data CSV, each row carrying its ID there`, () => {
        const html = read(`${prefix}${list.path}`);
        const link = /<a\s[^>]*data-list-download[^>]*>(.*?)<\/a>/s.exec(html);
        expect(link).not.toBeNull();
        expect(attr(link![0], 'href')).toBe(list.csv);
        const ids = [...html.matchAll(/<tr\b[^>]*\sdata-csv-id="([^"]*)"/g)].map((m) => m[1]!);
        const [header, ...rows] = parseCsv(readFileSync(fileFor(list.csv)!).subarray(3).toString('utf8'));
        const at = header!.indexOf(list.column);
        expect(ids.sort()).toEqual(rows.map((r) => r[at]!).sort());
        // The words give the count the list serves.
        expect(text(link![1]!)).toContain(String(rows.length));
      });
});
