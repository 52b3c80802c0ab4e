/**
 * The 2013 report's quality notes: inconsistencies the parse found (worded differently, repeated differently, or
 * moved by the conversion) and text shown as printed, each with the lines it concerns.
 */
import type { Source } from '../lib/source.ts';
import { findAsPrinted } from '../lib/as-printed.ts';
import type { Item, Part, RelistedField, Relisting, RoadmapQualityNote } from '../../src/schemas/roadmap2013.ts';
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
      part: p.id,
      title: p.title,
      tocLine: p.line,
      printed: t.text,
      line: t.line,
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
    ...items.map((i) => ({ at: { no: i.no }, no: i.no, subitems: i.subitems })),
    ...relistings.map((r) => ({ at: { kana: r.kana, title: r.title }, no: null, subitems: r.subitems })),
  ];
  for (const w of where) {
    for (const s of w.subitems) {
      if (s.relistingOf === null || !s.relistedSubitemId) continue;
      const original = byId.get(s.relistedSubitemId)!;
      const fields: Array<[RelistedField, string, string]> = [
        ['name', s.name, original.s.name],
        ['fy2012', s.fy2012.raw, original.s.fy2012.raw],
        ['fy2013', s.fy2013.raw, original.s.fy2013.raw],
        ['progress', s.progress, original.s.progress],
      ];
      const differing = fields.filter(([, a, b]) => squash(a) !== squash(b));
      if (!differing.length) continue;
      notes.push({
        id: `relisting-variant-${s.line}`,
        kind: 'relisting-variant',
        relistedIn: w.at,
        name: s.name,
        line: s.line,
        originalNo: original.item.no,
        originalLine: original.s.line,
        differences: differing.map(([field, relisted, orig]) => ({ field, relisted, original: orig })),
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
      kind: 'spilled-cell' as const,
      name: s.name,
      line: s.line,
      spilled: s.spilled!,
      fy2013: s.fy2013.raw,
      lines: [s.line],
      itemNo: i.no,
    }));
  const divided = i.subitems.filter((s) => s.progressDividedByWording);
  if (divided.length) {
    notes.push({
      id: `divided-progress-${divided[0]!.line}`,
      kind: 'divided-progress',
      subitems: divided.map((s) => ({ name: s.name, progress: s.progress })),
      line: divided[0]!.line,
      lines: [divided[0]!.line],
      itemNo: i.no,
    });
  }
  const shared = i.subitems.filter((s) => s.progressShared);
  if (shared.length) {
    notes.push({
      id: `shared-progress-${shared[0]!.line}`,
      kind: 'shared-progress',
      names: shared.map((s) => s.name),
      line: shared[0]!.line,
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
    kind: 'as-printed' as const,
    text: hit.entry.text,
    note: hit.entry.note,
    lines: hit.lines,
    itemNo: itemAt(hit.lines[0]!),
  }));
}
