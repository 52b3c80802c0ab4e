/**
 * The 2013 report's quality notes: inconsistencies the parse found (worded differently, repeated differently, or
 * moved by the conversion) and text shown as printed, each with the lines it concerns.
 */
import type { Source } from '../lib/source.ts';
import { quoted } from '../../src/lib/format/strings.ts';
import { AS_PRINTED_RESOLUTION, asPrintedMessage, findAsPrinted } from '../lib/as-printed.ts';
import type { Item, Part, Relisting, RoadmapQualityNote } from '../../src/schemas/roadmap2013.ts';
import type { AsPrinted } from '../../src/schemas/action-plan.ts';

const CURATED_FILE = 'content/curated/roadmap2013.json';

/** Every quality note of the report, in a fixed order: part titles, re-listings, per-item notes, as printed. */
export function roadmapQualityNotes(
  src: Source,
  items: Item[],
  relistings: Relisting[],
  parts: Part[],
  asPrinted: readonly AsPrinted[],
): RoadmapQualityNote[] {
  return [
    ...partTitleNotes(parts),
    ...relistingNotes(items, relistings),
    ...items.flatMap(itemNotes),
    ...asPrintedNotes(src, items, asPrinted),
  ];
}

/** A part title that a page label words otherwise than the table of contents. */
function partTitleNotes(parts: Part[]): RoadmapQualityNote[] {
  return parts.flatMap((p) =>
    p.otherTitles.map((t) => ({
      id: `part-title-variant-${t.line}`,
      kind: 'part-title-variant' as const,
      message: `第${p.id}部の名称が、目次（${p.line}行目）では「${p.title}」、${t.line}行目では「${t.text}」と記載されています。`,
      resolution: '目次の名称を正としています。',
      lines: [p.line, t.line],
      itemNo: null,
    })),
  );
}

/** A re-listed sub-item whose name, schedule or progress differs from the sub-item it repeats. */
function relistingNotes(items: Item[], relistings: Relisting[]): RoadmapQualityNote[] {
  const notes: RoadmapQualityNote[] = [];
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
  return notes;
}

/** One item's notes: cells moved by the conversion, and a merged row's progress divided by wording or shared. */
function itemNotes(i: Item): RoadmapQualityNote[] {
  const notes: RoadmapQualityNote[] = i.subitems
    .filter((s) => s.spilled)
    .map((s) => ({
      id: `spilled-cell-${s.line}`,
      kind: 'spilled-cell',
      message: `No.${i.no}${quoted(s.name)}（${s.line}行目）で、平成25年度の欄の「${s.spilled}」が進捗状況の欄の先頭に入っています（PDFからの変換による）。`,
      resolution: `平成25年度の欄を「${s.fy2013.raw}」として表示しています。`,
      lines: [s.line],
      itemNo: i.no,
    }));
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
  return notes;
}

/** Text the curated file says is shown as printed, with the item whose line it is on (its own or a sub-item's). */
function asPrintedNotes(src: Source, items: Item[], asPrinted: readonly AsPrinted[]): RoadmapQualityNote[] {
  const itemAt = (line: number): number | null =>
    items.find((i) => i.line === line || i.subitems.some((s) => s.line === line))?.no ?? null;
  return findAsPrinted(src, asPrinted, CURATED_FILE).map((hit) => ({
    id: `as-printed-${hit.lines[0]}`,
    kind: 'as-printed',
    message: asPrintedMessage(hit),
    resolution: AS_PRINTED_RESOLUTION,
    lines: hit.lines,
    itemNo: itemAt(hit.lines[0]!),
  }));
}
