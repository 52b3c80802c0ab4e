/**
 * The layout rules for the project listings of the FY2024 document's vision and ward pages.
 *
 * The PDF conversion keeps a project as a run of blocks (consecutive non-blank lines) in one of three layouts:
 *   A  title / description / [☑ indicator] [※ footnote] / budget [(note)]
 *   B  title / budget [(note)] / description
 *   C  `title 1,234千円 [(note)]` / description
 * Image labels, captions and tables stand between the projects. A project is anchored on its budget: every
 * budget block (or title-with-budget line) claims its title and description by the rules below, and whatever
 * looks like a project description but was claimed by no budget fails the parse: that is a deleted or damaged
 * budget line, never something to drop.
 */
import type { Block, Line, Source } from '../lib/source.ts';
import { looksGarbled, parseAmount } from '../lib/source.ts';
import type { BudgetNote, Indicator, SourceText } from '../../src/schemas/action-plan.ts';

export type BlockKind = 'budget' | 'inline' | 'indicator' | 'footnote' | 'table' | 'text';

/** A block with what it is. */
export interface Classified extends Block {
  readonly kind: BlockKind;
}

/** A project listing found by the layout rules, before listings are merged into projects. */
export interface Listing {
  layout: 'title-description-budget' | 'title-budget-description' | 'title-with-budget';
  title: Line;
  description: Line;
  budget: { thousandYen: number; line: number };
  notes: BudgetNote[];
  indicators: Indicator[];
  footnotes: SourceText[];
  /** Index of the first and last block the listing spans (for placing indicators, footnotes and ward labels). */
  firstBlock: number;
  lastBlock: number;
}

/** A table found between listings, with the caption printed above it. */
export interface RawTable {
  caption: Line;
  unit: string | null;
  lines: Line[];
}

/** What the layout rules made of a run of blocks. */
export interface ProjectArea {
  blocks: Classified[];
  listings: Listing[];
  tables: RawTable[];
  /** Indices of blocks no rule claimed: image labels, captions, page tags. */
  unclaimed: number[];
}

const BUDGET = /^([\d,]+)千円$/;
const LOOSE_BUDGET = /^[0-9０-９][0-9０-９,，]*\s*千円$/;
const INLINE = /^(.+?)\s+([\d,]+)千円(?:\s*\(([^()]+)\))?$/;
const NOTE = /^\(([^()]+)\)$/;
const UNIT = /^\(単位[:：](.+)\)$/;

/**
 * Remarks that may follow a budget, and what each means. The year is read from the remark itself (R5 = 令和5年度 =
 * FY2023), so the same rules read every year's plan; the parser then checks the year against the plan's own.
 */
const NOTE_KINDS: ReadonlyArray<[RegExp, (fiscalYear: number) => BudgetNote['kind']]> = [
  [/^全額R(\d+)\.2補計上$/, (y) => `fy${y}-feb-supplementary-full`],
  [/^一部R(\d+)\.2補計上$/, (y) => `fy${y}-feb-supplementary-partial`],
  [/^R(\d+)補正含む$/, (y) => `includes-fy${y}-supplementary`],
];

/** Reads a budget remark such as `全額R5.2補計上`; fails on any remark it does not know. */
export function parseNote(src: Source, text: string, line: number): BudgetNote {
  for (const [pattern, kind] of NOTE_KINDS) {
    const m = pattern.exec(text);
    if (m) return { kind: kind(2018 + Number(m[1])), text, line };
  }
  return src.fail(line, 'a known budget remark (全額RN.2補計上, 一部RN.2補計上 or RN補正含む)', `"(${text})"`);
}

/** The fiscal year (西暦) a remark's kind names, e.g. 2023 for `fy2023-feb-supplementary-full`. */
export const noteFiscalYear = (kind: BudgetNote['kind']): number => Number(/fy(\d{4})/.exec(kind)![1]);

/** Reads a budget figure line; fails with a precise message on full-width digits or malformed separators. */
export function parseBudgetLine(src: Source, line: Line): number {
  const match = BUDGET.exec(line.text);
  const amount = match?.[1] === undefined ? undefined : parseAmount(match[1]);
  if (amount === undefined) {
    return src.fail(line.no, 'a budget figure in half-width digits, e.g. 12,300千円', `"${line.text}"`);
  }
  return amount;
}

/** A description reads as a sentence; a title does not. */
export function isSentence(text: string): boolean {
  return text.includes('。') || /ます$/.test(text);
}

function classify(block: Block): BlockKind {
  const first = block.lines[0]!.text;
  if (block.lines.some((l) => l.raw.includes('\t'))) return 'table';
  if (LOOSE_BUDGET.test(first)) return 'budget';
  if (/^(?:-\s*)?☑/.test(first)) return 'indicator';
  if (first.startsWith('※')) return 'footnote';
  if (block.lines.length === 1 && INLINE.test(first)) return 'inline';
  return 'text';
}

