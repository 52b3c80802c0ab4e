/**
 * Parser for the yearly action plan (熊本市第8次総合計画 令和N年度アクションプラン): text in, validated dataset out.
 * One parser for every year: the plan's year, its number of priorities and visions and the years named in budget
 * remarks are read from the document and checked against the registry entry (content/plans.json) and the table of
 * contents, never assumed.
 *
 * The document is read in fixed parts, each found by its heading: front matter, 1. 重点事項 (priorities),
 * 2. 各ビジョンにおける主な取組 (visions), 区における自主自立のまちづくり (wards) and the contact block. Priorities follow
 * a strict sequence; vision and ward pages go through the layout rules in `blocks.ts`. Listings are then merged
 * into projects, every 千円 figure is reconciled, and the result is validated with the shared zod schemas.
 * Anything not understood throws a ParseError naming the line.
 */
import { createHash } from 'node:crypto';
import { Source, ParseError, normalizeTitle, parseAmount, looksGarbled, similarity } from '../lib/source.ts';
import type { Line } from '../lib/source.ts';
import { classifyBlocks, cleanCell, noteFiscalYear, parseBudgetLine, readProjectArea } from './blocks.ts';
import type { Listing, ProjectArea, RawTable } from './blocks.ts';
import { ActionPlanDataset } from '../../src/schemas/action-plan.ts';
import type { PlanEntry } from '../../src/schemas/plans.ts';
import { budgetNoteLabel, quoted } from '../../src/lib/format/strings.ts';
import { AS_PRINTED_RESOLUTION, asPrintedMessage, findAsPrinted } from '../lib/as-printed.ts';
import type {
  Appearance,
  Figure,
  ActionPlanCurated,
  Plan,
  Priority,
  Project,
  QualityNote,
  SectionKey,
  SourceText,
  Table,
  Vision,
  Ward,
} from '../../src/schemas/action-plan.ts';

/** A listing with where it stands. */
interface Placed {
  section: SectionKey;
  group: string | null;
  listing: Listing;
  previousBudget: Appearance['previousBudget'];
}

const WARDS = [
  { id: 'chuo', name: '中央区' },
  { id: 'higashi', name: '東区' },
  { id: 'nishi', name: '西区' },
  { id: 'minami', name: '南区' },
  { id: 'kita', name: '北区' },
  { id: 'common', name: '5区共通' },
] as const;

const at = (line: Line): SourceText => ({ text: line.text, line: line.no });

/** The curated decisions with the file they come from, for error messages. */
type Curated = ActionPlanCurated & { file: string };

/** The years a plan's messages and headings name: its fiscal year (西暦, 令和) and the previous one. */
interface Year {
  gregorian: number;
  reiwa: number;
}
const fy = (y: Year, offset = 0): string => `FY${y.gregorian + offset}`;

/** Stable project ID: first 8 hex digits of SHA-256 over the normalised title. */
export function projectId(title: string): string {
  return createHash('sha256').update(normalizeTitle(title)).digest('hex').slice(0, 8);
}

/** Reads lines one non-blank line at a time within a range, failing with what was expected. */
class Cursor {
  private no: number;
  private readonly src: Source;
  private readonly end: number;

  constructor(src: Source, from: number, end: number) {
    this.src = src;
    this.no = from;
    this.end = end;
  }

  /** The next non-blank line without consuming it. */
  peek(): Line | undefined {
    for (let no = this.no; no <= this.end; no++) if (this.src.line(no).text !== '') return this.src.line(no);
    return undefined;
  }

  /** Consumes the next non-blank line; fails with `expected` at the end of the range. */
  next(expected: string): Line {
    const line = this.peek();
    if (!line)
      return this.src.fail(
        Math.min(this.end + 1, this.src.lines.length),
        expected,
        `the end of the section (line ${this.end})`,
      );
    this.no = line.no + 1;
    return line;
  }

  /** Consumes the next non-blank line and checks it with `test`. */
  expect(test: RegExp, expected: string): RegExpExecArray {
    const line = this.next(expected);
    const match = test.exec(line.text);
    if (!match) return this.src.fail(line.no, expected, this.src.quote(line.no));
    return match;
  }

  /** Consumes the following lines as long as they match `test`. */
  while(test: RegExp): Array<{ line: Line; match: RegExpExecArray }> {
    const out: Array<{ line: Line; match: RegExpExecArray }> = [];
    for (let line = this.peek(); line; line = this.peek()) {
      const match = test.exec(line.text);
      if (!match) break;
      out.push({ line, match });
      this.no = line.no + 1;
    }
    return out;
  }
}

/** Finds the line whose trimmed text matches `test`, after `from`; fails naming what it looked for. */
function require(
  src: Source,
  test: (text: string) => boolean,
  from: number,
  what: string,
  to = src.lines.length,
): Line {
  return (
    src.find(test, from, to) ??
    src.fail(Math.min(to, src.lines.length), `${what} (after line ${from - 1})`, 'the end of the file')
  );
}

