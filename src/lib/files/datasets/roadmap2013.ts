/**
 * The 2013 roadmap's datasets, under /data/2013/: its items, their sub-items and the phrases each status rests on,
 * and its categories. Its crosswalk to a plan is a cross-document dataset (cross-document.ts).
 */
import {
  CategoryRow,
  ItemRow,
  OpenItem,
  StatusEvidenceRow,
  SubitemEntryRow,
  SubitemRow,
} from '../../../schemas/open-data.ts';
import type { Subitem } from '../../../schemas/roadmap2013.ts';
import { SubitemStatus } from '../../../schemas/roadmap2013.ts';
import type { CrosswalkEntry, CrosswalkLink } from '../../../schemas/crosswalk.ts';
import { categoryUrl, itemUrl } from '../../config/urls.ts';
import { ROADMAP, STATUS_LABELS } from '../../format/strings.ts';
import { loadCrosswalk, loadRoadmap2013, loadTitleReadings } from '../../data/collections.ts';
import type { Roadmap2013 } from '../../data/collections.ts';
import { SUCCESSOR_STATUS_LABELS, openDataUrl, openItem, statusRuleLabel } from '../open-data.ts';
import { parse } from './dataset.ts';
import type { Dataset } from './dataset.ts';

/** What the roadmap's datasets read: its data, each item's successors, its parts' titles and its code tables. */
interface Roadmap {
  r: Roadmap2013;
  successorsOf: Map<number, CrosswalkLink[]>;
  statusOf: Map<number, CrosswalkEntry['status']>;
  /** Every sub-item with the number of the item it is listed under (a re-listing's, the item it repeats). */
  subitems: Array<{ s: Subitem; no: number }>;
  partOf: (id: string) => Roadmap2013['parts'][number];
  chapterTitle: (part: string, chapter: number | null) => string | null;
  /** Code tables: part → title, status rule → description, sub-item status → label. */
  parts: Record<string, string>;
  rules: (scope: 'item' | 'subitem') => Record<string, string>;
  subitemStatuses: Record<string, string>;
  /** A title's reading (読み), the sort key of 五十音順. */
  reading: (title: string) => string;
}

/** The 2013 roadmap's datasets. */
export async function roadmapDatasets(): Promise<Dataset[]> {
  const r = await loadRoadmap2013();
  const partOf = (id: string) => r.parts.find((p) => p.id === id)!;
  const roadmap: Roadmap = {
    r,
    successorsOf: new Map((await loadCrosswalk()).map((c) => [c.no, c.links])),
    statusOf: new Map((await loadCrosswalk()).map((c) => [c.no, c.status])),
    subitems: [
      ...r.items.flatMap((i) => i.subitems.map((s) => ({ s, no: i.no }))),
      ...r.relistings.flatMap((x) => x.subitems.map((s) => ({ s, no: x.relistingOf }))),
    ],
    partOf,
    chapterTitle: (part, chapter) =>
      chapter ? (partOf(part).chapters.find((c) => c.number === chapter)?.title ?? null) : null,
    parts: Object.fromEntries(r.parts.map((p) => [p.id, p.title])),
    rules: (scope) =>
      Object.fromEntries(r.statusRules.filter((x) => x.scope === scope).map((x) => [x.id, x.description])),
    subitemStatuses: Object.fromEntries(SubitemStatus.options.map((s) => [s, STATUS_LABELS[s]])),
    reading: await loadTitleReadings(),
  };
  return [
    itemsDataset(roadmap),
    subitemsDataset(roadmap),
    subitemEntriesDataset(roadmap),
    statusEvidenceDataset(roadmap),
    categoriesDataset(roadmap),
  ];
}

/** One row per numbered item, with its status and whether the crosswalk plan continues it. */
function itemsDataset({ r, successorsOf, statusOf, partOf, chapterTitle, parts, rules, reading }: Roadmap): Dataset {
  return {
    path: '2013/items',
    title: `${ROADMAP}の項目（1項目1行）`,
    description: `${r.items.length}の項目と、2013年（平成25年）9月末時点の状況、対応表の計画とのつながり（後継事業・関連）。`,
    schema: ItemRow,
    codes: { part: parts, status: STATUS_LABELS, status_rule: rules('item'), successor: SUCCESSOR_STATUS_LABELS },
    rows: parse(
      ItemRow,
      r.items.map((i) => {
        const linked = statusOf.get(i.no) ?? 'none';
        return {
          no: i.no,
          title: i.title,
          title_reading: reading(i.title),
          part: i.part,
          part_title: partOf(i.part).title,
          chapter: i.chapter,
          chapter_title: chapterTitle(i.part, i.chapter),
          category: i.categoryId,
          category_title: r.categoryById.get(i.categoryId)!.title,
          kana: i.kana,
          line: i.line,
          status: i.status,
          status_label: STATUS_LABELS[i.status],
          status_rule: i.statusRule,
          status_rule_label: statusRuleLabel(r.statusRules, i.statusRule),
          successor: linked,
          successor_label: SUCCESSOR_STATUS_LABELS[linked],
          url: openDataUrl(itemUrl(i.no)),
        };
      }),
    ),
    json: r.items.map((i) => OpenItem.parse(openItem(r, i, successorsOf.get(i.no) ?? []))),
    jsonSchema: OpenItem,
  };
}

/**
 * One row per sub-item, re-listed ones too: the title and description say so, since the pages count each sub-item
 * once (r.roadmap.counts.subitems) and a reader compares that count with the file's rows.
 */
