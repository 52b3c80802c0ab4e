/**
 * The action plan's front matter: the cover (title, date, slogan), アクションプランについて, the PDCA cycle,
 * 本市を取り巻く状況 and the table of contents, whose vision lines say how many visions the plan has. The cover is
 * checked against the plan's registry entry.
 */
import type { Source } from '../lib/source.ts';
import type { PlanEntry } from '../../src/schemas/plans.ts';
import type { SourceText } from '../../src/schemas/action-plan.ts';
import { Cursor, at, bullets, requireLine } from './cursor.ts';

/** What the front matter holds, with the lines it stands on. */
export type FrontMatter = ReturnType<typeof parseFrontMatter>;
/** The visions as the table of contents lists them: number, title, line and page. */
export type VisionToc = ReturnType<typeof tocVisions>;

/** Reads the front matter, from the title to the last table-of-contents line, in the order the document prints it. */
export function parseFrontMatter(src: Source, entry: PlanEntry) {
  const titleLine = requireLine(
    src,
    (t) => /^熊本市第\d+次総合計画\s*令和\d+年度アクションプラン(\(案\))?$/.test(t),
    1,
    `the plan title 熊本市第8次総合計画 令和${entry.fiscalYear.eraYear}年度アクションプラン`,
  );
  const [, reiwa, draft] = /令和(\d+)年度アクションプラン(\(案\))?/.exec(titleLine.text)!;
  const dateLine = requireLine(
    src,
    (t) => /^令和\d+年\(\d{4}年\)\d{1,2}月$/.test(t),
    titleLine.no + 1,
    'the publication date 令和N年(YYYY年)M月',
  );
  const [, , year, month] = /^令和(\d+)年\((\d{4})年\)(\d{1,2})月$/.exec(dateLine.text)!;
  let sloganNo = dateLine.no - 1;
  while (sloganNo > titleLine.no && src.line(sloganNo).text === '') sloganNo--;

  const aboutHead = requireLine(
    src,
    (t) => t === 'アクションプランについて',
    dateLine.no + 1,
    'the heading アクションプランについて',
  );
  const cursor = new Cursor(src, aboutHead.no + 1, src.lines.length);
  const about = bullets(cursor, 'アクションプランについて');

  const pdcaHead = cursor.expect(/^(?!【).*マネジメント\(PDCA\)サイクル$/, 'the PDCA management-cycle heading');
  const pdcaHeadLine = src.find((t) => t === pdcaHead[0], aboutHead.no)!;
  const points = cursor.while(/^\d+\.\s*(.+)$/).map(({ line, match }) => ({ text: match[1]!, line: line.no }));
  if (!points.length) cursor.expect(/^\d+\./, 'numbered points (1. …) under the PDCA heading');
  cursor.expect(/^【.*マネジメント\(PDCA\)サイクル】$/, 'the caption 【年間のマネジメント(PDCA)サイクル】');
  const cycle = cursor.next('the paragraph under the PDCA cycle caption');

  cursor.expect(/^本市を取り巻く状況$/, 'the heading 本市を取り巻く状況');
  const context: SourceText[] = [];
  for (let line = cursor.peek(); line && line.text !== '目次'; line = cursor.peek())
    context.push(at(cursor.next('a paragraph')));
  if (!context.length) cursor.expect(/^(?!目次$)/, 'paragraphs under 本市を取り巻く状況');
  cursor.expect(/^目次$/, 'the table of contents (目次)');
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

/** The visions the table of contents lists (ビジョンN: title), numbered 1, 2, … in order; at least one. */
export function tocVisions(src: Source, toc: FrontMatter['toc']) {
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

/** The document's title year, draft mark and date must be the ones its registry entry declares. */
export function checkAgainstRegistry(src: Source, entry: PlanEntry, front: FrontMatter): void {
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
