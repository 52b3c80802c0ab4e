/**
 * Part 1 of the action plan (1. 重点事項): an introduction, then each priority in a strict sequence — lead,
 * 本市を取り巻く状況, これまでのアクション, then its year's main actions: <sub-headings>, each over projects printed as
 * title / description / budget / (previous year's budget).
 */
import { looksGarbled, parseAmount } from '../lib/source.ts';
import type { Line, Source } from '../lib/source.ts';
import type { Priority, SectionKey, SourceText } from '../../src/schemas/action-plan.ts';
import { parseBudgetLine } from './blocks.ts';
import { Cursor, at, bullets } from './cursor.ts';
import { fy } from './model.ts';
import type { Placed, Year } from './model.ts';

/** A priority's sub-heading (<…>) with the listings under it. */
interface PriorityGroup {
  title: string;
  line: number;
  listings: Placed[];
}

/** A priority as read, before its projects are known by ID and totalled. */
export type PriorityDraft = Omit<
  Priority,
  'projectIds' | 'groups' | 'totalThousandYen' | 'previousTotalThousandYen'
> & {
  groups: PriorityGroup[];
};

/** Reads lines `from`..`to`: the paragraphs introducing the priorities, then every priority with its listings. */
export function parsePriorities(src: Source, from: number, to: number, year: Year) {
  const headings: Line[] = [];
  for (let no = from; no <= to; no++) if (/^重点事項\d+\s+\S/.test(src.line(no).text)) headings.push(src.line(no));
  // The number of priorities is the document's: headings 重点事項1, 2, … in order (checked below), at least one.
  if (!headings.length) src.fail(from, 'priority headings (重点事項1 …)', 'none');

  const introCursor = new Cursor(src, from, headings[0]!.no - 1);
  const intro: SourceText[] = [];
  for (let line = introCursor.peek(); line && !/^重点事項\d+$/.test(line.text); line = introCursor.peek())
    intro.push(at(introCursor.next('')));
  if (!intro.length) src.fail(from, 'paragraphs introducing the priorities', src.quote(from));

  const priorities = headings.map((heading, h) =>
    readPriority(src, heading, h + 1, headings[h + 1] ? headings[h + 1]!.no - 1 : to, year),
  );
  const placed = priorities.flatMap((p) => p.groups.flatMap((g) => g.listings));
  return { intro, priorities, placed };
}

/** Reads the priority headed at `heading` (expected to be number `expected`) up to line `end`. */
function readPriority(src: Source, heading: Line, expected: number, end: number, year: Year): PriorityDraft {
  const [, num, title] = /^重点事項(\d+)\s+(.+)$/.exec(heading.text)!;
  const number = Number(num);
  if (number !== expected) src.fail(heading.no, `重点事項${expected}`, src.quote(heading.no));
  const section = `priority-${number}` as SectionKey;
  const c = new Cursor(src, heading.no + 1, end);
  const lead = at(c.next('the lead paragraph of the priority'));
  c.expect(/^本市を取り巻く状況$/, 'the heading 本市を取り巻く状況');
  const situation = bullets(c, '本市を取り巻く状況');
  c.expect(/^これまでのアクション$/, 'the heading これまでのアクション');
  const pastActions = bullets(c, 'これまでのアクション');
  c.expect(new RegExp(`^令和${year.reiwa}年度の主なアクション$`), `the heading 令和${year.reiwa}年度の主なアクション`);
  const groups = readGroups(src, c, section, year);
  if (!groups.length)
    src.fail(end, `projects under 令和${year.reiwa}年度の主なアクション of 重点事項${number}`, 'none');
  const last = groups.at(-1)!;
  if (!last.listings.length) src.fail(last.line, `projects under the sub-heading <${last.title}>`, 'none');
  return {
    id: section as Priority['id'],
    number,
    title: title!,
    titleLine: heading.no,
    lead,
    situation,
    pastActions,
    groups,
  };
}

/** Reads the sub-headings (<…>) and the projects under each, to the end of the priority; none may be empty. */
function readGroups(src: Source, c: Cursor, section: SectionKey, year: Year): PriorityGroup[] {
  const groups: PriorityGroup[] = [];
  for (let line = c.peek(); line; line = c.peek()) {
    const groupMatch = /^<(.+)>$/.exec(line.text);
    if (groupMatch) {
      const open = groups.at(-1);
      if (open && !open.listings.length)
        src.fail(
          open.line,
          `projects under the sub-heading <${open.title}>`,
          `the next sub-heading at line ${line.no}`,
        );
      c.next('');
      groups.push({ title: groupMatch[1]!, line: line.no, listings: [] });
      continue;
    }
    const group = groups.at(-1) ?? src.fail(line.no, 'a sub-heading <…> before the first project', src.quote(line.no));
    group.listings.push(readListing(src, c, section, group.title, year));
  }
  return groups;
}

/** Reads one project: title, description, the year's budget and the previous year's in parentheses. */
function readListing(src: Source, c: Cursor, section: SectionKey, group: string, year: Year): Placed {
  const titleLine = c.next('a project title');
  if (looksGarbled(titleLine.text))
    src.fail(titleLine.no, 'a project title in Japanese', `"${titleLine.text}" (garbled text)`);
  const description = c.next(`the description of "${titleLine.text}"`);
  const budgetLine = c.next(`the ${fy(year)} budget of "${titleLine.text}" (e.g. 24,300千円)`);
  if (!/千円$/.test(budgetLine.text)) {
    src.fail(
      budgetLine.no,
      `the ${fy(year)} budget of "${titleLine.text}" (line ${titleLine.no}), e.g. 24,300千円`,
      src.quote(budgetLine.no),
    );
  }
  const thousandYen = parseBudgetLine(src, budgetLine);
  const prev = c.next(`the ${fy(year, -1)} budget in parentheses under line ${budgetLine.no}`);
  return {
    section,
    group,
    listing: {
      layout: 'title-description-budget',
      title: titleLine,
      description,
      budget: { thousandYen, line: budgetLine.no },
      notes: [],
      indicators: [],
      footnotes: [],
      firstBlock: 0,
      lastBlock: 0,
    },
    previousBudget: { thousandYen: previousBudget(src, prev, titleLine, year), text: prev.text, line: prev.no },
  };
}

/** The previous year's budget in parentheses: (17,400千円), or (-) and its variants for none. */
function previousBudget(src: Source, prev: Line, titleLine: Line, year: Year): number | null {
  const prevMatch = /^\((.+)\)$/.exec(prev.text);
  if (prevMatch && /^[一\-－ー―]$/.test(prevMatch[1]!)) return null;
  if (prevMatch && /^[\d,]+千円$/.test(prevMatch[1]!))
    return (
      parseAmount(prevMatch[1]!.replace('千円', '')) ??
      src.fail(prev.no, `a ${fy(year, -1)} budget such as (17,400千円)`, src.quote(prev.no))
    );
  return src.fail(
    prev.no,
    `the ${fy(year, -1)} budget of "${titleLine.text}" in parentheses, e.g. (17,400千円) or (一)`,
    src.quote(prev.no),
  );
}
