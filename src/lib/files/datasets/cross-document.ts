/**
 * The datasets that join documents: projects followed from one plan to the next (lineage), the 2013 roadmap's items
 * and their successors in a plan (the crosswalk), and the data-quality notes of every document.
 */
import { getCollection } from 'astro:content';
import {
  CrosswalkRejectedRow,
  CrosswalkRow,
  ProjectLinkRow,
  QualityNoteLineRow,
  QualityNoteRow,
} from '../../../schemas/open-data.ts';
import { crosswalkPlan } from '../../config/plans.ts';
import { ROADMAP, STRENGTH_LABELS, planYear } from '../../format/strings.ts';
import { loadCrosswalk, loadRoadmap2013 } from '../../data/collections.ts';
import type { PlanData } from '../../data/collections.ts';
import {
  LINKED_BY_LABELS,
  QUALITY_NOTE_KIND_LABELS,
  SUCCESSOR_KIND_LABELS,
  SUCCESSOR_STATUS_LABELS,
  openDataUrl,
  planLabel,
} from '../open-data.ts';
import { plainNoteWords } from '../../i18n/notes.ts';
import { parse } from './dataset.ts';
import type { Dataset, Row } from './dataset.ts';

/** Projects followed from one plan to the next: one row per link, with how it was made. */
export async function acrossPlansDataset(all: PlanData[]): Promise<Dataset> {
  const byPlan = new Map(all.map((f) => [f.entry.id, f]));
  const links = (await getCollection('projectLinks')).map((e) => e.data);
  return {
    path: 'projects-across-plans',
    title: '年度をまたいだ事業のつながり（1つながり1行）',
    description:
      '前の年度のアクションプランの事業と、次の年度の同じ事業。名称が同じもの、または名称の変更をこのサイトが確認したもの。',
    schema: ProjectLinkRow,
    codes: { linked_by: LINKED_BY_LABELS },
    rows: parse(
      ProjectLinkRow,
      links.map((link) => {
        const fromPlan = byPlan.get(link.from.plan)!;
        const toPlan = byPlan.get(link.to.plan)!;
        const from = fromPlan.projectById.get(link.from.id)!;
        const to = toPlan.projectById.get(link.to.id)!;
        return {
          from_plan: link.from.plan,
          from_plan_label: planLabel(fromPlan.entry),
          from_fiscal_year: fromPlan.entry.fiscalYear.gregorian,
          from_id: link.from.id,
          from_title: from.title,
          from_budget_thousand_yen: from.budgetThousandYen,
          to_plan: link.to.plan,
          to_plan_label: planLabel(toPlan.entry),
          to_fiscal_year: toPlan.entry.fiscalYear.gregorian,
          to_id: link.to.id,
          to_title: to.title,
          to_budget_thousand_yen: to.budgetThousandYen,
          linked_by: link.by,
          linked_by_label: LINKED_BY_LABELS[link.by],
        };
      }),
    ),
  };
}

/**
 * The 2013 roadmap's items and their links to the crosswalk plan: one row per link, with its strength (後継 or 関連),
 * the sub-item it is about and its note; an item without a link has one row too.
 */
export async function crosswalkDataset(all: PlanData[]): Promise<Dataset> {
  const r = await loadRoadmap2013();
  const cw = await loadCrosswalk();
  const linkedPlan = crosswalkPlan && all.find((f) => f.entry.id === crosswalkPlan!.id);
  const year = crosswalkPlan ? planYear(crosswalkPlan) : '';
  return {
    path: '2013/crosswalk',
    title: `${ROADMAP}の項目と${year}の後継事業と関連する取組・施策・ビジョン（1つながり1行）`,
    description: `${ROADMAP}の各項目を引き継ぐ${year}の後継事業（後継）と、関連する事業・表・施策・ビジョン（関連）。つながりはこのサイトの判断です。つながりのない項目も1行あります。`,
    schema: CrosswalkRow,
    codes: { status: SUCCESSOR_STATUS_LABELS, strength: STRENGTH_LABELS, successor_kind: SUCCESSOR_KIND_LABELS },
    rows: parse(
      CrosswalkRow,
      cw.flatMap((c): Row[] => {
        const base = {
          item_no: c.no,
          item_title: r.itemByNo.get(c.no)!.title,
          status: c.status,
          status_label: SUCCESSOR_STATUS_LABELS[c.status],
          successor_plan: crosswalkPlan?.id,
          successor_plan_label: linkedPlan && planLabel(linkedPlan.entry),
        };
        if (!c.links.length)
          return [
            {
              ...base,
              strength: null,
              strength_label: null,
              subitem_id: null,
              subitem: null,
              successor_kind: null,
              successor_kind_label: null,
              successor_id: null,
              successor_title: null,
              note: null,
              shared: null,
              successor_url: null,
            },
          ];
        return c.links.map((l) => ({
          ...base,
          strength: l.strength,
          strength_label: STRENGTH_LABELS[l.strength],
          subitem_id: l.subitem?.id ?? null,
          subitem: l.subitem?.name ?? null,
          successor_kind: l.kind,
          successor_kind_label: SUCCESSOR_KIND_LABELS[l.kind],
          successor_id: l.id,
          successor_title: l.title,
          note: l.note,
          shared: l.shared,
          successor_url: openDataUrl(l.url),
        }));
      }),
    ),
  };
}

