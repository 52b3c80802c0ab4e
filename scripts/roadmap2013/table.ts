/**
 * The page walk of the 2013 report: its table rows, page by page, read into categories, items, re-listings and the
 * raw sub-item rows under each. Page side labels found on the way are checked against the table of contents and
 * taken out of the rows; a part title they word differently is kept for a quality note.
 */
import type { Line, Source } from '../lib/source.ts';
import type { Category, Item, PartId, Relisting, Subitem } from '../../src/schemas/roadmap2013.ts';
import { pagePlace, readLabel } from './toc.ts';
import type { PageLabel, PagePlace, Toc } from './toc.ts';

export const PAGE_TITLE = '挑戦元年アクションプラン(行程表)進捗状況';
/** Item letters within a category, in gojūon order. */
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
/** Category numbers ① to ㊿, as Unicode has them. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';

/** A sub-item row as printed: its name cell read into one or more names, and its three other cells. */
export interface RawSub {
  names: Array<{ name: string; relistingOf: number | null }>;
  bullet: Subitem['bullet'];
  cells: [string, string, string];
  line: Line;
}

/** What the page walk has read: the records in document order, and where the next row belongs. */
export interface TableRead {
  categories: Category[];
  items: Item[];
  relistings: Relisting[];
  /** The sub-item rows under each item and re-listing, in document order. */
  rawSubs: Map<Item | Relisting, RawSub[]>;
  /** Part titles worded differently from the table of contents by a page label, with their line. */
  otherPartTitles: Map<PartId, Array<{ text: string; line: number }>>;
  /** The category and the item or re-listing the next rows belong to. */
  category: Category | undefined;
  owner: Item | Relisting | undefined;
}

/** One page's place and the line range of its rows. */
interface Page {
  number: number;
  place: PagePlace;
  start: number;
  end: number;
}

/** Reads every page of the table, up to the contact block, into categories, items, re-listings and sub-item rows. */
export function readTable(src: Source, toc: Toc, contactLine: Line): TableRead {
  const pageStarts = src.lines.filter((l) => l.no < contactLine.no && l.text === PAGE_TITLE).map((l) => l.no);
  if (!pageStarts.length) src.fail(1, `pages headed ${PAGE_TITLE}`, 'none');
  const read: TableRead = {
    categories: [],
    items: [],
    relistings: [],
    rawSubs: new Map(),
    otherPartTitles: new Map(),
    category: undefined,
    owner: undefined,
  };
  pageStarts.forEach((start, p) => {
    const end = (pageStarts[p + 1] ?? contactLine.no) - 1;
    readPage(src, toc, read, { number: p + 1, place: pagePlace(toc, p + 1), start, end });
  });
  return read;
}

/** Reads one page: its header row, then each row as a category, an item or re-listing, or a sub-item. */
function readPage(src: Source, toc: Toc, read: TableRead, page: Page): void {
  const header = src.find((t) => t !== '', page.start + 1, page.end);
  if (!header || !header.text.startsWith('区分、No.'))
    src.fail(
      header?.no ?? page.start + 1,
      'the table header (区分、No. 項目 24(年度) 25 進捗状況…)',
      header ? src.quote(header.no) : 'none',
    );
  for (let no = header.no + 1; no <= page.end; no++) {
    const line = src.line(no);
    if (line.text === '') continue;
    const cells = rowCells(src, toc, read, line, page);
    if (!cells.length) continue;
    const first = cells[0]!;
    const cat = /^([①-⑳㉑-㉟㊱-㊿])\.\s*(.+)$/u.exec(first);
    if (cat) {
      readCategoryRow(src, read, page.place, no, cat);
      continue;
    }
    const numbered = /^\d+$/.test(first) ? /^([ア-ン])\.\s*(.+)$/.exec(cells[1] ?? '') : null;
    const unnumbered = /^([ア-ン])\.\s*(.+)$/.exec(first);
    if (numbered || unnumbered) readEntryRow(src, read, page.place, no, cells, numbered, unnumbered);
    else readSubitemRow(src, read, line, cells);
  }
}

/** A row's cells without the page labels in it (checked against the page's place) and without empty ends. */
function rowCells(src: Source, toc: Toc, read: TableRead, line: Line, page: Page): string[] {
  // Page labels as cells of a row, or as lines of their own after the page's rows.
  const cells = line.raw
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => {
      if (!c) return true;
      const label = readLabel(toc, c);
      if (label) checkLabel(src, toc, read, label, line.no, page);
      return !label;
    });
  while (cells.length && cells[0] === '') cells.shift();
  while (cells.length && cells.at(-1) === '') cells.pop();
  return cells;
}

/** A page label must name the page's part (and chapter); a part title worded otherwise is kept for a note. */
function checkLabel(src: Source, toc: Toc, read: TableRead, label: PageLabel, line: number, page: Page): void {
  const { place } = page;
  if (label.part !== place.part || (label.chapter !== undefined && label.chapter !== place.chapter)) {
    src.fail(
      line,
      `a label of page ${page.number}: part ${place.part}${place.chapter ? ` chapter ${place.chapter}` : ''} by the table of contents`,
      `part ${label.part}${label.chapter ? ` chapter ${label.chapter}` : ''} (${src.quote(line)})`,
    );
  }
  const tocTitle = toc.parts.find((p) => p.id === label.part)!.title;
  if (label.title && label.title !== tocTitle && label.title.length > 8 && !tocTitle.startsWith(label.title)) {
    const list = read.otherPartTitles.get(label.part) ?? [];
    if (!list.some((x) => x.text === label.title)) list.push({ text: label.title, line });
    read.otherPartTitles.set(label.part, list);
  }
}

