/**
 * Parser for the yearly action plan (熊本市第8次総合計画 令和N年度アクションプラン): text in, validated dataset out.
 * One parser for every year: the plan's year, its number of priorities and visions and the years named in budget
 * remarks are read from the document and checked against the registry entry (content/plans.json) and the table of
 * contents, never assumed.
 *
 * The document is read in fixed parts, each found by its heading: front matter (front.ts), 1. 重点事項
 * (priorities.ts), 2. 各ビジョンにおける主な取組 (visions.ts), 区における自主自立のまちづくり (wards.ts) and the contact
 * block. Priorities follow a strict sequence; vision and ward pages go through the layout rules in `blocks.ts`.
 * Listings are then merged into projects (merge.ts, records.ts), every 千円 figure is reconciled (reconcile.ts),
 * quality notes are gathered (notes.ts), and the result is validated with the shared zod schemas.
 * Anything not understood throws a ParseError naming the line.
 */
import { createHash } from 'node:crypto';
import { Source, normalizeTitle } from '../lib/source.ts';
import { ActionPlanDataset } from '../../src/schemas/action-plan.ts';
import type { PlanEntry } from '../../src/schemas/plans.ts';
import type { ActionPlanCurated, Plan, Project, SourceText } from '../../src/schemas/action-plan.ts';
import { Cursor, at, requireLine } from './cursor.ts';
import { checkAgainstRegistry, parseFrontMatter, tocVisions } from './front.ts';
import type { FrontMatter } from './front.ts';
import type { Curated, Placed, Year } from './model.ts';
import { parsePriorities } from './priorities.ts';
import { parseVisions } from './visions.ts';
import { parseWards } from './wards.ts';
import { mergeListings } from './merge.ts';
import { buildTables } from './tables.ts';
import { assignIds, priorityRecords, projectRecord, totalsOf, visionRecords, wardRecords } from './records.ts';
import type { Totals } from './records.ts';
import { checkNoteYears, reconcile } from './reconcile.ts';
import { qualityNotesOf } from './notes.ts';

export { projectId } from './records.ts';

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
  const curated: Curated = { ...curatedDecisions, file: entry.curated };
  const src: Source = new Source(entry.source, text);
  checkFigureDigits(src);
  const front = parseFrontMatter(src, entry);
  checkAgainstRegistry(src, entry, front);
  const year: Year = { gregorian: entry.fiscalYear.gregorian, reiwa: entry.fiscalYear.eraYear };
  const toc = tocVisions(src, front.toc);
  const heads = partHeadings(src, front.tocEnd);
  const contact = parseContact(src, heads.wards + 1);
  const prio = parsePriorities(src, heads.priorities + 1, heads.visions - 1, year);
  const vis = parseVisions(src, heads.visions, heads.wards - 1, toc);
  const wards = parseWards(src, heads.wards + 1, contact.line - 1);
  const placed = [...prio.placed, ...vis.placed, ...wards.placed];
  const merged = mergeListings(src, placed, curated);
  const { projectOf, idOfNorm } = assignIds(merged);
  const tables = buildTables(src, vis.areas, curated, (t) => idOfNorm.get(normalizeTitle(t)));
  const projects = merged.map((m) => projectRecord(m, projectOf, tables));
  const totals = totalsOf(placed, projectOf, projects);
  const priorities = priorityRecords(prio, projectOf, totals);
  const visions = visionRecords(vis.visions, tables, totals);
  const wardList = wardRecords(src, wards, totals, contact.line);
  const figures = reconcile(src, projects, curated);
  const qualityNotes = qualityNotesOf(src, projects, visions, tables, curated);
  const captions = captionsOf(vis.areas, wards);
  const plan = planRecord(src, text, entry, { front, prio, vis, wards, contact, placed, projects, totals });
  checkNoteYears(src, projects, year);
  const data = { plan, priorities, visions, wards: wardList, projects, tables, figures, qualityNotes, captions };
  return validate(src, data);
}