function subitemsDataset({ r, subitems, rules, subitemStatuses }: Roadmap): Dataset {
  const relisted = subitems.filter(({ s }) => s.relistingOf !== null).length;
  return {
    path: '2013/subitems',
    title: `${ROADMAP}の取組（1取組1行、再掲を含む）`,
    description: `${subitems.length - relisted}の取組と、ほかの項目に再掲された取組${relisted}件の、2012・2013年度（平成24・25年度）の予定、進捗状況、状況。再掲の取組には再掲元の項目番号があります（サイトの件数では、再掲の取組を重ねて数えません）。`,
    schema: SubitemRow,
    codes: { status: subitemStatuses, status_rule: rules('subitem') },
    rows: parse(
      SubitemRow,
      subitems.map(({ s, no }) => ({
        id: s.id,
        item_no: no,
        item_title: r.itemByNo.get(no)!.title,
        name: s.name,
        name_reading: s.nameReading,
        line: s.line,
        fy2012: s.fy2012.raw,
        fy2013: s.fy2013.raw,
        fy2013_resolved: s.fy2013.resolved,
        fy2012_entries: s.fy2012.entries,
        fy2013_entries: s.fy2013.entries,
        progress: s.progress,
        progress_entries: s.progressEntries,
        progress_shared: s.progressShared,
        progress_divided: s.progressDividedByWording,
        status: s.status,
        status_label: STATUS_LABELS[s.status],
        status_rule: s.statusRule,
        status_rule_label: statusRuleLabel(r.statusRules, s.statusRule),
        status_evidence: [...new Set(s.statusEvidence)],
        status_quotes: [...new Set(s.statusQuotes)],
        relisting_of: s.relistingOf,
        relisting_of_title: s.relistingOf === null ? null : r.itemByNo.get(s.relistingOf)!.title,
      })),
    ),
  };
}

/** The cells that hold entries, with their labels (the long-format file's code table). */
const ENTRY_FIELDS = {
  fy2012: '平成24年度の予定',
  fy2013: '平成25年度の予定',
  progress: '進捗状況',
} as const;

/** One row per entry of a sub-item's schedule and progress cells, in their reading form. */
function subitemEntriesDataset({ subitems }: Roadmap): Dataset {
  const cells = (s: Subitem): Record<keyof typeof ENTRY_FIELDS, string[]> => ({
    fy2012: s.fy2012.entries,
    fy2013: s.fy2013.entries,
    progress: s.progressEntries,
  });
  return {
    path: '2013/subitem-entries',
    title: `${ROADMAP}の取組の記載（1記載1行）`,
    description:
      '各取組の平成24・25年度の予定と進捗状況の欄を、記載（文）ごとに1行にしたもの。PDFからの変換で行の区切りが空白になっているため、語句の途中の折り返しはつなぎ、文や記載の区切りで分けています。原資料のとおりの欄は subitems にあります。',
    schema: SubitemEntryRow,
    codes: { field: ENTRY_FIELDS },
    rows: parse(
      SubitemEntryRow,
      subitems.flatMap(({ s, no }) =>
        (Object.keys(ENTRY_FIELDS) as Array<keyof typeof ENTRY_FIELDS>).flatMap((field) =>
          cells(s)[field].map((text, k) => ({
            subitem_id: s.id,
            item_no: no,
            subitem_name: s.nameReading,
            line: s.line,
            field,
            field_label: ENTRY_FIELDS[field],
            entry_no: k + 1,
            text,
          })),
        ),
      ),
    ),
  };
}

/** One row per phrase a sub-item's status rests on, with the clause it stands in. */
function statusEvidenceDataset({ subitems, subitemStatuses }: Roadmap): Dataset {
  return {
    path: '2013/status-evidence',
    title: `${ROADMAP}の状況の根拠（1語句1行）`,
    description:
      '各取組の状況（このサイトによる分類）の根拠にした進捗状況の語句。根拠の語句がない取組（不明など）は行がありません。',
    schema: StatusEvidenceRow,
    codes: { status: subitemStatuses },
    rows: parse(
      StatusEvidenceRow,
      subitems.flatMap(({ s, no }) =>
        uniquePairs(s.statusEvidence, s.statusQuotes).map(([evidence, quote], k) => ({
          subitem_id: s.id,
          item_no: no,
          subitem_name: s.name,
          evidence_no: k + 1,
          evidence: `「${evidence}」`,
          quote: `「${quote}」`,
          status: s.status,
          status_label: STATUS_LABELS[s.status],
        })),
      ),
    ),
  };
}

/** Each word with the clause it stands in, once per pair (a word can stand in two clauses). */
function uniquePairs(words: readonly string[], quotes: readonly string[]): Array<[string, string]> {
  const seen = new Set<string>();
  return words
    .map((w, k): [string, string] => [w, quotes[k]!])
    .filter(([w, q]) => !seen.has(`${w}\u0000${q}`) && Boolean(seen.add(`${w}\u0000${q}`)));
}

/** One row per category. */
function categoriesDataset({ r, partOf, chapterTitle, parts }: Roadmap): Dataset {
  return {
    path: '2013/categories',
    title: `${ROADMAP}の分野`,
    description: '項目をまとめる分野（①〜）と、その部・章。items の分野IDのコード表でもあります。',
    schema: CategoryRow,
    codes: { part: parts },
    rows: parse(
      CategoryRow,
      r.categories.map((c) => ({
        id: c.id,
        title: c.title,
        part: c.part,
        part_title: partOf(c.part).title,
        chapter: c.chapter,
        chapter_title: chapterTitle(c.part, c.chapter),
        number: c.number,
        line: c.line,
        item_count: c.itemNos.length,
        url: openDataUrl(categoryUrl(c.id)),
      })),
    ),
  };
}