/** Links considered for the crosswalk and not made, with the reason: one row per rejection (long format). */
export async function crosswalkRejectedDataset(all: PlanData[]): Promise<Dataset> {
  const r = await loadRoadmap2013();
  const cw = await loadCrosswalk();
  const linkedPlan = crosswalkPlan && all.find((f) => f.entry.id === crosswalkPlan!.id);
  return {
    path: '2013/crosswalk-rejected',
    title: `${ROADMAP}の項目と、結び付けなかった${crosswalkPlan ? planYear(crosswalkPlan) : ''}の事業・施策・ビジョン（1件1行）`,
    description: `対応表を作るときに検討し、結び付けなかった事業・表・施策・ビジョンと、その理由（このサイトの判断）。`,
    schema: CrosswalkRejectedRow,
    codes: { successor_kind: SUCCESSOR_KIND_LABELS },
    rows: parse(
      CrosswalkRejectedRow,
      cw.flatMap((c) =>
        c.rejected.map((x) => ({
          item_no: c.no,
          item_title: r.itemByNo.get(c.no)!.title,
          successor_plan: crosswalkPlan?.id,
          successor_plan_label: linkedPlan && planLabel(linkedPlan.entry),
          successor_kind: x.kind,
          successor_kind_label: SUCCESSOR_KIND_LABELS[x.kind],
          successor_id: x.id,
          successor_title: x.title,
          reason: x.reason,
        })),
      ),
    ),
  };
}

/** The quality notes of every document, and the lines each one names. */
export async function qualityNoteDatasets(all: PlanData[]): Promise<Dataset[]> {
  const r = await loadRoadmap2013();
  const documents = Object.fromEntries([
    ...all.map((f) => [f.entry.id, planLabel(f.entry)]),
    [r.roadmap.id, r.roadmap.title],
  ]);
  const notes = [
    ...all.flatMap((f) =>
      f.qualityNotes.map((n) => ({
        id: n.id,
        document: f.entry.id,
        document_label: planLabel(f.entry),
        kind: n.kind,
        kind_label: QUALITY_NOTE_KIND_LABELS[n.kind],
        ...plainNoteWords(n),
        project_id: n.projectId,
        item_no: null,
        lines: n.lines,
      })),
    ),
    ...(await getCollection('roadmap2013QualityNotes')).map(({ data: n }) => ({
      id: n.id,
      document: r.roadmap.id,
      document_label: r.roadmap.title,
      kind: n.kind,
      kind_label: QUALITY_NOTE_KIND_LABELS[n.kind],
      ...plainNoteWords(n),
      project_id: null,
      item_no: n.itemNo,
      lines: n.lines,
    })),
  ];
  return [
    {
      path: 'quality-notes',
      title: 'データの注記（原資料の不整合）',
      description:
        '原資料で見つかった表記の揺れや変換によるずれと、このサイトでの扱い。関係する行は quality-note-lines にあります。',
      schema: QualityNoteRow,
      codes: { kind: QUALITY_NOTE_KIND_LABELS, document: documents },
      rows: parse(QualityNoteRow, notes),
    },
    {
      path: 'quality-note-lines',
      title: 'データの注記が関係する原資料の行（1行ずつ）',
      description: '各注記に関係する原資料の行。',
      schema: QualityNoteLineRow,
      codes: { document: documents },
      rows: parse(
        QualityNoteLineRow,
        notes.flatMap((n) =>
          n.lines.map((line) => ({ note_id: n.id, document: n.document, document_label: n.document_label, line })),
        ),
      ),
    },
  ];
}