/** Splits lines `from`..`to` into classified blocks; lines for which `skip` is true count as blank. */
export function classifyBlocks(src: Source, from: number, to: number, skip: (line: Line) => boolean): Classified[] {
  const blocks: Classified[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, kind: classify({ lines: current }) });
    current = [];
  };
  for (let no = from; no <= to; no++) {
    const line = src.line(no);
    if (line.text === '' || skip(line)) {
      flush();
      continue;
    }
    // A ※ footnote or ☑ indicator printed right under a description starts a block of its own; a footnote is one line.
    const prev = current.at(-1);
    if (prev && (/^(?:-\s*)?[☑※]/.test(line.text) || prev.text.startsWith('※'))) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

function single(blocks: readonly Classified[], i: number, used: ReadonlySet<number>): Line | undefined {
  const block = blocks[i];
  if (!block || used.has(i) || block.kind !== 'text' || block.lines.length !== 1) return undefined;
  return block.lines[0];
}

function budgetBlock(src: Source, block: Classified): { thousandYen: number; line: number; notes: BudgetNote[] } {
  const [first, ...rest] = block.lines;
  const thousandYen = parseBudgetLine(src, first!);
  const notes = rest.map((line) => {
    const note = NOTE.exec(line.text);
    if (!note)
      return src.fail(
        line.no,
        'a parenthesised budget remark such as (全額R5.2補計上) under the budget',
        `"${line.text}"`,
      );
    return parseNote(src, note[1]!, line.no);
  });
  return { thousandYen, line: first!.no, notes };
}

function checkTitle(src: Source, line: Line): void {
  if (looksGarbled(line.text)) src.fail(line.no, 'a project title in Japanese', `"${line.text}" (garbled text)`);
  if (isSentence(line.text))
    src.fail(line.no, 'a project title (a heading, not a sentence) before its description', src.quote(line.no));
}

/** The blocks of one project area, with the indices the rules have claimed so far. */
interface AreaBlocks {
  blocks: Classified[];
  used: Set<number>;
}

/**
 * Applies the layout rules to the blocks of one vision's or the wards' project pages: listings anchored on their
 * budgets first, then the check that no description is left without a budget, then the indicators, footnotes and
 * tables between them; what no rule claims is left for captions and labels.
 */
export function readProjectArea(src: Source, blocks: Classified[]): ProjectArea {
  const area: AreaBlocks = { blocks, used: new Set<number>() };
  const listings = claimListings(src, area);
  checkUnclaimedDescriptions(src, area);
  attachIndicators(src, area, listings);
  attachFootnotes(area, listings);
  const tables = readTables(src, area);
  const unclaimed = blocks.map((_, i) => i).filter((i) => !area.used.has(i));
  return { blocks, listings, tables, unclaimed };
}

/** Every listing, in block order: each title-with-budget line and each budget block claims its title and description. */
function claimListings(src: Source, area: AreaBlocks): Listing[] {
  const listings: Listing[] = [];
  area.blocks.forEach((block, b) => {
    if (block.kind === 'inline') listings.push(inlineListing(src, area, b));
    else if (block.kind === 'budget') listings.push(budgetListing(src, area, b));
  });
  return listings;
}

/** Layout C: `title 1,234千円 [(note)]` on one line, its description on the next. */
function inlineListing(src: Source, { blocks, used }: AreaBlocks, b: number): Listing {
  const line = blocks[b]!.lines[0]!;
  const [, title, amount, note] = INLINE.exec(line.text)!;
  const description = single(blocks, b + 1, used);
  if (!description) {
    const next = blocks[b + 1]?.lines[0]?.no ?? line.no;
    src.fail(next, `the description of "${title}" (line ${line.no}) on the line after it`, src.quote(next));
  }
  const titleLine: Line = { no: line.no, raw: line.raw, text: title! };
  checkTitle(src, titleLine);
  used.add(b).add(b + 1);
  return {
    layout: 'title-with-budget',
    title: titleLine,
    description,
    budget: {
      thousandYen: parseAmount(amount!) ?? src.fail(line.no, 'a budget figure such as 12,300千円', `"${amount}"`),
      line: line.no,
    },
    notes: note === undefined ? [] : [parseNote(src, note, line.no)],
    indicators: [],
    footnotes: [],
    firstBlock: b,
    lastBlock: b + 1,
  };
}

/** Layout B (title / budget / description) where it fits, else layout A (title / description / … / budget). */
function budgetListing(src: Source, area: AreaBlocks, b: number): Listing {
  const { blocks, used } = area;
  const budget = budgetBlock(src, blocks[b]!);
  // Skip the ☑ indicators and ※ footnotes that layout A prints between description and budget.
  let p = b - 1;
  while (p >= 0 && !used.has(p) && (blocks[p]!.kind === 'indicator' || blocks[p]!.kind === 'footnote')) p--;
  const before = single(blocks, p, used);
  const after = single(blocks, b + 1, used);
  if (before && p === b - 1 && !isSentence(before.text) && after && isSentence(after.text)) {
    checkTitle(src, before);
    used
      .add(p)
      .add(b)
      .add(b + 1);
    return {
      layout: 'title-budget-description',
      title: before,
      description: after,
      budget: { thousandYen: budget.thousandYen, line: budget.line },
      notes: budget.notes,
      indicators: [],
      footnotes: [],
      firstBlock: p,
      lastBlock: b + 1,
    };
  }
  return layoutAListing(src, area, b, p, budget, before);
}

/** Layout A: the description (a sentence) in block `p` before the budget in block `b`, the title in the block before. */
function layoutAListing(
  src: Source,
  { blocks, used }: AreaBlocks,
  b: number,
  p: number,
  budget: ReturnType<typeof budgetBlock>,
  before: Line | undefined,
): Listing {
  if (!before) {
    const at = blocks[p]?.lines.at(-1)?.no ?? budget.line;
    src.fail(budget.line, 'a project title and description before this budget', `${src.quote(at)} at line ${at}`);
  }
  if (!isSentence(before.text)) {
    // Layout A has a sentence (…します。) before the budget; a heading there means the description is missing.
    src.fail(
      before.no,
      `the description (a sentence) of the project before the budget at line ${budget.line}`,
      src.quote(before.no),
    );
  }
  const title = single(blocks, p - 1, used);
  if (!title) {
    const at = blocks[p - 1]?.lines.at(-1)?.no ?? before.no;
    src.fail(
      before.no,
      `a project title line before the description at line ${before.no}`,
      `${src.quote(at)} at line ${at}`,
    );
  }
  checkTitle(src, title);
  used
    .add(p - 1)
    .add(p)
    .add(b);
  return {
    layout: 'title-description-budget',
    title,
    description: before,
    budget: { thousandYen: budget.thousandYen, line: budget.line },
    notes: budget.notes,
    indicators: [],
    footnotes: [],
    firstBlock: p - 1,
    lastBlock: b,
  };
}

/** Whatever reads like a project description but no budget claimed means a budget line is missing or damaged. */
function checkUnclaimedDescriptions(src: Source, { blocks, used }: AreaBlocks): void {
  blocks.forEach((_, i) => {
    const line = single(blocks, i, used);
    if (line && isSentence(line.text) && !/^例[)）]/.test(line.text)) {
      src.fail(
        line.no,
        'a budget figure (e.g. 1,000千円) for the project this description belongs to',
        `none before the next project (${src.quote(line.no)})`,
      );
    }
  });
}