function parseFrontMatter(src: Source, entry: PlanEntry) {
  const titleLine = require(src, (t) =>
    /^熊本市第\d+次総合計画\s*令和\d+年度アクションプラン(\(案\))?$/.test(
      t,
    ), 1, `the plan title 熊本市第8次総合計画 令和${entry.fiscalYear.eraYear}年度アクションプラン`);
  const [, reiwa, draft] = /令和(\d+)年度アクションプラン(\(案\))?/.exec(titleLine.text)!;
  const dateLine = require(src, (t) => /^令和\d+年\(\d{4}年\)\d{1,2}月$/.test(t), titleLine.no +
    1, 'the publication date 令和N年(YYYY年)M月');
  const [, , year, month] = /^令和(\d+)年\((\d{4})年\)(\d{1,2})月$/.exec(dateLine.text)!;
  let sloganNo = dateLine.no - 1;
  while (sloganNo > titleLine.no && src.line(sloganNo).text === '') sloganNo--;

  const aboutHead = require(src, (t) => t === 'アクションプランについて', dateLine.no +
    1, 'the heading アクションプランについて');
  const cursor = new Cursor(src, aboutHead.no + 1, src.lines.length);
  const about = cursor.while(/^- ✓\s*(.+)$/).map(({ line, match }) => ({ text: match[1]!, line: line.no }));
  if (!about.length) cursor.expect(/^- ✓/, 'bullets (- ✓ …) under アクションプランについて');

  const pdcaHead = cursor.expect(/^(?!【).*マネジメント\(PDCA\)サイクル$/, 'the PDCA management-cycle heading');
  const pdcaHeadLine = src.find((t) => t === pdcaHead[0], aboutHead.no)!;
  const points = cursor.while(/^\d+\.\s*(.+)$/).map(({ line, match }) => ({ text: match[1]!, line: line.no }));
  if (!points.length) cursor.expect(/^\d+\./, 'numbered points (1. …) under the PDCA heading');
  cursor.expect(/^【.*マネジメント\(PDCA\)サイクル】$/, 'the caption 【年間のマネジメント(PDCA)サイクル】');
  const cycle = cursor.next('the paragraph under the PDCA cycle caption');

  const contextHead = cursor.expect(/^本市を取り巻く状況$/, 'the heading 本市を取り巻く状況');
  void contextHead;
  const context: SourceText[] = [];
  for (let line = cursor.peek(); line && line.text !== '目次'; line = cursor.peek())
    context.push(at(cursor.next('a paragraph')));
  if (!context.length) cursor.expect(/^(?!目次$)/, 'paragraphs under 本市を取り巻く状況');
  const tocHead = cursor.expect(/^目次$/, 'the table of contents (目次)');
  void tocHead;
  const toc = cursor.while(/^(.+)\t(\d+)$/);
  return {
    titleLine,
    reiwa: Number(reiwa),
    draft: draft !== undefined,
    dateLine,
    published: { year: Number(year), month: Number(month) },
    slogan: src.line(sloganNo),
    about,
    pdca: { heading: at(pdcaHeadLine), points, cycle: at(cycle) },
    context,
    toc,
    tocEnd:
      toc.at(-1)?.line.no ??
      src.fail(cursor.peek()?.no ?? src.lines.length, 'table of contents lines (title<TAB>page)', 'none'),
  };
}

function tocVisions(src: Source, toc: ReturnType<typeof parseFrontMatter>['toc']) {
  const visions = toc
    .map(({ line, match }) => ({ line, m: /^ビジョン(\d+)[:：]\s*(.+)$/.exec(match[1]!), page: Number(match[2]) }))
    .filter((v) => v.m)
    .map((v) => ({ number: Number(v.m![1]), title: v.m![2]!.trim(), line: v.line.no, page: v.page }));
  visions.forEach((v, i) => {
    if (v.number !== i + 1) src.fail(v.line, `ビジョン${i + 1} in the table of contents`, src.quote(v.line));
  });
  // How many visions the plan has is the table of contents' to say; the body is checked against it.
  if (!visions.length) src.fail(toc.at(-1)?.line.no ?? 1, 'visions (ビジョン1: …) in the table of contents', 'none');
  return visions;
}

function parsePriorities(src: Source, from: number, to: number, year: Year) {
  const headings: Line[] = [];
  for (let no = from; no <= to; no++) if (/^重点事項\d+\s+\S/.test(src.line(no).text)) headings.push(src.line(no));
  // The number of priorities is the document's: headings 重点事項1, 2, … in order (checked below), at least one.
  if (!headings.length) src.fail(from, 'priority headings (重点事項1 …)', 'none');

  const introCursor = new Cursor(src, from, headings[0]!.no - 1);
  const intro: SourceText[] = [];
  for (let line = introCursor.peek(); line && !/^重点事項\d+$/.test(line.text); line = introCursor.peek())
    intro.push(at(introCursor.next('')));
  if (!intro.length) src.fail(from, 'paragraphs introducing the priorities', src.quote(from));

  const priorities: Array<
    Omit<Priority, 'projectIds' | 'groups' | 'totalThousandYen' | 'previousTotalThousandYen'> & {
      groups: Array<{ title: string; line: number; listings: Placed[] }>;
    }
  > = [];
  const placed: Placed[] = [];
  headings.forEach((heading, h) => {
    const [, num, title] = /^重点事項(\d+)\s+(.+)$/.exec(heading.text)!;
    const number = Number(num);
    if (number !== h + 1) src.fail(heading.no, `重点事項${h + 1}`, src.quote(heading.no));
    const section = `priority-${number}` as SectionKey;
    const end = headings[h + 1] ? headings[h + 1]!.no - 1 : to;
    const c = new Cursor(src, heading.no + 1, end);
    const lead = at(c.next('the lead paragraph of the priority'));
    c.expect(/^本市を取り巻く状況$/, 'the heading 本市を取り巻く状況');
    const situation = c.while(/^- ✓\s*(.+)$/).map(({ line, match }) => ({ text: match[1]!, line: line.no }));
    if (!situation.length) c.expect(/^- ✓/, 'bullets (- ✓ …) under 本市を取り巻く状況');
    c.expect(/^これまでのアクション$/, 'the heading これまでのアクション');
    const pastActions = c.while(/^- ✓\s*(.+)$/).map(({ line, match }) => ({ text: match[1]!, line: line.no }));
    if (!pastActions.length) c.expect(/^- ✓/, 'bullets (- ✓ …) under これまでのアクション');
    c.expect(
      new RegExp(`^令和${year.reiwa}年度の主なアクション$`),
      `the heading 令和${year.reiwa}年度の主なアクション`,
    );

    const groups: Array<{ title: string; line: number; listings: Placed[] }> = [];
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
      const group =
        groups.at(-1) ?? src.fail(line.no, 'a sub-heading <…> before the first project', src.quote(line.no));
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
      const prevMatch = /^\((.+)\)$/.exec(prev.text);
      let previous: number | null;
      if (prevMatch && /^[一\-－ー―]$/.test(prevMatch[1]!)) previous = null;
      else if (prevMatch && /^[\d,]+千円$/.test(prevMatch[1]!))
        previous =
          parseAmount(prevMatch[1]!.replace('千円', '')) ??
          src.fail(prev.no, `a ${fy(year, -1)} budget such as (17,400千円)`, src.quote(prev.no));
      else
        previous = src.fail(
          prev.no,
          `the ${fy(year, -1)} budget of "${titleLine.text}" in parentheses, e.g. (17,400千円) or (一)`,
          src.quote(prev.no),
        );
      const p: Placed = {
        section,
        group: group.title,
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
        previousBudget: { thousandYen: previous, text: prev.text, line: prev.no },
      };
      group.listings.push(p);
      placed.push(p);
    }
    if (!groups.length)
      src.fail(end, `projects under 令和${year.reiwa}年度の主なアクション of 重点事項${number}`, 'none');
    const last = groups.at(-1)!;
    if (!last.listings.length) src.fail(last.line, `projects under the sub-heading <${last.title}>`, 'none');
    priorities.push({
      id: section as Priority['id'],
      number,
      title: title!,
      titleLine: heading.no,
      lead,
      situation,
      pastActions,
      groups,
    });
  });
  return { intro, priorities, placed };
}

