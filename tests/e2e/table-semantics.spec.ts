/**
 * A table shown as cards on a phone is still a table to assistive technology. The cards restyle the table's parts
 * (`display: block`, `flex`, `grid`) and the markup carries no ARIA roles (HTML allows none on a table's rows and
 * cells), so this reads what Chromium builds from it, at 360 × 740 (cards) and 1280 × 800 (a table):
 *
 * - the accessibility tree the DevTools protocol gives (Accessibility.getFullAXTree): a table with rows, column
 *   headers, row headers and cells;
 * - Chromium's own tree (chrome://accessibility, the one its platform accessibility APIs are served from): each cell's
 *   row and column index in the table, from which a screen reader announces the cell with its column and row header.
 *   Every data cell of the page's markup must sit at its row and column, under the column header and beside the row
 *   header that the markup gives it.
 */
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../../scripts/lib/chromium.ts';

// chrome://accessibility is a page of the full browser, which the headless shell the other browser tests run in
// lacks (scripts/lib/chromium.ts): these run in the system's full Chromium, or Playwright's ('chromium' channel).
// Chromium builds its full accessibility tree only once something asks for it, as a screen reader does by its
// presence; without --force-renderer-accessibility chrome://accessibility has no tree to show for a page.
test.use({
  launchOptions: {
    ...(systemChromium ? { executablePath: systemChromium } : { channel: 'chromium' }),
    args: [...(systemChromium ? CHROMIUM_ARGS : []), '--force-renderer-accessibility'],
  },
});

/** Tables shown as cards below 40rem: a DataTable (narrow="cards") and a complete list (ListView). */
const TABLES = [
  { path: '/fy2024/', caption: 'ビジョンと事業費' },
  { path: '/fy2024/projects/', caption: '令和6年度アクションプランの事業一覧' },
];
const VIEWPORTS = [
  { width: 360, height: 740, display: 'block' },
  { width: 1280, height: 800, display: 'table' },
];

/** Text as an accessible name gives it: Chromium puts a space at each <wbr>, the DOM has none. */
const squash = (s: string) => s.replace(/\s+/g, '');

interface DomTable {
  headers: string[];
  /** Per body row: its row header's text and, by column index, its cells' texts. */
  rows: Array<{ header: string; cells: Array<{ column: number; text: string }> }>;
}

async function domTable(page: Page, caption: string): Promise<DomTable> {
  return page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .evaluate((table: HTMLTableElement) => ({
      headers: [...table.tHead!.rows[0]!.cells].map((c) => c.textContent ?? ''),
      rows: [...table.tBodies[0]!.rows].map((r) => ({
        header: r.querySelector('th')?.textContent ?? '',
        cells: [...r.cells].flatMap((c, column) => (c.tagName === 'TD' ? [{ column, text: c.textContent ?? '' }] : [])),
      })),
    }));
}

/** One node of Chromium's internal tree dump: role and attributes (`name='…'`, `tableCellColumnIndex=3`). */
interface InternalNode {
  depth: number;
  role: string;
  attrs: Record<string, string>;
}

/** The subtree of chrome://accessibility's dump for the page's table named by its caption. */
async function internalTable(context: BrowserContext, page: Page, caption: string): Promise<InternalNode[]> {
  const internals = await context.newPage();
  await internals.goto('chrome://accessibility');
  await internals.getByRole('button', { name: `Show accessibility tree for ${await page.title()}` }).click();
  const tree = internals.locator('pre[id$="-tree"]').filter({ hasText: "htmlTag='table'" });
  const dump = await tree.innerText();
  await internals.close();
  const nodes = dump.split('\n').flatMap((line): InternalNode[] => {
    const m = /^(\++)id#=-?\d+ (\w+)(.*)$/.exec(line);
    if (!m) return [];
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/ (\w+)=(?:'([^']*)'|(\S+))/g)) attrs[a[1]!] = a[2] ?? a[3]!;
    return [{ depth: m[1]!.length, role: m[2]!, attrs }];
  });
  const start = nodes.findIndex((n) => n.role === 'table' && n.attrs['name'] === caption);
  expect(start, `chrome://accessibility has a table named ${caption}`).toBeGreaterThanOrEqual(0);
  const end = nodes.findIndex((n, i) => i > start && n.depth <= nodes[start]!.depth);
  return nodes.slice(start, end < 0 ? undefined : end);
}

for (const viewport of VIEWPORTS) {
  for (const { path, caption } of TABLES) {
    test(`${path} 「${caption}」 is a table with headers at ${viewport.width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      await page.goto(path);
      const dom = await domTable(page, caption);
      const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
      // The layout under test: cards on a phone, a table on a wide screen.
      expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe(viewport.display);
      expect(dom.rows.length).toBeGreaterThan(5);

      // DevTools protocol: the roles.
      const cdp = await context.newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const root = nodes.find((n) => n.role?.value === 'table' && n.name?.value === caption);
      expect(root, 'a table node named by the caption').toBeDefined();
      const roles: string[] = [];
      const walk = (id: string) => {
        const n = byId.get(id)!;
        if (!n.ignored) roles.push(String(n.role?.value));
        for (const c of n.childIds ?? []) walk(c);
      };
      walk(root!.nodeId);
      const count = (role: string) => roles.filter((r) => r === role).length;
      expect(count('row')).toBe(dom.rows.length + 1);
      expect(count('columnheader')).toBe(dom.headers.length);
      expect(count('rowheader')).toBe(dom.rows.length);
      expect(count('cell')).toBe(dom.rows.reduce((n, r) => n + r.cells.length, 0));

      // Chromium's own tree: the table's size, and every cell under its column header, beside its row header.
      const internal = await internalTable(context, page, caption);
      expect(internal[0]!.attrs['tableColumnCount']).toBe(String(dom.headers.length));
      expect(internal[0]!.attrs['tableRowCount']).toBe(String(dom.rows.length + 1));
      const at = (role: string, row: number, column?: number) =>
        internal.filter(
          (n) =>
            n.role === role &&
            n.attrs['tableCellRowIndex'] === String(row) &&
            (column === undefined || n.attrs['tableCellColumnIndex'] === String(column)),
        );
      const columnHeaders = dom.headers.map((_, c) => at('columnHeader', 0, c).map((n) => squash(n.attrs['name']!)));
      expect(columnHeaders).toEqual(dom.headers.map((h) => [squash(h)]));
      const wrong: string[] = [];
      dom.rows.forEach((r, i) => {
        const row = i + 1;
        const header = at('rowHeader', row).map((n) => squash(n.attrs['name']!));
        if (header.join() !== squash(r.header)) wrong.push(`row ${row}: row header ${header.join()}`);
        for (const { column, text } of r.cells) {
          const cell = at('cell', row, column).map((n) => squash(n.attrs['name'] ?? ''));
          if (cell.join() !== squash(text))
            wrong.push(
              `row ${row} (${r.header}), column ${column} (${dom.headers[column]}): ${cell.join() || 'no cell'}`,
            );
        }
      });
      expect(wrong).toEqual([]);
      await context.close();
    });
  }
}