/** A ☑ indicator belongs to the listing it stands in, or else the nearest listing before it. */
function attachIndicators(src: Source, { blocks, used }: AreaBlocks, listings: Listing[]): void {
  const owner = (i: number): Listing | undefined =>
    listings.find((l) => l.firstBlock < i && i < l.lastBlock) ?? listings.filter((l) => l.lastBlock < i).at(-1);
  blocks.forEach((block, i) => {
    if (block.kind !== 'indicator') return;
    const listing = owner(i);
    const first = block.lines[0]!;
    if (!listing)
      src.fail(first.no, 'a ☑ indicator after the project it belongs to', 'an indicator before any project');
    listing.indicators.push({
      label: first.text.replace(/^(?:-\s*)?☑\s*/, ''),
      details: block.lines.slice(1).map((l) => l.text.replace(/^-\s*/, '')),
      line: first.no,
    });
    used.add(i);
  });
}

/** A ※ footnote explains a ※ mark in the nearest project before it; one with no mark to explain is an image note. */
function attachFootnotes({ blocks, used }: AreaBlocks, listings: Listing[]): void {
  const markers = (l: Listing) =>
    [l.title.text, l.description.text, ...l.indicators.flatMap((x) => [x.label, ...x.details])].join('').split('※')
      .length - 1;
  blocks.forEach((block, i) => {
    if (block.kind !== 'footnote') return;
    const listing = listings.filter((l) => l.firstBlock < i).at(-1);
    if (!listing || listing.footnotes.length >= markers(listing)) return;
    listing.footnotes.push({ text: block.lines.map((l) => l.text).join(''), line: block.lines[0]!.no });
    used.add(i);
  });
}

/** Each table with its caption: the text block above it, past a (単位: …) line and footnotes. */
function readTables(src: Source, { blocks, used }: AreaBlocks): RawTable[] {
  const tables: RawTable[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') return;
    let c = i - 1;
    let unit: string | null = null;
    while (c >= 0 && !used.has(c)) {
      const text = blocks[c]!.lines.at(-1)!.text;
      const isUnit = UNIT.exec(text);
      if (isUnit) {
        unit = isUnit[1]!;
        used.add(c);
      } else if (blocks[c]!.kind !== 'footnote') break;
      c--;
    }
    const caption = c >= 0 && !used.has(c) && blocks[c]!.kind === 'text' ? blocks[c]!.lines.at(-1) : undefined;
    const at = block.lines[0]!.no;
    if (!caption) src.fail(at, 'a caption line above the table', src.quote(at - 1));
    tables.push({ caption, unit, lines: [...block.lines] });
    used.add(i).add(c);
  });
  return tables;
}

/** Cleans a table cell: markup removed, ✓ list items on lines of their own. */
export function cleanCell(cell: string): string {
  const text = cell
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text.includes('✓')) return text;
  return text
    .split('✓')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');
}