function parseVisions(src: Source, from: number, to: number, toc: ReturnType<typeof tocVisions>, curated: Curated) {
  const introLine = new Cursor(src, from + 1, to).next('the paragraph introducing the visions');
  const viewpoints = require(src, (t) =>
    /^(「[^」]+」){3}$/.test(t), from, 'the three cross-cutting viewpoints 「…」「…」「…」', to);
  const viewpointIntro = require(src, (t) =>
    t.includes('横断的な視点'), from, 'the sentence introducing the cross-cutting viewpoints', to);

  const aimHeads: Line[] = [];
  for (let no = from; no <= to; no++)
    if (/^◆\s*ビジョン\d+がめざす姿と取組の方向性$/.test(src.line(no).text)) aimHeads.push(src.line(no));
  if (aimHeads.length > toc.length) {
    const extra = aimHeads[toc.length]!;
    src.fail(extra.no, `${toc.length} visions, as in the table of contents`, src.quote(extra.no));
  }
  toc.forEach((v, i) => {
    const head = aimHeads[i];
    const n = head ? Number(/ビジョン(\d+)/.exec(head.text)![1]) : undefined;
    if (n !== v.number) {
      src.fail(
        head?.no ?? to,
        `the heading ◆ ビジョン${v.number}がめざす姿と取組の方向性`,
        head ? src.quote(head.no) : `the end of the vision part (line ${to})`,
      );
    }
  });

  const isPageHeader = (line: Line): boolean => {
    const m = /^ビジョン(\d+)\s+(.+)$/.exec(line.text);
    if (!m) return false;
    const v = toc[Number(m[1]) - 1];
    if (!v || normalizeTitle(v.title) !== normalizeTitle(m[2]!)) {
      src.fail(
        line.no,
        `a page header "ビジョン${m[1]} ${v?.title ?? ''}" as in the table of contents`,
        src.quote(line.no),
      );
    }
    return true;
  };

  const visions: Array<Omit<Vision, 'projectIds' | 'totalThousandYen' | 'tableIds'>> = [];
  const areas: Array<{ number: number; area: ProjectArea }> = [];
  const placed: Placed[] = [];
  aimHeads.forEach((head, i) => {
    const v = toc[i]!;
    const end = aimHeads[i + 1] ? aimHeads[i + 1]!.no - 1 : to;
    const c = new Cursor(src, head.no + 1, end);
    const aims: SourceText[] = [];
    for (let line = c.peek(); line && !line.text.startsWith('◆'); line = c.peek()) aims.push(at(c.next('')));
    if (!aims.length) c.expect(/^(?!◆)/, `paragraphs under ◆ ビジョン${v.number}がめざす姿と取組の方向性`);
    c.expect(/^◆\s*ビジョンを実現するための施策$/, 'the heading ◆ ビジョンを実現するための施策');
    const measures = c.while(/^(\d)-(\d+)\s+([^\t]+)\t(.+)$/).map(({ line, match }) => {
      if (Number(match[1]) !== v.number)
        src.fail(line.no, `a measure of vision ${v.number} (${v.number}-N)`, src.quote(line.no));
      return { id: `${match[1]}-${match[2]}`, title: match[3]!.trim(), summary: match[4]!.trim(), line: line.no };
    });
    if (!measures.length) c.expect(/^\d-\d/, `measures (${v.number}-1 title<TAB>summary) of vision ${v.number}`);
    const relatedVisions: Vision['relatedVisions'] = [];
    const related = c.peek();
    let areaStart = measures.at(-1)!.line + 1;
    if (related?.text.startsWith('(関連するビジョン)')) {
      c.next('');
      areaStart = related.no + 1;
      for (const part of related.text.replace('(関連するビジョン)', '').split(/[／/]/)) {
        const m = /^ビジョン(\d+)\s*(.+)$/.exec(part.trim());
        if (!m) src.fail(related.no, 'related visions written as ビジョンN title, separated by ／', `"${part}"`);
        relatedVisions.push({ number: Number(m[1]), titleAsPrinted: m[2]!.trim(), line: related.no });
      }
    }
    const area = readProjectArea(src, classifyBlocks(src, areaStart, end, isPageHeader));
    if (!area.listings.length) src.fail(end, `projects in the pages of vision ${v.number}`, 'none');
    const section = `vision-${v.number}` as SectionKey;
    for (const listing of area.listings) placed.push({ section, group: null, listing, previousBudget: null });
    areas.push({ number: v.number, area });
    visions.push({
      id: `vision-${v.number}`,
      number: v.number,
      title: v.title,
      titleLine: v.line,
      tocPage: v.page,
      aims,
      measures,
      relatedVisions,
    });
  });
  void curated;
  return {
    intro: at(introLine),
    crossCutting: {
      intro: at(viewpointIntro),
      items: [...viewpoints.text.matchAll(/「([^」]+)」/g)].map((m) => m[1]!),
      line: viewpoints.no,
    },
    visions,
    areas,
    placed,
  };
}

