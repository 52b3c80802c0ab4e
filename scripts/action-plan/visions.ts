/**
 * Part 2 of the action plan (2. 各ビジョンにおける主な取組): an introduction with the cross-cutting viewpoints, then
 * each vision — its aims, its measures, the visions it relates to — and its project pages, read by the layout rules
 * of blocks.ts. The visions are the table of contents' and are checked against it.
 */
import { normalizeTitle } from '../lib/source.ts';
import type { Line, Source } from '../lib/source.ts';
import type { SectionKey, SourceText, Vision } from '../../src/schemas/action-plan.ts';
import { classifyBlocks, readProjectArea } from './blocks.ts';
import type { ProjectArea } from './blocks.ts';
import { Cursor, at, requireLine } from './cursor.ts';
import type { VisionToc } from './front.ts';
import type { Placed } from './model.ts';

/** A vision as read, before its projects and tables are known by ID and totalled. */
export type VisionDraft = Omit<Vision, 'projectIds' | 'totalThousandYen' | 'tableIds'>;

/** Reads lines `from`..`to`: the introduction and viewpoints, then every vision the table of contents lists. */
export function parseVisions(src: Source, from: number, to: number, toc: VisionToc) {
  const introLine = new Cursor(src, from + 1, to).next('the paragraph introducing the visions');
  const viewpoints = requireLine(
    src,
    (t) => /^(「[^」]+」){3}$/.test(t),
    from,
    'the three cross-cutting viewpoints 「…」「…」「…」',
    to,
  );
  const viewpointIntro = requireLine(
    src,
    (t) => t.includes('横断的な視点'),
    from,
    'the sentence introducing the cross-cutting viewpoints',
    to,
  );
  const aimHeads = visionHeads(src, from, to, toc);
  const isPageHeader = pageHeaderTest(src, toc);
  const read = aimHeads.map((head, i) =>
    readVision(src, toc[i]!, head, aimHeads[i + 1] ? aimHeads[i + 1]!.no - 1 : to, isPageHeader),
  );
  return {
    intro: at(introLine),
    crossCutting: {
      intro: at(viewpointIntro),
      items: [...viewpoints.text.matchAll(/「([^」]+)」/g)].map((m) => m[1]!),
      line: viewpoints.no,
    },
    visions: read.map((r) => r.vision),
    areas: read.map((r) => ({ number: r.vision.number, area: r.area })),
    placed: read.flatMap((r) => r.placed),
  };
}

/** The headings ◆ ビジョンNがめざす姿と取組の方向性, one per vision of the table of contents, in its order. */
function visionHeads(src: Source, from: number, to: number, toc: VisionToc): Line[] {
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
  return aimHeads;
}

/** Whether a line is a page header (ビジョンN title) of the project pages; its title must be the contents'. */
function pageHeaderTest(src: Source, toc: VisionToc): (line: Line) => boolean {
  return (line) => {
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
}

/** Reads one vision from its heading to `end`: aims, measures, related visions, then its project pages. */
function readVision(
  src: Source,
  v: VisionToc[number],
  head: Line,
  end: number,
  isPageHeader: (line: Line) => boolean,
): { vision: VisionDraft; area: ProjectArea; placed: Placed[] } {
  const c = new Cursor(src, head.no + 1, end);
  const aims: SourceText[] = [];
  for (let line = c.peek(); line && !line.text.startsWith('◆'); line = c.peek()) aims.push(at(c.next('')));
  if (!aims.length) c.expect(/^(?!◆)/, `paragraphs under ◆ ビジョン${v.number}がめざす姿と取組の方向性`);
  c.expect(/^◆\s*ビジョンを実現するための施策$/, 'the heading ◆ ビジョンを実現するための施策');
  const measures = readMeasures(src, c, v.number);
  const related = readRelatedVisions(src, c);
  const areaStart = (related.line ?? measures.at(-1)!.line) + 1;
  const area = readProjectArea(src, classifyBlocks(src, areaStart, end, isPageHeader));
  if (!area.listings.length) src.fail(end, `projects in the pages of vision ${v.number}`, 'none');
  const section = `vision-${v.number}` as SectionKey;
  return {
    vision: {
      id: `vision-${v.number}`,
      number: v.number,
      title: v.title,
      titleLine: v.line,
      tocPage: v.page,
      aims,
      measures,
      relatedVisions: related.visions,
    },
    area,
    placed: area.listings.map((listing) => ({ section, group: null, listing, previousBudget: null })),
  };
}

/** The measures (N-M title<TAB>summary) of vision `number`, at least one. */
function readMeasures(src: Source, c: Cursor, number: number): Vision['measures'] {
  const measures = c.while(/^(\d)-(\d+)\s+([^\t]+)\t(.+)$/).map(({ line, match }) => {
    if (Number(match[1]) !== number)
      src.fail(line.no, `a measure of vision ${number} (${number}-N)`, src.quote(line.no));
    return { id: `${match[1]}-${match[2]}`, title: match[3]!.trim(), summary: match[4]!.trim(), line: line.no };
  });
  if (!measures.length) c.expect(/^\d-\d/, `measures (${number}-1 title<TAB>summary) of vision ${number}`);
  return measures;
}

/** The line (関連するビジョン) ビジョンN title／…, if the cursor stands on it, with its line number (else null). */
function readRelatedVisions(src: Source, c: Cursor): { visions: Vision['relatedVisions']; line: number | null } {
  const related = c.peek();
  if (!related?.text.startsWith('(関連するビジョン)')) return { visions: [], line: null };
  c.next('');
  const visions: Vision['relatedVisions'] = [];
  for (const part of related.text.replace('(関連するビジョン)', '').split(/[／/]/)) {
    const m = /^ビジョン(\d+)\s*(.+)$/.exec(part.trim());
    if (!m) src.fail(related.no, 'related visions written as ビジョンN title, separated by ／', `"${part}"`);
    visions.push({ number: Number(m[1]), titleAsPrinted: m[2]!.trim(), line: related.no });
  }
  return { visions, line: related.no };
}
