/**
 * Parser for the 2013 roadmap progress report (001_2876ceca144e21ba.txt): text in, validated dataset out.
 *
 * The report is a table printed over 11 pages. Each page starts with the report title and a header row; rows are
 * tab-separated: a category (①. …), a numbered item (`18  ア. …`), a kana entry without a number (a re-listing),
 * or a sub-item (name, FY2012 cell, FY2013 cell, progress). The conversion adds traps, all handled by rule:
 *   - side labels of the page (part, chapter) turn up as cells of a row, or as lines after the page's rows; the
 *     lines after a page label the page *before* them, which the table of contents' page numbers confirm, so each
 *     page takes its part and chapter from the table of contents and every label is checked against it;
 *   - one row can hold several sub-items (<li> items), with their cells merged, separated by spaces;
 *   - a FY2013 cell's second line can spill to the start of the progress text;
 *   - bullets come as <li> markup, ▪ or nothing.
 * Anything else throws a ParseError naming the line.
 */
import { createHash } from 'node:crypto';
import { Source, normalizeTitle, similarity } from '../lib/source.ts';
import type { Line } from '../lib/source.ts';
import { Roadmap2013Dataset } from '../../src/schemas/roadmap2013.ts';
import { quoted } from '../../src/lib/format/strings.ts';
import { AS_PRINTED_RESOLUTION, asPrintedMessage, findAsPrinted } from '../lib/as-printed.ts';
import type {
  Category,
  Item,
  Part,
  PartId,
  Relisting,
  Roadmap2013Curated,
  Roadmap2013Shape,
  RoadmapQualityNote,
  ScheduleCell,
  Subitem,
} from '../../src/schemas/roadmap2013.ts';
import type { AsPrinted } from '../../src/schemas/action-plan.ts';
import { STATUS_RULES, itemStatus, subitemStatus } from './status.ts';

const PAGE_TITLE = '挑戦元年アクションプラン(行程表)進捗状況';
/** Item letters within a category, in gojūon order. */
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
/** Category numbers ① to ㊿, as Unicode has them. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const ROMAN: Record<string, PartId> = { I: 'I', II: 'II', III: 'III' };

/** Text with Unicode compatibility forms folded (Ⅲ → III, full-width → half-width) and no spaces. */
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Stable sub-item ID: item number and a hash of the normalised name. */
export function subitemId(no: number, name: string): string {
  return `${no}-${createHash('sha256').update(normalizeTitle(name)).digest('hex').slice(0, 6)}`;
}

interface Toc {
  parts: Array<{ id: PartId; title: string; page: number | null; line: number }>;
  chapters: Array<{ part: PartId; number: number; title: string; page: number; line: number }>;
}