function parseWards(src: Source, from: number, to: number) {
  const aimHead = require(src, (t) => /^●\s*めざすまちづくり$/.test(t), from, 'the heading ● めざすまちづくり', to);
  const aimLine = new Cursor(src, aimHead.no + 1, to).next('the paragraph under ● めざすまちづくり');
  const aim = { text: aimLine.text.replace(/^-\s*/, ''), line: aimLine.no };
  const policyLine = require(src, (t) =>
    t.includes('まちづくり支援の方針') && t.includes('<table'), from, 'the table of まちづくり支援の方針', to);
  const tableHtml = /<table[\s\S]*?<\/table>/.exec(policyLine.text)![0];
  const policies = [...tableHtml.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => cleanCell(m[1]!));
  if (policies.length !== 4) src.fail(policyLine.no, 'four まちづくり支援の方針 cells', `${policies.length}`);

  // The ward boxes: <h3>slogan</h3> <ul …>● vision, somewhere in the HTML fragments before the project pages.
  const secondHead = require(src, (t) => t === '区における自主自立のまちづくり', policyLine.no +
    1, 'the heading of the ward project pages 区における自主自立のまちづくり', to);
  const boxes = new Map<string, { slogan: SourceText; vision: SourceText }>();
  for (let no = policyLine.no; no < secondHead.no; no++) {
    for (const m of src.line(no).text.matchAll(/<h3>([\s\S]*?)<\/h3>\s*<ul[^>]*>\s*●\s*([^\t<]+)/g)) {
      const slogan = m[1]!.trim();
      const names = WARDS.slice(0, 5).filter((w) => slogan.includes(w.name));
      if (names.length !== 1) src.fail(no, 'a ward box whose heading names one ward', `"${slogan}"`);
      if (boxes.has(names[0]!.id)) src.fail(no, `one box for ${names[0]!.name}`, 'a second one');
      boxes.set(names[0]!.id, { slogan: { text: slogan, line: no }, vision: { text: m[2]!.trim(), line: no } });
    }
  }
  for (const w of WARDS.slice(0, 5))
    if (!boxes.has(w.id)) src.fail(secondHead.no, `the box of ${w.name} (<h3>…</h3>)`, 'none');

  const frameLine = require(src, (t) => /^各区(\d+)百万円$/.test(t), secondHead.no, 'the budget frame 各区N百万円', to);
  const perWard = Number(/^各区(\d+)百万円$/.exec(frameLine.text)![1]) * 1000;
  const commonLine = new Cursor(src, frameLine.no + 1, to).expect(
    /^共通(\d+)百万円$/,
    'the common budget frame 共通N百万円',
  );
  const totalLine = new Cursor(src, frameLine.no + 2, to).expect(/^計(\d+)億円$/, 'the total frame 計N億円');
  const common = Number(commonLine[1]) * 1000;
  const total = Number(totalLine[1]) * 100000;
  if (perWard * 5 + common !== total)
    src.fail(frameLine.no, `a total frame equal to 5 × ${perWard} + ${common} 千円`, `${total} 千円`);

  const area = readProjectArea(
    src,
    classifyBlocks(src, secondHead.no + 1, to, () => false),
  );
  const names = new Set<string>(WARDS.map((w) => w.name));
  const labelBlocks = area.unclaimed.filter((i) => area.blocks[i]!.lines.every((l) => names.has(l.text)));
  if (!labelBlocks.length) src.fail(secondHead.no, 'ward labels (中央区, 東区 …) heading the ward projects', 'none');
  const wardOf = new Map<Listing, { id: string; labelLine: number }>();
  labelBlocks.forEach((b, k) => {
    const labels = area.blocks[b]!.lines;
    const next = labelBlocks[k + 1] ?? Infinity;
    const listings = area.listings.filter((l) => l.firstBlock > b && l.firstBlock < next);
    if (listings.length === 0 || listings.length % labels.length !== 0) {
      src.fail(
        labels[0]!.no,
        `an equal number of projects for each of the ${labels.length} ward labels here`,
        `${listings.length} projects`,
      );
    }
    const per = listings.length / labels.length;
    listings.forEach((l, j) => {
      const label = labels[Math.floor(j / per)]!;
      wardOf.set(l, { id: WARDS.find((w) => w.name === label.text)!.id, labelLine: label.no });
    });
  });
  const first = area.listings.find((l) => !wardOf.has(l));
  if (first) src.fail(first.title.no, 'a ward label (中央区, 東区 …) before this ward project', 'none');
  // Ward labels and the budget frame are read above; they are not captions.
  const read = new Set([
    ...labelBlocks.flatMap((b) => area.blocks[b]!.lines.map((l) => l.no)),
    frameLine.no - 1,
    frameLine.no,
    frameLine.no + 1,
    frameLine.no + 2,
  ]);
  const placed: Placed[] = area.listings.map((listing) => ({
    section: `ward-${wardOf.get(listing)!.id}` as SectionKey,
    group: null,
    listing,
    previousBudget: null,
  }));
  return {
    aim,
    policies,
    policiesLine: policyLine.no,
    frame: { perWardThousandYen: perWard, commonThousandYen: common, totalThousandYen: total, line: frameLine.no },
    boxes,
    wardOf,
    area,
    read,
    placed,
  };
}