/** Lines of the project pages that no rule read and that are not ward labels or the frame: captions, image labels. */
function captionsOf(
  visionAreas: ReturnType<typeof parseVisions>['areas'],
  wards: ReturnType<typeof parseWards>,
): SourceText[] {
  return [...visionAreas.map((a) => a.area), wards.area]
    .flatMap((area) => area.unclaimed.flatMap((i) => area.blocks[i]!.lines.map(at)))
    .filter((c) => !wards.read.has(c.line));
}

/** Full-width digits in a money figure would otherwise slip past every pattern of the parse. */
function checkFigureDigits(src: Source): void {
  for (const line of src.lines) {
    for (const m of line.text.matchAll(/[0-9０-９][0-9０-９,，]*\s*千円/g)) {
      if (/[０-９，]/.test(m[0]))
        src.fail(line.no, `a 千円 figure in half-width digits (${m[0].normalize('NFKC')})`, `"${m[0]}"`);
    }
  }
}

/** The line numbers of the headings of the three parts, in order after the table of contents. */
function partHeadings(src: Source, tocEnd: number): { priorities: number; visions: number; wards: number } {
  const isHeading = (re: RegExp) => (t: string) => re.test(t);
  const priorityStart = requireLine(src, isHeading(/^1\.\s*重点事項$/), tocEnd + 1, 'the heading 1. 重点事項');
  const visionStart = requireLine(
    src,
    isHeading(/^2\.\s*各ビジョンにおける主な取組$/),
    priorityStart.no + 1,
    'the heading 2. 各ビジョンにおける主な取組',
  );
  const wardStart = requireLine(
    src,
    (t) => t === '区における自主自立のまちづくり',
    visionStart.no + 1,
    'the ward section heading 区における自主自立のまちづくり',
  );
  return { priorities: priorityStart.no, visions: visionStart.no, wards: wardStart.no };
}

/** Reads the contact block that ends the document: 熊本市, the department, TEL / FAX and e-mail. */
function parseContact(src: Source, from: number) {
  const org = requireLine(
    src,
    (t) => t === '熊本市',
    from,
    'the contact block that ends the document (熊本市 / department / TEL … FAX …)',
  );
  const c = new Cursor(src, org.no + 1, src.lines.length);
  const department = c.next('the department under 熊本市 in the contact block');
  const [, tel, fax] = c.expect(/^TEL[:：]\s*([\d-]+)\s+FAX[:：]\s*([\d-]+)$/, 'TEL:… FAX:… in the contact block');
  const [, email] = c.expect(/^E-mail[:：]\s*(\S+@\S+)$/, 'E-mail:… in the contact block');
  return { organisation: org.text, department: department.text, tel: tel!, fax: fax!, email: email!, line: org.no };
}

/** The plan's own record: cover, front matter, the parts' introductions, contact, totals and the source's hash. */
function planRecord(
  src: Source,
  text: string,
  entry: PlanEntry,
  parts: {
    front: FrontMatter;
    prio: ReturnType<typeof parsePriorities>;
    vis: ReturnType<typeof parseVisions>;
    wards: ReturnType<typeof parseWards>;
    contact: Plan['contact'];
    placed: Placed[];
    projects: Project[];
    totals: Totals;
  },
): Plan {
  const { front, prio, vis, wards, contact, placed, projects, totals } = parts;
  return {
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
    totals: {
      projects: projects.length,
      appearances: placed.length,
      thousandYen: totals.sum(projects.map((p) => p.id)),
    },
    source: { file: src.file, lines: src.lines.length, sha256: createHash('sha256').update(text).digest('hex') },
  };
}

/** Validates the dataset with the shared schema, naming the first field that does not match. */
function validate(src: Source, data: unknown): ActionPlanDataset {
  const result = ActionPlanDataset.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(
      `${src.file}: the parsed data does not match the schema at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return result.data;
}
