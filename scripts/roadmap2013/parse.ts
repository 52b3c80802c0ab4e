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
 *
 * The parse runs in phases: the cover (title and dates), the table of contents (toc.ts), the page walk over the
 * table's rows (table.ts), the sub-items of each row (subitems.ts), the checks that need the whole table
 * (settle.ts), the contact block, and the quality notes (notes.ts). Every cell is also read for reading (reading.ts):
 * the conversion's spaces joined where they wrap a phrase and dividing entries where they stand between two.
 */
import { createHash } from 'node:crypto';
import { Source } from '../lib/source.ts';
import type { Line } from '../lib/source.ts';
import { Roadmap2013Dataset } from '../../src/schemas/roadmap2013.ts';
import type { Part, Roadmap2013Curated, Roadmap2013Shape } from '../../src/schemas/roadmap2013.ts';
import { STATUS_RULES } from './status.ts';
import type { AsOf } from './status.ts';
import { fold, parseToc, partStart } from './toc.ts';
import type { Toc } from './toc.ts';
import { readTable } from './table.ts';
import type { TableRead } from './table.ts';
import { buildSubitems } from './subitems.ts';
import { checkShape, linkRelistedSubitems, settleItems, settleRelistings } from './settle.ts';
import { roadmapQualityNotes } from './notes.ts';
import { checkSpaceDecisions } from './reading.ts';
import type { SpaceDecisions } from './reading.ts';

export { divideProgress, subitemId } from './subitems.ts';

/**
 * Parses the 2013 roadmap progress report. Throws ParseError (file:line) on anything it does not understand, and,
 * given the report's shape as read by hand, on any item or re-listing whose number of sub-items differs from it.
 * Given the curated decisions, notes the text they say is shown as printed and decides the spaces the reading rule
 * cannot (failing on a space left undecided and on a decision no cell needs).
 */
export function parseRoadmap2013(
  file: string,
  text: string,
  shape?: Roadmap2013Shape,
  curated?: Roadmap2013Curated,
): Roadmap2013Dataset {
  const src: Source = new Source(file, text);
  const cover = readCover(src);
  const toc = parseToc(src);
  const contactLine =
    src.find((t) => t.startsWith('お問い合わせ先')) ??
    src.fail(src.lines.length, 'the contact block (お問い合わせ先 …) that ends the report', 'the end of the file');
  const table = readTable(src, toc, contactLine);
  // Without the curated file (parser tests), a space the reading rule cannot decide stays as printed.
  const spaces: SpaceDecisions | undefined = curated && { decisions: curated.spaces, used: new Set() };
  buildSubitems(src, table.rawSubs, cover.asOf, spaces);
  if (spaces) checkSpaceDecisions(src, spaces);
  linkRelistedSubitems(src, table.items, table.relistings);
  settleRelistings(src, table.items, table.relistings);
  if (shape) checkShape(src, shape, table.items, table.relistings);
  settleItems(src, table.items);
  const contact = parseContact(src, contactLine);
  const parts = partsOf(toc, table.otherPartTitles);
  const qualityNotes = roadmapQualityNotes(src, table.items, table.relistings, parts, curated?.asPrinted ?? []);
  return validate(src, table, {
    roadmap: roadmapRecord(src, text, cover, contact, table),
    parts,
    categories: table.categories,
    items: table.items,
    relistings: table.relistings,
    statusRules: STATUS_RULES,
    qualityNotes,
  });
}

/** The cover's title lines, as-of date and publication month, with the lines they stand on. */
interface Cover {
  titleParts: Line[];
  asOfLine: Line;
  asOf: AsOf;
  publishedLine: Line;
  /** The dates' year (平成) and month as printed, for the dates in 西暦. */
  printed: { asOfYear: string; asOfMonth: string; pubYear: string; pubMonth: string };
}

/** Reads the cover: the title in three lines, the as-of date (平成NN年N月末時点) and the publication month. */
function readCover(src: Source): Cover {
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
  return {
    titleParts,
    asOfLine,
    asOf: { heiseiYear: Number(asOfYear), month: Number(asOfMonth) },
    publishedLine,
    printed: { asOfYear: asOfYear!, asOfMonth: asOfMonth!, pubYear: pubYear!, pubMonth: pubMonth! },
  };
}

/** The report's parts with their chapters, from the table of contents, and any other wording a page label gave. */
function partsOf(toc: Toc, otherPartTitles: TableRead['otherPartTitles']): Part[] {
  return toc.parts.map((p) => ({
    id: p.id,
    title: p.title,
    tocPage: partStart(toc, p),
    line: p.line,
    chapters: toc.chapters
      .filter((c) => c.part === p.id)
      .map((c) => ({ number: c.number, title: c.title, tocPage: c.page, line: c.line })),
    otherTitles: otherPartTitles.get(p.id) ?? [],
  }));
}

/** The report's own record: title, dates (西暦), contact, counts and the source file's fingerprint. */
function roadmapRecord(
  src: Source,
  text: string,
  cover: Cover,
  contact: ReturnType<typeof parseContact>,
  { items, relistings }: TableRead,
) {
  const { asOfLine, publishedLine, titleParts } = cover;
  const { asOfYear, asOfMonth, pubYear, pubMonth } = cover.printed;
  const subitems = items.flatMap((i) => i.subitems);
  return {
    id: 'roadmap2013',
    title: `${titleParts[0]!.text}${titleParts[1]!.text} ${titleParts[2]!.text}`,
    asOf: {
      text: fold(asOfLine.text),
      date: `${1988 + Number(asOfYear)}-${asOfMonth.padStart(2, '0')}-${lastDay(1988 + Number(asOfYear), Number(asOfMonth))}`,
      line: asOfLine.no,
    },
    published: {
      text: fold(publishedLine.text),
      month: `${1988 + Number(pubYear)}-${pubMonth.padStart(2, '0')}`,
      line: publishedLine.no,
    },
    contact,
    counts: {
      items: items.length,
      subitems: subitems.filter((s) => s.relistingOf === null).length,
      relistedSubitems:
        subitems.filter((s) => s.relistingOf !== null).length + relistings.reduce((n, r) => n + r.subitems.length, 0),
    },
    source: { file: src.file, lines: src.lines.length, sha256: createHash('sha256').update(text).digest('hex') },
  };
}

/** Validates the dataset with the shared schema; an empty report fails as a parse error, naming what is missing. */
function validate(src: Source, table: TableRead, data: unknown): Roadmap2013Dataset {
  const result = Roadmap2013Dataset.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.path[0] === 'items' && issue.code === 'too_small')
      src.fail(src.lines.length, 'numbered items', `${table.items.length}`);
    throw new Error(
      `${src.file}: the parsed data does not match the schema at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return result.data;
}

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/** Reads the contact block that ends the report: office, postcode, address, TEL / FAX and e-mail. */
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