function parseContact(src: Source, from: number) {
  const org = require(src, (t) =>
    t === '熊本市', from, 'the contact block that ends the document (熊本市 / department / TEL … FAX …)');
  const c = new Cursor(src, org.no + 1, src.lines.length);
  const department = c.next('the department under 熊本市 in the contact block');
  const [, tel, fax] = c.expect(/^TEL[:：]\s*([\d-]+)\s+FAX[:：]\s*([\d-]+)$/, 'TEL:… FAX:… in the contact block');
  const [, email] = c.expect(/^E-mail[:：]\s*(\S+@\S+)$/, 'E-mail:… in the contact block');
  return { organisation: org.text, department: department.text, tel: tel!, fax: fax!, email: email!, line: org.no };
}

/** Builds tables from the raw ones found in the project pages, attached as the curated file says. */
function buildTables(
  src: Source,
  raw: Array<{ vision: number; table: RawTable }>,
  curated: Curated,
  idOfTitle: (t: string) => string | undefined,
): Table[] {
  const seen = new Set<string>();
  const tables = raw.map(({ vision, table }) => {
    const entry = curated.tables.find((t) => t.caption === table.caption.text);
    if (!entry)
      src.fail(table.caption.no, `a table caption listed in ${curated.file} (tables)`, src.quote(table.caption.no));
    seen.add(entry.id);
    let attachedTo: Table['attachedTo'];
    if ('project' in entry.attachTo) {
      const id = idOfTitle(entry.attachTo.project);
      if (!id) src.fail(table.caption.no, `a project titled "${entry.attachTo.project}" for table ${entry.id}`, 'none');
      attachedTo = { kind: 'project', id };
    } else {
      if (entry.attachTo.vision !== vision)
        src.fail(
          table.caption.no,
          `table ${entry.id} in the pages of vision ${entry.attachTo.vision}`,
          `vision ${vision}`,
        );
      attachedTo = { kind: 'vision', id: `vision-${vision}` };
    }
    const [head, ...body] = table.lines;
    return {
      id: entry.id,
      title: entry.title,
      caption: { text: table.caption.text, line: table.caption.no },
      unit: table.unit,
      header: head!.raw.split('\t').map(cleanCell),
      rows: body.map((line) => ({ cells: line.raw.split('\t').map(cleanCell), line: line.no })),
      attachedTo,
    } satisfies Table;
  });
  for (const entry of curated.tables)
    if (!seen.has(entry.id))
      src.fail(
        src.lines.length,
        `the table "${entry.caption}" listed in ${curated.file}`,
        'no such table in the vision pages',
      );
  return tables;
}

function mergeListings(src: Source, placed: Placed[], curated: Curated) {
  // Curated aliases first: every title printed for a project maps to its canonical title.
  const canonicalOf = new Map<string, string>();
  const usedAliases = new Set<string>();
  for (const entry of curated.sameProject) {
    if (!entry.titles.includes(entry.canonicalTitle))
      throw new Error(`${curated.file}: canonicalTitle "${entry.canonicalTitle}" is not one of its titles`);
    for (const t of entry.titles) canonicalOf.set(normalizeTitle(t), entry.canonicalTitle);
  }
  const groups = new Map<string, Placed[]>();
  for (const p of [...placed].sort((a, b) => a.listing.title.no - b.listing.title.no)) {
    const norm = normalizeTitle(p.listing.title.text);
    const canonical = canonicalOf.get(norm);
    if (canonical !== undefined) usedAliases.add(norm);
    const key = normalizeTitle(canonical ?? p.listing.title.text);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [norm, canonical] of canonicalOf) {
    if (usedAliases.has(norm)) continue;
    // Point at a listing of the same project under another of its titles, if there is one.
    const sibling = placed.find((p) => canonicalOf.get(normalizeTitle(p.listing.title.text)) === canonical);
    src.fail(
      sibling?.listing.title.no ?? 1,
      `a listing titled "${norm}" as well (${curated.file}, sameProject)`,
      'none',
    );
  }

  const merged = [...groups.entries()].map(([key, list]) => {
    const first = list[0]!;
    for (const p of list) {
      if (p.section === first.section && p !== first)
        src.fail(
          p.listing.title.no,
          `a project listed once in ${p.section}`,
          `a second listing of "${p.listing.title.text}" (first at line ${first.listing.title.no})`,
        );
      if (p.listing.budget.thousandYen !== first.listing.budget.thousandYen) {
        src.fail(
          p.listing.budget.line,
          `the same budget as the listing of "${first.listing.title.text}" at line ${first.listing.budget.line} (${first.listing.budget.thousandYen}千円)`,
          `${p.listing.budget.thousandYen}千円`,
        );
      }
    }
    const curatedTitle = [...canonicalOf.entries()].find(([n]) => normalizeTitle(n) === key)?.[1];
    return { key, title: curatedTitle ?? first.listing.title.text, list };
  });

  // Two records with one budget and near-identical descriptions are almost surely one project printed two ways.
  for (let i = 0; i < merged.length; i++) {
    for (let j = i + 1; j < merged.length; j++) {
      const a = merged[i]!.list[0]!.listing;
      const b = merged[j]!.list[0]!.listing;
      if (a.budget.thousandYen === b.budget.thousandYen && similarity(a.description.text, b.description.text) >= 0.6) {
        src.fail(
          b.title.no,
          `the title "${a.title.text}" as at line ${a.title.no} (same budget and description, so the same project), or an entry in ${curated.file} (sameProject)`,
          `"${b.title.text}"`,
        );
      }
    }
  }
  return merged;
}