/** A category row (①. title): the next circled number within the page's part and chapter. */
function readCategoryRow(src: Source, read: TableRead, place: PagePlace, no: number, cat: RegExpExecArray): void {
  const number = CIRCLED.indexOf(cat[1]!) + 1;
  const group = read.categories.filter((c) => c.part === place.part && c.chapter === place.chapter);
  if (number !== group.length + 1)
    src.fail(
      no,
      `category ${CIRCLED[group.length]} of part ${place.part}${place.chapter ? ` chapter ${place.chapter}` : ''}`,
      src.quote(no),
    );
  read.category = {
    id: place.chapter ? `${place.part}-${place.chapter}-${number}` : `${place.part}-${number}`,
    number,
    title: cat[2]!.trim(),
    line: no,
    part: place.part,
    chapter: place.chapter,
    itemNos: [],
    relistingIds: [],
  };
  read.categories.push(read.category);
  read.owner = undefined;
}

/** An item row (N  ア. title) or a re-listing row (ア. title, no number): the next kana of its category. */
function readEntryRow(
  src: Source,
  read: TableRead,
  place: PagePlace,
  no: number,
  cells: string[],
  numbered: RegExpExecArray | null,
  unnumbered: RegExpExecArray | null,
): void {
  const category = read.category ?? src.fail(no, 'a category row (①. …) before the first item', src.quote(no));
  const [, kana, title] = (numbered ?? unnumbered)!;
  const expectedKana = KANA[category.itemNos.length + category.relistingIds.length];
  if (kana !== expectedKana)
    src.fail(no, `the kana ${expectedKana} for the next entry of category ${category.id}`, src.quote(no));
  const owner = numbered
    ? newItem(src, read, category, place, { no, itemNo: Number(cells[0]), kana: kana!, title: title!.trim() })
    : newRelisting(read, category, { no, kana: kana!, title: title!.trim() });
  if (cells.length > 2 - (unnumbered ? 1 : 0))
    src.fail(no, 'an item row with only its number and title', src.quote(no));
  read.owner = owner;
  read.rawSubs.set(owner, []);
}

/** Adds a numbered item; item numbers run 1, 2, 3 … through the whole report. */
function newItem(
  src: Source,
  read: TableRead,
  category: Category,
  place: PagePlace,
  row: { no: number; itemNo: number; kana: string; title: string },
): Item {
  const expected = (read.items.at(-1)?.no ?? 0) + 1;
  if (row.itemNo !== expected)
    src.fail(row.no, `item number ${expected} (items run 1, 2, 3 … without gaps or repeats)`, `${row.itemNo}`);
  const item: Item = {
    id: String(row.itemNo),
    no: row.itemNo,
    kana: row.kana,
    title: row.title,
    line: row.no,
    part: place.part,
    chapter: place.chapter,
    categoryId: category.id,
    subitems: [],
    status: 'unknown',
    statusRule: '',
  };
  read.items.push(item);
  category.itemNos.push(row.itemNo);
  return item;
}

/** Adds a re-listing: an entry without a number, which repeats an item named by its sub-items (settled later). */
function newRelisting(
  read: TableRead,
  category: Category,
  row: { no: number; kana: string; title: string },
): Relisting {
  const relisting: Relisting = {
    id: `${category.id}-${row.kana}`,
    kana: row.kana,
    title: row.title,
    line: row.no,
    categoryId: category.id,
    relistingOf: 0,
    subitems: [],
  };
  read.relistings.push(relisting);
  category.relistingIds.push(relisting.id);
  return relisting;
}

/** A sub-item row of 4 cells under the current item or re-listing; under a re-listing each names what it repeats. */
function readSubitemRow(src: Source, read: TableRead, line: Line, cells: string[]): void {
  const { no } = line;
  const owner = read.owner ?? src.fail(no, 'an item row (N  ア. title) before its sub-items', src.quote(no));
  if (cells.length !== 4)
    src.fail(
      no,
      'a sub-item row of 4 cells: name, FY2012, FY2013, progress',
      `${cells.length} cells in ${src.quote(no)}`,
    );
  const { names, bullet } = readNames(src, cells[0]!, no);
  if (!('no' in owner) && names.some((n) => n.relistingOf === null)) {
    src.fail(
      owner.line,
      `an item number before "${owner.kana}. ${owner.title}", or 【No.NN再掲】 on its sub-items (line ${no}) as it re-lists another item`,
      'neither',
    );
  }
  read.rawSubs.get(owner)!.push({ names, bullet, cells: [cells[1]!, cells[2]!, cells[3]!], line });
}

/** Reads a sub-item cell: one name, or several as <li> items, each with the item it re-lists (【No.NN再掲】). */
function readNames(src: Source, cell: string, line: number): { names: RawSub['names']; bullet: Subitem['bullet'] } {
  let names: string[];
  let bullet: Subitem['bullet'];
  if (cell.startsWith('<ul')) {
    names = [...cell.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.trim());
    bullet = 'list-markup';
    if (!names.length) src.fail(line, 'list items (<li>…</li>) in the sub-item cell', `"${cell}"`);
  } else if (cell.startsWith('▪')) {
    names = [cell.slice(1).trim()];
    bullet = 'square';
  } else if (/^[・●○◆◇■□▫\-*•]/.test(cell) || cell.startsWith('<')) {
    return src.fail(line, 'a sub-item written as <li>…</li>, "▪ …" or plain text', `an unknown bullet in "${cell}"`);
  } else {
    names = [cell];
    bullet = 'none';
  }
  return {
    bullet,
    names: names.map((n) => {
      const m = /^(.*?)\s*【No\.(\d+)再掲】$/.exec(n);
      return m ? { name: m[1]!.trim(), relistingOf: Number(m[2]) } : { name: n, relistingOf: null };
    }),
  };
}
