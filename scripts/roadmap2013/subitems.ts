/**
 * Sub-items from the raw rows of the 2013 report: a merged row (several <li> names) divided into one sub-item per
 * name, a FY2013 cell's spilled second line put back, ⇒ cells resolved, and each sub-item's status decided.
 */
import { createHash } from 'node:crypto';
import { normalizeTitle } from '../lib/source.ts';
import type { Source } from '../lib/source.ts';
import type { Item, Relisting, ScheduleCell, Subitem } from '../../src/schemas/roadmap2013.ts';
import { subitemStatus } from './status.ts';
import type { AsOf } from './status.ts';
import type { RawSub } from './table.ts';
import { readCell } from './reading.ts';
import type { CellPlace, SpaceDecisions } from './reading.ts';

/** Stable sub-item ID: item number and a hash of the normalised name. */
export function subitemId(no: number, name: string): string {
  return `${no}-${createHash('sha256').update(normalizeTitle(name)).digest('hex').slice(0, 6)}`;
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

/**
 * Reads a schedule cell: none (—), a continuation (⇒, carrying the previous year's text) or a text, with its entries
 * for reading (`read`).
 */
function scheduleCell(raw: string, previous: ScheduleCell | null, read: (text: string) => string[]): ScheduleCell {
  const text = raw.trim();
  if (/^[—―ー－-]$/.test(text))
    return { raw: text, kind: 'none', text: null, resolved: null, entries: [], resolvedEntries: null };
  if (text.startsWith('⇒')) {
    const own = text.slice(1).trim() || null;
    const entries = own ? read(own) : [];
    const carried = previous?.resolved ?? null;
    const resolved = carried && own ? `${carried}、${own}` : (carried ?? own);
    const resolvedEntries = resolved === null ? null : [...(previous?.resolvedEntries ?? []), ...entries];
    return { raw: text, kind: 'continues', text: own, resolved, entries, resolvedEntries };
  }
  const entries = read(text);
  return { raw: text, kind: 'text', text, resolved: text, entries, resolvedEntries: entries };
}

/** Puts back a FY2013 cell's second line that the conversion moved to the start of the progress text. */
function unspill(fy2013: string, progress: string): { fy2013: string; progress: string; spilled: string | null } {
  // The FY2013 cell is a bare ⇒ and the progress opens with a short noun phrase cut off by a space, e.g.
  // 「⇒」「整備 博物館リニューアルに伴う…」: that phrase is the cell's second line (compare 「⇒ 記念式典等開催」).
  const m = /^([\p{Script=Han}\p{Script=Katakana}ー]{1,4})\s+(\S.*)$/u.exec(progress);
  if (fy2013.trim() === '⇒' && m) return { fy2013: `⇒ ${m[1]}`, progress: m[2]!, spilled: m[1]! };
  return { fy2013, progress, spilled: null };
}

/**
 * Fills every item's and re-listing's sub-items from its raw rows; each needs at least one. Every cell is read for
 * reading as well (reading.ts), with the curated decisions on spaces the rule leaves undecided.
 */
export function buildSubitems(
  src: Source,
  rawSubs: Map<Item | Relisting, RawSub[]>,
  asOf: AsOf,
  spaces?: SpaceDecisions,
): void {
  for (const [owner, rows] of rawSubs) {
    if (!rows.length) src.fail(owner.line, `sub-items under "${owner.title}"`, 'none');
    for (const row of rows) {
      const read = (field: CellPlace['field'], no: number) => (text: string) =>
        readCell(src, text, { item: no, field, line: row.line.no }, spaces);
      owner.subitems.push(...rowSubitems(src, row, 'no' in owner ? owner.no : null, asOf, read));
    }
  }
}

/** A row's progress text, one part per name: by its spaces, else by its wording (see divideProgress), else shared. */
function divideRow(row: RawSub, fy12: string[], fy13: string[]) {
  const n = row.names.length;
  const progress = n === 1 ? { parts: [row.cells[2]], divided: true } : shares(row.cells[2], n);
  // Spaces alone do not divide it: the wording may, where the schedule cells show the order of the texts.
  if (!progress.divided && [row.cells[0], row.cells[1]].some((c) => c.split(/\s+/).filter(Boolean).length === n)) {
    const parts = divideProgress(
      row.cells[2],
      row.names.map(({ name }, k) => `${name} ${fy12[k]} ${fy13[k]}`),
    );
    if (parts) return { parts, divided: true, byWording: true };
  }
  return { ...progress, byWording: false };
}

/** The sub-items of one raw row (several for a merged row), under the item numbered `ownerNo` (null: a re-listing). */
function rowSubitems(
  src: Source,
  row: RawSub,
  ownerNo: number | null,
  asOf: AsOf,
  read: (field: CellPlace['field'], no: number) => (text: string) => string[],
): Subitem[] {
  const n = row.names.length;
  const fy12 = shares(row.cells[0], n);
  const fy13 = shares(row.cells[1], n);
  const progress = divideRow(row, fy12.parts, fy13.parts);
  return row.names.map(({ name, relistingOf }, k) => {
    // Only a row of one sub-item can be trusted to have spilled: a merged row's cells hold several texts.
    const fixed =
      n === 1
        ? unspill(fy13.parts[k]!, progress.parts[k]!)
        : { fy2013: fy13.parts[k]!, progress: progress.parts[k]!, spilled: null };
    const no = ownerNo ?? relistingOf!;
    const fy2012 = scheduleCell(fy12.parts[k]!, null, read('fy2012', no));
    const progressEntries = read('progress', no)(fixed.progress);
    const nameEntries = read('name', no)(name);
    if (nameEntries.length !== 1)
      src.fail(row.line.no, `a sub-item name that reads as one phrase`, `${nameEntries.length} entries in "${name}"`);
    const decision = subitemStatus(progressEntries, asOf);
    return {
      id: ownerNo === null ? subitemId(relistingOf!, name).replace('-', '-r-') : subitemId(ownerNo, name),
      name,
      nameReading: nameEntries[0]!,
      line: row.line.no,
      bullet: row.bullet,
      fy2012,
      fy2013: scheduleCell(fixed.fy2013, fy2012, read('fy2013', no)),
      progress: fixed.progress,
      progressEntries,
      progressShared: !progress.divided,
      progressDividedByWording: progress.byWording,
      spilled: fixed.spilled,
      status: decision.status,
      statusRule: decision.rule,
      statusEvidence: decision.evidence,
      statusQuotes: decision.quotes,
      relistingOf,
      relistedSubitemId: null,
    };
  });
}