function parseToc(src: Source): Toc {
  const head = src.find((t) => /^#*\s*目\s*次$/.test(t)) ?? src.fail(1, 'the table of contents (目 次)', 'none');
  const toc: Toc = { parts: [], chapters: [] };
  for (let no = head.no + 1; no <= src.lines.length; no++) {
    const line = src.line(no);
    if (line.text === '') {
      if (toc.parts.length) break;
      continue;
    }
    const [label = '', page = ''] = line.raw.split('\t').map((c) => c.trim());
    const part = /^(I{1,3}|Ⅰ|Ⅱ|Ⅲ)\.\s*(.+)$/.exec(label.normalize('NFKC'));
    const chapter = /^(\d)\.\s*(.+)$/.exec(label);
    if (part) {
      toc.parts.push({ id: ROMAN[part[1]!]!, title: fold(part[2]!), page: page ? Number(page) : null, line: no });
    } else if (chapter && toc.parts.length) {
      if (!page) src.fail(no, 'a chapter with its page number (N. title<TAB>page)', src.quote(no));
      toc.chapters.push({
        part: toc.parts.at(-1)!.id,
        number: Number(chapter[1]),
        title: fold(chapter[2]!),
        page: Number(page),
        line: no,
      });
    } else {
      src.fail(no, 'a table-of-contents line: a part (I. …) or a chapter (1. …<TAB>page)', src.quote(no));
    }
  }
  if (toc.parts.map((p) => p.id).join() !== 'I,II,III')
    src.fail(head.no, 'parts I, II and III in the table of contents', toc.parts.map((p) => p.id).join(',') || 'none');
  return toc;
}

/** Which part and chapter a page (1-based) belongs to, by the table of contents. */
function pagePlace(toc: Toc, page: number): { part: PartId; chapter: number | null } {
  const start = (p: Toc['parts'][number]) => p.page ?? toc.chapters.find((c) => c.part === p.id)?.page ?? 1;
  const part = [...toc.parts].reverse().find((p) => start(p) <= page) ?? toc.parts[0]!;
  const chapters = toc.chapters.filter((c) => c.part === part.id);
  const chapter = chapters.length ? ([...chapters].reverse().find((c) => c.page <= page) ?? chapters[0]!).number : null;
  return { part: part.id, chapter };
}

/** Reads a page side label (part and/or chapter) in a cell or a line; undefined if it is not one. */
function readLabel(toc: Toc, text: string): { part?: PartId; chapter?: number; title?: string } | undefined {
  let rest = text.normalize('NFKC').trim();
  const out: { part?: PartId; chapter?: number; title?: string } = {};
  const roman = /^(I{1,3})\.?\s+/.exec(rest);
  if (roman) {
    out.part = ROMAN[roman[1]!]!;
    rest = rest.slice(roman[0].length);
  }
  // A part title, whole or cut short (the side label is rotated text), possibly worded differently after its start.
  const part = toc.parts.find((p) => {
    const head = p.title.slice(0, 8);
    return fold(rest).startsWith(head) || (fold(rest).length >= 8 && p.title.startsWith(fold(rest).slice(0, 8)));
  });
  if (part) {
    if (out.part && out.part !== part.id) return undefined;
    out.part = part.id;
    // The part title runs until a chapter number or the end.
    const m = /^(.*?)(?:\s+(\d)\.?\s+(.+))?$/.exec(rest)!;
    out.title = fold(m[1]!);
    rest = m[2] ? `${m[2]}. ${m[3]}` : '';
  }
  if (rest) {
    const ch = /^(\d)\.?\s+(.+)$/.exec(rest);
    const chapter = ch && toc.chapters.find((c) => c.number === Number(ch[1]) && c.title === fold(ch[2]!));
    if (!chapter) return out.part && !rest ? out : undefined;
    out.chapter = chapter.number;
    out.part ??= chapter.part;
  }
  return out.part ? out : undefined;
}

/** Splits a schedule cell into a sub-item's share: by spaces when the count matches, else the whole cell to each. */
function shares(cell: string, n: number): { parts: string[]; divided: boolean } {
  if (n === 1) return { parts: [cell], divided: true };
  const tokens = cell.split(/\s+/).filter(Boolean);
  if (tokens.length === n) return { parts: tokens, divided: true };
  if (tokens.length === 1) return { parts: Array(n).fill(cell), divided: true };
  return { parts: Array(n).fill(cell), divided: false };
}

/** Character pairs of a text (NFKC, no spaces) that hold more than hiragana and punctuation: its wording, as pairs. */
function wordPairs(text: string): Set<string> {
  const t = normalizeTitle(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) {
    const pair = t.slice(i, i + 2);
    if (/[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9]/u.test(pair)) pairs.add(pair);
  }
  return pairs;
}

/** How much wording two texts share: the number of character pairs they have in common. */
function sharedWording(a: string, b: string): number {
  const other = wordPairs(b);
  return [...wordPairs(a)].filter((p) => other.has(p)).length;
}

/** Orderings of 0 … n−1 (n is the number of sub-items in one row: two or three). */
function permutations(n: number): number[][] {
  if (n === 1) return [[0]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

/**
 * Divides a merged row's progress text where the text itself divides it, although its spaces do not give one piece
 * per sub-item. The row prints each cell's texts in the order of its names (its schedule cells, divided evenly,
 * show it), so each cut of the text at spaces into as many consecutive parts as names gives part k to sub-item k. A
 * part fits its sub-item by the wording they share, counted in character pairs (as the crosswalk's candidates are),
 * with the sub-item's wording being its name and its share of the schedule cells. The cut is taken when every part
 * shares wording with its own sub-item, it fits better in total than any other cut, and the parts fit their own
 * sub-items better than any other pairing of the same parts; otherwise the text stays whole and marked shared
 * (undefined).
 */
export function divideProgress(progress: string, wordings: string[]): string[] | undefined {
  const n = wordings.length;
  const tokens = progress.split(/\s+/).filter(Boolean);
  if (n < 2 || tokens.length <= n) return undefined;
  const wordingFit = (parts: string[], order: number[]) =>
    parts.reduce((sum, part, k) => sum + sharedWording(part, wordings[order[k]!]!), 0);
  // Every way to choose n − 1 cut points among the gaps between tokens.
  const cuts: number[][] = [];
  const choose = (from: number, left: number, acc: number[]) => {
    if (left === 0) return void cuts.push(acc);
    for (let c = from; c <= tokens.length - left; c++) choose(c + 1, left - 1, [...acc, c]);
  };
  choose(1, n - 1, []);
  const identity = Array.from({ length: n }, (_, k) => k);
  const scored = cuts
    .map((cut) => {
      const bounds = [0, ...cut, tokens.length];
      const parts = identity.map((k) => tokens.slice(bounds[k], bounds[k + 1]).join(' '));
      return { parts, score: wordingFit(parts, identity) };
    })
    .filter(({ parts }) => parts.every((part, k) => sharedWording(part, wordings[k]!) > 0))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || scored[1]?.score === best.score) return undefined;
  const others = permutations(n).filter((order) => order.some((o, k) => o !== k));
  if (others.some((order) => wordingFit(best.parts, order) >= best.score)) return undefined;
  return best.parts;
}

function scheduleCell(raw: string, previous: ScheduleCell | null): ScheduleCell {
  const text = raw.trim();
  if (/^[—―ー－-]$/.test(text)) return { raw: text, kind: 'none', text: null, resolved: null };
  if (text.startsWith('⇒')) {
    const own = text.slice(1).trim() || null;
    const carried = previous?.resolved ?? null;
    const resolved = carried && own ? `${carried}、${own}` : (carried ?? own);
    return { raw: text, kind: 'continues', text: own, resolved };
  }
  return { raw: text, kind: 'text', text, resolved: text };
}

interface RawSub {
  names: Array<{ name: string; relistingOf: number | null }>;
  bullet: Subitem['bullet'];
  cells: [string, string, string];
  line: Line;
}

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

/** Puts back a FY2013 cell's second line that the conversion moved to the start of the progress text. */
function unspill(fy2013: string, progress: string): { fy2013: string; progress: string; spilled: string | null } {
  // The FY2013 cell is a bare ⇒ and the progress opens with a short noun phrase cut off by a space, e.g.
  // 「⇒」「整備 博物館リニューアルに伴う…」: that phrase is the cell's second line (compare 「⇒ 記念式典等開催」).
  const m = /^([\p{Script=Han}\p{Script=Katakana}ー]{1,4})\s+(\S.*)$/u.exec(progress);
  if (fy2013.trim() === '⇒' && m) return { fy2013: `⇒ ${m[1]}`, progress: m[2]!, spilled: m[1]! };
  return { fy2013, progress, spilled: null };
}

const SHAPE_FILE = 'content/curated/roadmap2013-shape.json';
const CURATED_FILE = 'content/curated/roadmap2013.json';

/**
 * Parses the 2013 roadmap progress report. Throws ParseError (file:line) on anything it does not understand, and,
 * given the report's shape as read by hand, on any item or re-listing whose number of sub-items differs from it.
 * Given the curated decisions, notes the text they say is shown as printed.
 */
export function parseRoadmap2013(
  file: string,
  text: string,
  shape?: Roadmap2013Shape,
  curated?: Roadmap2013Curated,
): Roadmap2013Dataset {
  const src: Source = new Source(file, text);
  const titleParts = ['挑戦元年アクションプラン', '(行程表)', '進捗状況'].map(
    (t, i) => src.find((x) => x === t) ?? src.fail(1 + i, `the title line ${t}`, 'none'),
  );
  const asOfLine =
    src.find((t) => /^\(平成\s*\d+\s*年\s*\d+\s*月末時点\)$/.test(t)) ??
    src.fail(titleParts[2]!.no + 1, 'the as-of date (平成NN年N月末時点)', 'none');
  const [, asOfYear, asOfMonth] = /平成(\d+)年(\d+)月/.exec(fold(asOfLine.text))!;
  const publishedLine =
    src.find((t) => /^平成\s*\d+\s*年\s*\d+\s*月$/.test(t), asOfLine.no + 1) ??
    src.fail(asOfLine.no + 1, 'the publication month (平成NN年N月)', 'none');
  const [, pubYear, pubMonth] = /平成(\d+)年(\d+)月/.exec(fold(publishedLine.text))!;
  const asOf = { heiseiYear: Number(asOfYear), month: Number(asOfMonth) };
  const toc = parseToc(src);

  const contactLine =
    src.find((t) => t.startsWith('お問い合わせ先')) ??
    src.fail(src.lines.length, 'the contact block (お問い合わせ先 …) that ends the report', 'the end of the file');
  const pageStarts = src.lines.filter((l) => l.no < contactLine.no && l.text === PAGE_TITLE).map((l) => l.no);
  if (!pageStarts.length) src.fail(1, `pages headed ${PAGE_TITLE}`, 'none');

  const categories: Category[] = [];
  const items: Item[] = [];
  const relistings: Relisting[] = [];
  const rawSubs = new Map<Item | Relisting, RawSub[]>();
  const otherPartTitles = new Map<PartId, Array<{ text: string; line: number }>>();
  let owner: Item | Relisting | undefined;
  let category: Category | undefined;

  const checkLabel = (
    label: NonNullable<ReturnType<typeof readLabel>>,
    place: ReturnType<typeof pagePlace>,
    line: number,
    page: number,
  ) => {
    if (label.part !== place.part || (label.chapter !== undefined && label.chapter !== place.chapter)) {
      src.fail(
        line,
        `a label of page ${page}: part ${place.part}${place.chapter ? ` chapter ${place.chapter}` : ''} by the table of contents`,
        `part ${label.part}${label.chapter ? ` chapter ${label.chapter}` : ''} (${src.quote(line)})`,
      );
    }
    const tocTitle = toc.parts.find((p) => p.id === label.part)!.title;
    if (label.title && label.title !== tocTitle && label.title.length > 8 && !tocTitle.startsWith(label.title)) {
      const list = otherPartTitles.get(label.part) ?? [];
      if (!list.some((x) => x.text === label.title)) list.push({ text: label.title, line });
      otherPartTitles.set(label.part, list);
    }
  };

  pageStarts.forEach((start, p) => {
    const page = p + 1;
    const place = pagePlace(toc, page);
    const end = (pageStarts[p + 1] ?? contactLine.no) - 1;
    const header = src.find((t) => t !== '', start + 1, end);
    if (!header || !header.text.startsWith('区分、No.'))
      src.fail(
        header?.no ?? start + 1,
        'the table header (区分、No. 項目 24(年度) 25 進捗状況…)',
        header ? src.quote(header.no) : 'none',
      );
    for (let no = header.no + 1; no <= end; no++) {
      const line = src.line(no);
      if (line.text === '') continue;
      let cells = line.raw.split('\t').map((c) => c.trim());
      // Page labels as cells of a row, or as lines of their own after the page's rows.
      cells = cells.filter((c) => {
        if (!c) return true;
        const label = readLabel(toc, c);
        if (label) checkLabel(label, place, no, page);
        return !label;
      });
      while (cells.length && cells[0] === '') cells.shift();
      while (cells.length && cells.at(-1) === '') cells.pop();
      if (!cells.length) continue;
      const first = cells[0]!;

      const cat = /^([①-⑳㉑-㉟㊱-㊿])\.\s*(.+)$/u.exec(first);
      if (cat) {
        const number = CIRCLED.indexOf(cat[1]!) + 1;
        const group = categories.filter((c) => c.part === place.part && c.chapter === place.chapter);
        if (number !== group.length + 1)
          src.fail(
            no,
            `category ${CIRCLED[group.length]} of part ${place.part}${place.chapter ? ` chapter ${place.chapter}` : ''}`,
            src.quote(no),
          );
        category = {
          id: place.chapter ? `${place.part}-${place.chapter}-${number}` : `${place.part}-${number}`,
          number,
          title: cat[2]!.trim(),
          line: no,
          part: place.part,
          chapter: place.chapter,
          itemNos: [],
          relistingIds: [],
        };
        categories.push(category);
        owner = undefined;
        continue;
      }

      const numbered = /^\d+$/.test(first) ? /^([ア-ン])\.\s*(.+)$/.exec(cells[1] ?? '') : null;
      const unnumbered = /^([ア-ン])\.\s*(.+)$/.exec(first);
      if (numbered || unnumbered) {
        if (!category) src.fail(no, 'a category row (①. …) before the first item', src.quote(no));
        const [, kana, title] = (numbered ?? unnumbered)!;
        const expectedKana = KANA[category.itemNos.length + category.relistingIds.length];
        if (kana !== expectedKana)
          src.fail(no, `the kana ${expectedKana} for the next entry of category ${category.id}`, src.quote(no));
        if (numbered) {
          const itemNo = Number(first);
          const expected = (items.at(-1)?.no ?? 0) + 1;
          if (itemNo !== expected)
            src.fail(no, `item number ${expected} (items run 1, 2, 3 … without gaps or repeats)`, `${itemNo}`);
          const item: Item = {
            id: String(itemNo),
            no: itemNo,
            kana: kana!,
            title: title!.trim(),
            line: no,
            part: place.part,
            chapter: place.chapter,
            categoryId: category.id,
            subitems: [],
            status: 'unknown',
            statusRule: '',
          };
          items.push(item);
          category.itemNos.push(itemNo);
          owner = item;
        } else {
          const relisting: Relisting = {
            id: `${category.id}-${kana}`,
            kana: kana!,
            title: title!.trim(),
            line: no,
            categoryId: category.id,
            relistingOf: 0,
            subitems: [],
          };
          relistings.push(relisting);
          category.relistingIds.push(relisting.id);
          owner = relisting;
        }
        if (cells.length > 2 - (unnumbered ? 1 : 0))
          src.fail(no, 'an item row with only its number and title', src.quote(no));
        rawSubs.set(owner, []);
        continue;
      }

      if (!owner) src.fail(no, 'an item row (N  ア. title) before its sub-items', src.quote(no));
      if (cells.length !== 4)
        src.fail(
          no,
          'a sub-item row of 4 cells: name, FY2012, FY2013, progress',
          `${cells.length} cells in ${src.quote(no)}`,
        );
      const { names, bullet } = readNames(src, first, no);
      if (!('no' in owner) && names.some((n) => n.relistingOf === null)) {
        src.fail(
          owner.line,
          `an item number before "${owner.kana}. ${owner.title}", or 【No.NN再掲】 on its sub-items (line ${no}) as it re-lists another item`,
          'neither',
        );
      }
      rawSubs.get(owner)!.push({ names, bullet, cells: [cells[1]!, cells[2]!, cells[3]!], line });
    }
  });

  // Sub-items: divide merged rows, put spilled text back, resolve ⇒, decide status.
  for (const [owner, rows] of rawSubs) {
    const ownerNo = 'no' in owner ? owner.no : null;
    if (!rows.length) src.fail(owner.line, `sub-items under "${owner.title}"`, 'none');
    for (const row of rows) {
      const n = row.names.length;
      const fy12 = shares(row.cells[0], n);
      const fy13 = shares(row.cells[1], n);
      let progress = n === 1 ? { parts: [row.cells[2]], divided: true } : shares(row.cells[2], n);
      // Spaces alone do not divide it: the wording may, where the schedule cells show the order of the texts.
      let dividedByWording = false;
      if (!progress.divided && [row.cells[0], row.cells[1]].some((c) => c.split(/\s+/).filter(Boolean).length === n)) {
        const parts = divideProgress(
          row.cells[2],
          row.names.map(({ name }, k) => `${name} ${fy12.parts[k]} ${fy13.parts[k]}`),
        );
        if (parts) {
          progress = { parts, divided: true };
          dividedByWording = true;
        }
      }
      row.names.forEach(({ name, relistingOf }, k) => {
        // Only a row of one sub-item can be trusted to have spilled: a merged row's cells hold several texts.
        const fixed =
          n === 1
            ? unspill(fy13.parts[k]!, progress.parts[k]!)
            : { fy2013: fy13.parts[k]!, progress: progress.parts[k]!, spilled: null };
        const fy2012 = scheduleCell(fy12.parts[k]!, null);
        const decision = subitemStatus(fixed.progress, asOf);
        owner.subitems.push({
          id: ownerNo === null ? subitemId(relistingOf!, name).replace('-', '-r-') : subitemId(ownerNo, name),
          name,
          line: row.line.no,
          bullet: row.bullet,
          fy2012,
          fy2013: scheduleCell(fixed.fy2013, fy2012),
          progress: fixed.progress,
          progressShared: !progress.divided,
          progressDividedByWording: dividedByWording,
          spilled: fixed.spilled,
          status: decision.status,
          statusRule: decision.rule,
          statusEvidence: decision.evidence,
          relistingOf,
          relistedSubitemId: null,
        });
      });
    }
  }

  // Re-listings point at existing items; an unnumbered entry repeats exactly one item.
  const byNo = new Map(items.map((i) => [i.no, i]));
  for (const owner of [...items, ...relistings]) {
    for (const s of owner.subitems) {
      if (s.relistingOf === null) continue;
      const original = byNo.get(s.relistingOf);
      if (!original)
        src.fail(
          s.line,
          `【No.${s.relistingOf}再掲】 to name an existing item (1–${items.length})`,
          `no item ${s.relistingOf}`,
        );
      // The re-listed name can be worded slightly differently (花畑地区文化ホール等の整備 / …ホールの整備).
      const candidates = original.subitems
        .filter((o) => o.relistingOf === null)
        .map((o) => ({
          o,
          score:
            normalizeTitle(o.name) === normalizeTitle(s.name)
              ? 2
              : similarity(normalizeTitle(o.name), normalizeTitle(s.name)),
        }))
        .sort((a, b) => b.score - a.score);
      const match = candidates[0];
      if (!match || match.score < 0.7)
        src.fail(s.line, `a sub-item named like "${s.name}" in item ${original.no}, which it re-lists`, 'none');
      s.relistedSubitemId = match.o.id;
    }
  }
  for (const r of relistings) {
    const targets = [...new Set(r.subitems.map((s) => s.relistingOf))];
    if (targets.length !== 1)
      src.fail(r.line, `sub-items of "${r.title}" that all re-list one item`, targets.join(', '));
    r.relistingOf = targets[0]!;
    if (fold(byNo.get(r.relistingOf)!.title) !== fold(r.title))
      src.fail(r.line, `the title of item ${r.relistingOf} ("${byNo.get(r.relistingOf)!.title}")`, src.quote(r.line));
  }
  if (shape) {
    const missing = Object.keys(shape.subitemsPerItem).filter((no) => !items.some((i) => String(i.no) === no));
    if (missing.length) src.fail(src.lines.length, `items ${missing.join(', ')} (${SHAPE_FILE})`, 'none');
    for (const owner of [...items, ...relistings]) {
      const key = 'no' in owner ? String(owner.no) : owner.id;
      const expected = 'no' in owner ? shape.subitemsPerItem[key] : shape.subitemsPerRelisting[key];
      if (expected !== owner.subitems.length) {
        src.fail(
          owner.subitems[0]?.line ?? owner.line,
          `${expected ?? 'no'} sub-items under "${owner.title}" (${SHAPE_FILE})`,
          `${owner.subitems.length}`,
        );
      }
    }
  }
  for (const item of items) {
    const ids = new Set<string>();
    for (const s of item.subitems) {
      if (ids.has(s.id)) src.fail(s.line, `sub-item names that differ within item ${item.no}`, `"${s.name}" twice`);
      ids.add(s.id);
    }
    const own = item.subitems.filter((s) => s.relistingOf === null).map((s) => s.status);
    const relisted = item.subitems.filter((s) => s.relistingOf !== null).map((s) => s.status);
    const decision = itemStatus(own, relisted);
    item.status = decision.status;
    item.statusRule = decision.rule;
  }

  const contact = parseContact(src, contactLine);
  const parts: Part[] = toc.parts.map((p) => ({
    id: p.id,
    title: p.title,
    tocPage: p.page ?? toc.chapters.find((c) => c.part === p.id)?.page ?? 1,
    line: p.line,
    chapters: toc.chapters
      .filter((c) => c.part === p.id)
      .map((c) => ({ number: c.number, title: c.title, tocPage: c.page, line: c.line })),
    otherTitles: otherPartTitles.get(p.id) ?? [],
  }));
  const subitems = items.flatMap((i) => i.subitems);
  const qualityNotes = roadmapQualityNotes(src, items, relistings, parts, curated?.asPrinted ?? []);
  const result = Roadmap2013Dataset.safeParse({
    roadmap: {
      id: 'roadmap2013',
      title: `${titleParts[0]!.text}${titleParts[1]!.text} ${titleParts[2]!.text}`,
      asOf: {
        text: fold(asOfLine.text),
        date: `${1988 + Number(asOfYear)}-${asOfMonth!.padStart(2, '0')}-${lastDay(1988 + Number(asOfYear), Number(asOfMonth))}`,
        line: asOfLine.no,
      },
      published: {
        text: fold(publishedLine.text),
        month: `${1988 + Number(pubYear)}-${pubMonth!.padStart(2, '0')}`,
        line: publishedLine.no,
      },
      contact,
      counts: {
        items: items.length,
        subitems: subitems.filter((s) => s.relistingOf === null).length,
        relistedSubitems:
          subitems.filter((s) => s.relistingOf !== null).length + relistings.reduce((n, r) => n + r.subitems.length, 0),
      },
      source: { file, lines: src.lines.length, sha256: createHash('sha256').update(text).digest('hex') },
    },
    parts,
    categories,
    items,
    relistings,
    statusRules: STATUS_RULES,
    qualityNotes,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.path[0] === 'items' && issue.code === 'too_small')
      src.fail(src.lines.length, 'numbered items', `${items.length}`);
    throw new Error(`${file}: the parsed data does not match the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

function parseContact(src: Source, head: Line) {
  const organisation =
    /^お問い合わせ先\s*(.+)$/.exec(head.text)?.[1] ??
    src.fail(head.no, 'お問い合わせ先 followed by the office', src.quote(head.no));
  const rest = src.lines.filter((l) => l.no > head.no && l.text !== '');
  const postcode =
    rest.find((l) => /^〒\d{3}-\d{4}$/.test(l.text)) ??
    src.fail(head.no + 1, 'a postcode (〒NNN-NNNN) in the contact block', 'none');
  const address =
    rest.find((l) => l.no > postcode.no && !/^(TEL|E-mail)/.test(l.text)) ??
    src.fail(postcode.no + 1, 'an address in the contact block', 'none');
  const tel = rest.find((l) => /^TEL/.test(l.text));
  const telMatch = tel && /^TEL\s*:\s*([\d-]+)\s*\/\s*FAX\s*:\s*([\d-]+)$/.exec(tel.text);
  if (!telMatch)
    src.fail(tel?.no ?? address.no + 1, 'TEL : … / FAX : … in the contact block', tel ? src.quote(tel.no) : 'none');
  const mail = rest.find((l) => /^E-mail/.test(l.text));
  const email = mail && /([\w.-]+@[\w.-]+)/.exec(mail.text)?.[1];
  if (!email) src.fail(mail?.no ?? src.lines.length, 'E-mail : … in the contact block', 'none');
  return {
    organisation,
    postcode: postcode.text.slice(1),
    address: address.text,
    tel: telMatch[1]!,
    fax: telMatch[2]!,
    email,
    line: head.no,
  };
}

/**
 * Inconsistencies the parse found: worded differently, repeated differently, or moved by the conversion; and text
 * shown as printed with a note.
 */
function roadmapQualityNotes(
  src: Source,
  items: Item[],
  relistings: Relisting[],
  parts: Part[],
  asPrinted: readonly AsPrinted[],
): RoadmapQualityNote[] {
  const notes: RoadmapQualityNote[] = [];
  for (const p of parts) {
    for (const t of p.otherTitles) {
      notes.push({
        id: `part-title-variant-${t.line}`,
        kind: 'part-title-variant',
        message: `第${p.id}部の名称が、目次（${p.line}行目）では「${p.title}」、${t.line}行目では「${t.text}」と記載されています。`,
        resolution: '目次の名称を正としています。',
        lines: [p.line, t.line],
        itemNo: null,
      });
    }
  }
  const byId = new Map(items.flatMap((i) => i.subitems.map((s) => [s.id, { item: i, s }] as const)));
  const squash = (t: string) => t.replace(/\s+/g, '');
  const where = [
    ...items.map((i) => ({ label: `No.${i.no}`, no: i.no, subitems: i.subitems })),
    ...relistings.map((r) => ({ label: `「${r.kana}. ${r.title}」（番号なし）`, no: null, subitems: r.subitems })),
  ];
  for (const w of where) {
    for (const s of w.subitems) {
      if (s.relistingOf === null || !s.relistedSubitemId) continue;
      const original = byId.get(s.relistedSubitemId)!;
      const fields: Array<[string, string, string]> = [
        ['名称', s.name, original.s.name],
        ['平成24年度の予定', s.fy2012.raw, original.s.fy2012.raw],
        ['平成25年度の予定', s.fy2013.raw, original.s.fy2013.raw],
        ['進捗状況', s.progress, original.s.progress],
      ];
      const differing = fields.filter(([, a, b]) => squash(a) !== squash(b));
      if (!differing.length) continue;
      notes.push({
        id: `relisting-variant-${s.line}`,
        kind: 'relisting-variant',
        message: `${w.label}に再掲された${quoted(s.name)}（${s.line}行目）は、元のNo.${original.item.no}（${original.s.line}行目）と${differing.map(([f]) => f).join('・')}が異なります。${differing.map(([f, a, b]) => `${f}は、再掲では「${a}」、元の項目では「${b}」です`).join('。')}。`,
        resolution: '再掲の記載はそのまま表示し、件数と状況は元の項目で数えています。',
        lines: [s.line, original.s.line],
        itemNo: w.no,
      });
    }
  }
  for (const i of items) {
    for (const s of i.subitems) {
      if (s.spilled) {
        notes.push({
          id: `spilled-cell-${s.line}`,
          kind: 'spilled-cell',
          message: `No.${i.no}${quoted(s.name)}（${s.line}行目）で、平成25年度の欄の「${s.spilled}」が進捗状況の欄の先頭に入っています（PDFからの変換による）。`,
          resolution: `平成25年度の欄を「${s.fy2013.raw}」として表示しています。`,
          lines: [s.line],
          itemNo: i.no,
        });
      }
    }
    const divided = i.subitems.filter((s) => s.progressDividedByWording);
    if (divided.length) {
      notes.push({
        id: `divided-progress-${divided[0]!.line}`,
        kind: 'divided-progress',
        message: `No.${i.no}の${divided.map((s) => `「${s.name}」`).join('と')}は1行（${divided[0]!.line}行目）にまとめて記載され、進捗状況の欄も1つです。`,
        resolution: `進捗状況の文を、取組の名称・予定と共通する語句によって取組の順に分けて表示しています：${divided.map((s) => `「${s.name}」は「${s.progress}」`).join('、')}。`,
        lines: [divided[0]!.line],
        itemNo: i.no,
      });
    }
    const shared = i.subitems.filter((s) => s.progressShared);
    if (shared.length) {
      notes.push({
        id: `shared-progress-${shared[0]!.line}`,
        kind: 'shared-progress',
        message: `No.${i.no}の${shared.map((s) => quoted(s.name)).join('と')}は1行（${shared[0]!.line}行目）にまとめて記載され、進捗状況を取組ごとに分けられません。`,
        resolution: '進捗状況の全文をそれぞれの取組に表示し、その旨を示しています。',
        lines: [shared[0]!.line],
        itemNo: i.no,
      });
    }
  }
  // The item a line belongs to: its own line or one of its sub-items'.
  const itemAt = (line: number): number | null =>
    items.find((i) => i.line === line || i.subitems.some((s) => s.line === line))?.no ?? null;
  for (const hit of findAsPrinted(src, asPrinted, CURATED_FILE)) {
    notes.push({
      id: `as-printed-${hit.lines[0]}`,
      kind: 'as-printed',
      message: asPrintedMessage(hit),
      resolution: AS_PRINTED_RESOLUTION,
      lines: hit.lines,
      itemNo: itemAt(hit.lines[0]!),
    });
  }
  return notes;
}