/**
 * Parses one year's action plan, the one `entry` registers (its `source` names the file in messages). Throws
 * ParseError (file:line) on anything it does not understand, and where the document's own year, date or draft
 * mark disagrees with the registry.
 */
export function parseActionPlan(
  entry: PlanEntry,
  text: string,
  curatedDecisions: ActionPlanCurated,
): ActionPlanDataset {
  const file = entry.source;
  const curated: Curated = { ...curatedDecisions, file: entry.curated };
  const src: Source = new Source(file, text);

  // Full-width digits in a money figure would otherwise slip past every pattern below.
  for (const line of src.lines) {
    for (const m of line.text.matchAll(/[0-9０-９][0-9０-９,，]*\s*千円/g)) {
      if (/[０-９，]/.test(m[0]))
        src.fail(line.no, `a 千円 figure in half-width digits (${m[0].normalize('NFKC')})`, `"${m[0]}"`);
    }
  }

  const front = parseFrontMatter(src, entry);
  checkAgainstRegistry(src, entry, front);
  const year: Year = { gregorian: entry.fiscalYear.gregorian, reiwa: entry.fiscalYear.eraYear };
  const toc = tocVisions(src, front.toc);
  const isHeading = (re: RegExp) => (t: string) => re.test(t);
  const priorityStart = require(src, isHeading(/^1\.\s*重点事項$/), front.tocEnd + 1, 'the heading 1. 重点事項');
  const visionStart = require(src, isHeading(/^2\.\s*各ビジョンにおける主な取組$/), priorityStart.no +
    1, 'the heading 2. 各ビジョンにおける主な取組');
  const wardStart = require(src, (t) => t === '区における自主自立のまちづくり', visionStart.no +
    1, 'the ward section heading 区における自主自立のまちづくり');
  const contact = parseContact(src, wardStart.no + 1);

  const prio = parsePriorities(src, priorityStart.no + 1, visionStart.no - 1, year);
  const vis = parseVisions(src, visionStart.no, wardStart.no - 1, toc, curated);
  const wards = parseWards(src, wardStart.no + 1, contact.line - 1);

  const placed = [...prio.placed, ...vis.placed, ...wards.placed];
  const merged = mergeListings(src, placed, curated);

  const projectOf = new Map<Placed, string>();
  const idOfNorm = new Map<string, string>();
  const ids = new Set<string>();
  for (const m of merged) {
    const id = projectId(m.title);
    if (ids.has(id)) throw new Error(`project ID collision for "${m.title}" (${id}); lengthen the ID`);
    ids.add(id);
    for (const p of m.list) {
      projectOf.set(p, id);
      idOfNorm.set(normalizeTitle(p.listing.title.text), id);
    }
  }

  const tables = buildTables(
    src,
    vis.areas.flatMap(({ number, area }) => area.tables.map((table) => ({ vision: number, table }))),
    curated,
    (t) => idOfNorm.get(normalizeTitle(t)),
  );

  const projects: Project[] = merged.map((m) => {
    const id = projectOf.get(m.list[0]!)!;
    const appearances: Appearance[] = m.list.map((p) => ({
      section: p.section,
      group: p.group,
      layout: p.listing.layout,
      title: p.listing.title.text,
      titleLine: p.listing.title.no,
      description: p.listing.description.text,
      descriptionLine: p.listing.description.no,
      budgetThousandYen: p.listing.budget.thousandYen,
      budgetLine: p.listing.budget.line,
      previousBudget: p.previousBudget,
      notes: p.listing.notes,
    }));
    const notes = m.list
      .flatMap((p) => p.listing.notes)
      .filter((n, i, all) => all.findIndex((x) => x.kind === n.kind) === i);
    const previous = m.list.find((p) => p.previousBudget)?.previousBudget ?? null;
    const titles = [...new Set(m.list.map((p) => p.listing.title.text))];
    return {
      id,
      title: m.title,
      otherTitles: titles.filter((t) => t !== m.title),
      description: m.list[0]!.listing.description.text,
      budgetThousandYen: m.list[0]!.listing.budget.thousandYen,
      previousBudgetThousandYen: previous?.thousandYen ?? null,
      notes,
      indicators: m.list.flatMap((p) => p.listing.indicators),
      footnotes: m.list.flatMap((p) => p.listing.footnotes),
      sections: m.list.map((p) => p.section),
      appearances,
      tableIds: tables.filter((t) => t.attachedTo.kind === 'project' && t.attachedTo.id === id).map((t) => t.id),
      sourceLines: [
        ...new Set(
          m.list.flatMap((p) => [
            p.listing.budget.line,
            ...(p.previousBudget?.thousandYen != null ? [p.previousBudget.line] : []),
          ]),
        ),
      ].sort((a, b) => a - b),
    };
  });
  const byId = new Map(projects.map((p) => [p.id, p]));
  const idsIn = (section: SectionKey) => placed.filter((p) => p.section === section).map((p) => projectOf.get(p)!);
  const sum = (ids: string[]) => ids.reduce((s, id) => s + byId.get(id)!.budgetThousandYen, 0);

  const priorities: Priority[] = prio.priorities.map((p) => {
    const projectIds = idsIn(p.id);
    return {
      ...p,
      groups: p.groups.map((g) => ({
        title: g.title,
        line: g.line,
        projectIds: g.listings.map((l) => projectOf.get(l)!),
      })),
      projectIds,
      totalThousandYen: sum(projectIds),
      previousTotalThousandYen: prio.placed
        .filter((l) => l.section === p.id)
        .reduce((s, l) => s + (l.previousBudget?.thousandYen ?? 0), 0),
    };
  });
  const visions: Vision[] = vis.visions.map((v) => {
    const projectIds = idsIn(`vision-${v.number}` as SectionKey);
    return {
      ...v,
      projectIds,
      tableIds: tables.filter((t) => t.attachedTo.kind === 'vision' && t.attachedTo.id === v.id).map((t) => t.id),
      totalThousandYen: sum(projectIds),
    };
  });
  const wardRecords: Ward[] = WARDS.map((w) => {
    const section = `ward-${w.id}` as SectionKey;
    const projectIds = idsIn(section);
    const labelLine = [...wards.wardOf.values()].find((x) => x.id === w.id)?.labelLine;
    if (!projectIds.length || labelLine === undefined)
      src.fail(contact.line, `projects under the ward label ${w.name}`, 'none');
    const box = wards.boxes.get(w.id);
    return {
      id: w.id,
      section,
      name: w.name,
      slogan: box?.slogan ?? null,
      vision: box?.vision ?? null,
      labelLine,
      projectIds,
      totalThousandYen: sum(projectIds),
      frameThousandYen: w.id === 'common' ? wards.frame.commonThousandYen : wards.frame.perWardThousandYen,
    };
  });

  const figures = reconcile(src, projects, curated);
  const qualityNotes = qualityNotesOf(src, projects, visions, tables, curated);
  const captions: SourceText[] = [...vis.areas.map((a) => a.area), wards.area]
    .flatMap((area) => area.unclaimed.flatMap((i) => area.blocks[i]!.lines.map(at)))
    .filter((c) => !wards.read.has(c.line));

  const plan: Plan = {
    id: entry.id,
    title: front.titleLine.text,
    draft: front.draft,
    fiscalYear: { reiwa: front.reiwa, gregorian: entry.fiscalYear.gregorian },
    published: {
      text: front.dateLine.text,
      month: `${front.published.year}-${String(front.published.month).padStart(2, '0')}`,
      line: front.dateLine.no,
    },
    slogan: at(front.slogan),
    about: front.about,
    pdca: front.pdca,
    context: front.context,
    priorityIntro: prio.intro,
    visionIntro: vis.intro,
    crossCuttingViewpoints: vis.crossCutting,
    wards: { aim: wards.aim, policies: wards.policies, policiesLine: wards.policiesLine, frame: wards.frame },
    contact,
    totals: { projects: projects.length, appearances: placed.length, thousandYen: sum(projects.map((p) => p.id)) },
    source: { file: src.file, lines: src.lines.length, sha256: createHash('sha256').update(text).digest('hex') },
  };

  checkNoteYears(src, projects, year);

  const result = ActionPlanDataset.safeParse({
    plan,
    priorities,
    visions,
    wards: wardRecords,
    projects,
    tables,
    figures,
    qualityNotes,
    captions,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: the parsed data does not match the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The document's title year, draft mark and date must be the ones its registry entry declares. */
function checkAgainstRegistry(src: Source, entry: PlanEntry, front: ReturnType<typeof parseFrontMatter>): void {
  if (front.reiwa !== entry.fiscalYear.eraYear)
    src.fail(
      front.titleLine.no,
      `令和${entry.fiscalYear.eraYear}年度 in the title, as content/plans.json registers ${entry.id}`,
      src.quote(front.titleLine.no),
    );
  if (front.draft !== entry.draft)
    src.fail(
      front.titleLine.no,
      `a title ${entry.draft ? 'with' : 'without'} (案), as content/plans.json registers ${entry.id} (draft: ${entry.draft})`,
      src.quote(front.titleLine.no),
    );
  const month = `${front.published.year}-${String(front.published.month).padStart(2, '0')}`;
  if (month !== entry.published)
    src.fail(
      front.dateLine.no,
      `the publication month ${entry.published}, as content/plans.json registers ${entry.id}`,
      src.quote(front.dateLine.no),
    );
}

/** A budget remark names the year before the plan's (R5.2補 in the 令和6年度 plan): anything else is a misprint. */
function checkNoteYears(src: Source, projects: Project[], year: Year): void {
  for (const p of projects)
    for (const a of p.appearances)
      for (const n of a.notes)
        if (noteFiscalYear(n.kind) !== year.gregorian - 1)
          src.fail(
            n.line,
            `a remark naming R${year.reiwa - 1} (令和${year.reiwa - 1}年度, the year before the plan)`,
            `"(${n.text})"`,
          );
}

/** Finds every 千円 figure and classifies it; fails on any that is neither a budget nor a curated other figure. */
function reconcile(src: Source, projects: Project[], curated: Curated): Figure[] {
  const budgetAt = new Map<number, { id: string; kind: 'budget' | 'previous-budget'; thousandYen: number }>();
  for (const p of projects) {
    for (const a of p.appearances) {
      budgetAt.set(a.budgetLine, { id: p.id, kind: 'budget', thousandYen: a.budgetThousandYen });
      if (a.previousBudget?.thousandYen != null)
        budgetAt.set(a.previousBudget.line, {
          id: p.id,
          kind: 'previous-budget',
          thousandYen: a.previousBudget.thousandYen,
        });
    }
  }
  const usedOther = new Set<number>();
  const figures: Figure[] = [];
  for (const line of src.lines) {
    for (const m of line.raw.matchAll(/(\d[\d,]*)千円/g)) {
      const thousandYen =
        parseAmount(m[1]!) ??
        src.fail(line.no, 'a 千円 figure with thousands separators every three digits', `"${m[0]}"`);
      const column = [...line.raw.slice(0, m.index)].length + 1;
      const budget = budgetAt.get(line.no);
      if (budget && budget.thousandYen === thousandYen) {
        figures.push({
          id: `L${line.no}C${column}`,
          line: line.no,
          column,
          text: m[0],
          thousandYen,
          kind: budget.kind,
          projectId: budget.id,
          reason: null,
        });
        continue;
      }
      const k = curated.otherFigures.findIndex((o) => o.figure === m[0] && o.lineText === line.text);
      if (k < 0) {
        src.fail(
          line.no,
          `the figure ${m[0]} to be a project budget or listed in ${curated.file} (otherFigures) with a reason`,
          src.quote(line.no),
        );
      }
      usedOther.add(k);
      figures.push({
        id: `L${line.no}C${column}`,
        line: line.no,
        column,
        text: m[0],
        thousandYen,
        kind: 'other',
        projectId: null,
        reason: curated.otherFigures[k]!.reasonJa,
      });
    }
  }
  curated.otherFigures.forEach((o, k) => {
    if (!usedOther.has(k))
      throw new ParseError(
        src.file,
        src.lines.length,
        `the curated other figure ${o.figure} on a line reading "${o.lineText}"`,
        'no such line',
      );
  });
  for (const p of projects) {
    for (const a of p.appearances) {
      if (!figures.some((f) => f.line === a.budgetLine && f.kind === 'budget'))
        src.fail(a.budgetLine, 'a 千円 budget figure', src.quote(a.budgetLine));
    }
  }
  return figures;
}

function qualityNotesOf(
  src: Source,
  projects: Project[],
  visions: Vision[],
  tables: Table[],
  curated: Curated,
): QualityNote[] {
  const notes: QualityNote[] = [];
  for (const p of projects) {
    const entry = curated.sameProject.find((e) => e.titles.includes(p.title));
    if (entry) {
      const lines = p.appearances.map((a) => a.titleLine);
      notes.push({
        id: `title-variant-${lines[0]}`,
        kind: 'title-variant',
        message: `同じ予算額・説明文の事業が、${p.appearances.map((a) => `${quoted(a.title)}（${a.titleLine}行目）`).join('と')}の異なる名称で掲載されています。`,
        resolution: `同一の事業として扱い、${quoted(p.title)}を名称としています。`,
        lines,
        projectId: p.id,
      });
    }
    const plain = (s: string) => s.replace(/[※\s]/g, '');
    const [first, ...rest] = p.appearances;
    for (const a of rest) {
      if (plain(a.description) !== plain(first!.description)) {
        notes.push({
          id: `description-variant-${a.descriptionLine}`,
          kind: 'description-variant',
          message: `${quoted(p.title)}の説明文が、${first!.descriptionLine}行目と${a.descriptionLine}行目で異なります。`,
          resolution: `${first!.descriptionLine}行目（最初の掲載）の説明文を表示し、各掲載の説明文も残しています。`,
          lines: [first!.descriptionLine, a.descriptionLine],
          projectId: p.id,
        });
      }
    }
    for (const note of p.notes) {
      const without = p.appearances.filter((a) => !a.notes.some((n) => n.kind === note.kind));
      if (without.length) {
        notes.push({
          id: `note-variant-${note.line}`,
          kind: 'note-variant',
          message: `${quoted(p.title)}の予算の注記「${note.text}」（${budgetNoteLabel(note.kind)}）は${note.line}行目の掲載にのみあり、${without.map((a) => `${a.budgetLine}行目`).join('・')}の掲載にはありません。`,
          resolution: '注記は事業全体に付くものとして表示しています。',
          lines: [note.line, ...without.map((a) => a.budgetLine)],
          projectId: p.id,
        });
      }
    }
  }
  for (const v of visions) {
    for (const r of v.relatedVisions) {
      const target = visions[r.number - 1];
      if (target && target.title !== r.titleAsPrinted) {
        notes.push({
          id: `related-vision-title-${r.line}-${r.number}`,
          kind: 'related-vision-title',
          message: `ビジョン${v.number}の関連するビジョンで、ビジョン${r.number}の名称が「${r.titleAsPrinted}」と記載されています（目次では「${target.title}」）。`,
          resolution: '目次の名称を正としています。',
          lines: [r.line, target.titleLine],
          projectId: null,
        });
      }
    }
  }
  // A previous-year budget printed (一): the kanji for one where other listings print (-), no budget that year.
  for (const p of projects) {
    for (const a of p.appearances) {
      if (a.previousBudget?.text !== '(一)') continue;
      notes.push({
        id: `kanji-dash-${a.previousBudget.line}`,
        kind: 'kanji-dash',
        message: `${quoted(p.title)}の前年度の予算（${a.previousBudget.line}行目）は「(一)」と記載されています。線（-）の代わりに漢数字の「一」が使われていると思われます。`,
        resolution: '「(-)」と同じく、前年度の予算がないものとして扱い、表記は原資料のまま表示しています。',
        lines: [a.previousBudget.line],
        projectId: p.id,
      });
    }
  }
  // The project a line belongs to: one of its listings' lines, or a table attached to it.
  const projectAt = (line: number): string | null =>
    projects.find((p) =>
      p.appearances.some((a) => [a.titleLine, a.descriptionLine, a.budgetLine, a.previousBudget?.line].includes(line)),
    )?.id ??
    tables.find((t) => t.attachedTo.kind === 'project' && t.caption.line <= line && line <= t.rows.at(-1)!.line)
      ?.attachedTo.id ??
    null;
  for (const hit of findAsPrinted(src, curated.asPrinted, curated.file)) {
    notes.push({
      id: `as-printed-${hit.lines[0]}`,
      kind: 'as-printed',
      message: asPrintedMessage(hit),
      resolution: AS_PRINTED_RESOLUTION,
      lines: hit.lines,
      projectId: projectAt(hit.lines[0]!),
    });
  }
  return notes;
}
