/**
 * Every downloadable dataset: its path, what it holds, its row schema and its rows. The downloads page, the data
 * dictionary, the CSV/JSON/JSON-Schema endpoints, the zip of everything and their tests all read this one list.
 *
 * A dataset's rows are flat records: the JSON file holds them as they are (IDs as the site uses them), the CSV holds
 * the columns that carry one datum each, under their Japanese names, with IDs in a form a spreadsheet keeps as text.
 * A list (a project's sections, a note's lines) stays in the JSON and has a long-format dataset of its own.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { getCollection } from 'astro:content';
import {
  AppearanceRow,
  BudgetNoteRow,
  CategoryRow,
  CodeRow,
  CrosswalkRow,
  DictionaryRow,
  FigureRow,
  IndicatorRow,
  ItemRow,
  MeasureRow,
  OpenItem,
  OpenProject,
  PriorityRow,
  ProjectLinkRow,
  ProjectRow,
  QualityNoteLineRow,
  QualityNoteRow,
  RelatedVisionRow,
  StatusEvidenceRow,
  SubitemRow,
  TableCellRow,
  VisionAimRow,
  VisionRow,
  WardRow,
  columnInfo,
} from '../../../schemas/open-data.ts';
import type { ColumnInfo } from '../../../schemas/open-data.ts';
import type { Project } from '../../../schemas/action-plan.ts';
import { SubitemStatus } from '../../../schemas/roadmap2013.ts';
import {
  loadCrosswalk,
  loadPlans,
  loadRoadmap2013,
  predecessorsOf,
  projectAcrossPlans,
  sectionInfo,
} from '../../data/collections.ts';
import type { PlanData } from '../../data/collections.ts';
import { ROADMAP, STATUS_LABELS, planYear } from '../../format/strings.ts';
import { crosswalkPlan, plans } from '../../config/plans.ts';
import { categoryUrl, itemUrl, priorityUrl, projectUrl, visionUrl, wardUrl } from '../../config/urls.ts';
import {
  FIGURE_KIND_LABELS,
  LINKED_BY_LABELS,
  QUALITY_NOTE_KIND_LABELS,
  SUCCESSOR_KIND_LABELS,
  SUCCESSOR_STATUS_LABELS,
  budgetNoteMeaning,
  budgetNoteYear,
  openDataUrl,
  openItem,
  openProject,
  planLabel,
  statusRuleLabel,
} from '../open-data.ts';
import { toCsv } from '../csv.ts';
import type { CsvColumn } from '../csv.ts';

type Row = Record<string, unknown>;

export interface Dataset {
  /** Path without extension under /data/, e.g. `fy2024/projects`. */
  path: string;
  title: string;
  description: string;
  /** The row schema: JSON rows, CSV columns and data dictionary. */
  schema: z.ZodObject;
  /** One flat record per row. */
  rows: Row[];
  /** The JSON file's content when it differs from the rows (the published contracts); else the rows. */
  json?: unknown[];
  /** Schema of that JSON when it differs from the row schema. */
  jsonSchema?: z.ZodType;
  /**
   * The whole code table of an enumerated column (code → label), so the dictionary lists every code, those no row
   * uses today too; other coded columns list the codes their rows use.
   */
  codes?: Record<string, Readonly<Record<string, string>>>;
}

let datasets: Promise<Dataset[]> | undefined;

export function loadDatasets(): Promise<Dataset[]> {
  datasets ??= build();
  return datasets;
}

const parse = <S extends z.ZodObject>(schema: S, rows: unknown[]) => rows.map((row) => schema.parse(row) as Row);

async function build(): Promise<Dataset[]> {
  const all = await loadPlans();
  const data = [
    ...(await Promise.all(all.map(planDatasets))).flat(),
    ...(all.length > 1 ? [await acrossPlans(all)] : []),
    ...(await roadmapDatasets(all)),
    ...(await qualityNotes(all)),
  ];
  return [...data, ...dictionaryDatasets(data)];
}

/** The one section of a kind a project is listed in; projects.csv has one column per kind. */
function sectionOf(f: PlanData, p: Project, kind: 'priority' | 'vision' | 'ward'): string | null {
  const keys = p.sections.filter((s) => s.startsWith(`${kind}-`));
  if (keys.length > 1)
    throw new Error(
      `${f.entry.id}: project ${p.id} (${p.title}) is listed in ${keys.join(' and ')}; projects.csv has one ${kind} column, so a project in two needs a long-format file (appearances.csv already lists every listing)`,
    );
  return keys[0] ?? null;
}

/** A plan's fiscal year columns, in both calendars. */
const yearColumns = (f: PlanData) => ({
  fiscal_year: f.entry.fiscalYear.gregorian,
  fiscal_year_label: planYear(f.entry),
});

/** A table cell's line that is a plain number as printed (`9,608`, `21`), as a number; else undefined. */
function plainNumber(text: string): number | undefined {
  return /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

/** One plan's datasets, under /data/<plan>/. */
async function planDatasets(f: PlanData): Promise<Dataset[]> {
  const id = f.entry.id;
  const year = planYear(f.entry);
  const gregorian = f.entry.fiscalYear.gregorian;
  const title = (key: string) => sectionInfo(f, key as Project['sections'][number]).title;
  const figures = (await getCollection('figures', (e) => e.id.startsWith(`${id}/`)))
    .map((e) => e.data)
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const r = await loadRoadmap2013();
  const contexts = await Promise.all(
    f.projects.map(async (p) => ({
      otherPlans:
        plans.length > 1
          ? (await projectAcrossPlans(id, p.id)).chain
              .filter((x) => x.plan.entry.id !== id)
              .map((x) => ({
                plan: x.plan.entry,
                id: x.project.id,
                title: x.project.title,
                budgetThousandYen: x.project.budgetThousandYen,
                url: projectUrl(x.plan.entry.id, x.project.id),
              }))
          : [],
      predecessors:
        id === crosswalkPlan?.id
          ? (await predecessorsOf([p.id])).map(({ no, successor }) => ({
              no,
              title: r.itemByNo.get(no)!.title,
              shared: successor.shared,
            }))
          : [],
    })),
  );
  const projectTitle = (pid: string) => f.projectById.get(pid)!.title;
  return [
    {
      path: `${id}/projects`,
      title: `${year}の事業（1事業1行）`,
      description:
        'アクションプランに掲載された事業。重点事項とビジョンの両方に掲載された事業も1行です。掲載箇所ごとの表記と行は appearances にあります。',
      schema: ProjectRow,
      rows: parse(
        ProjectRow,
        f.projects.map((p) => {
          const priority = sectionOf(f, p, 'priority');
          const vision = sectionOf(f, p, 'vision');
          const ward = sectionOf(f, p, 'ward');
          return {
            id: p.id,
            title: p.title,
            description: p.description,
            ...yearColumns(f),
            budget_thousand_yen: p.budgetThousandYen,
            previous_fiscal_year: gregorian - 1,
            previous_budget_thousand_yen: p.previousBudgetThousandYen,
            priority,
            priority_title: priority && title(priority),
            vision,
            vision_title: vision && title(vision),
            ward: ward && ward.slice('ward-'.length),
            ward_name: ward && f.wards.find((w) => w.section === ward)!.name,
            title_line: p.appearances[0]!.titleLine,
            url: openDataUrl(projectUrl(id, p.id)),
          };
        }),
      ),
      json: f.projects.map((p, i) => OpenProject.parse(openProject(f, p, contexts[i]!))),
      jsonSchema: OpenProject,
    },
    {
      path: `${id}/appearances`,
      title: `${year}の事業の掲載箇所（1掲載1行）`,
      description: '事業が掲載された箇所ごとの表記・説明・予算額と、その行番号。',
      schema: AppearanceRow,
      rows: parse(
        AppearanceRow,
        f.projects.flatMap((p) =>
          p.appearances.map((a) => ({
            project_id: p.id,
            section: a.section,
            section_title: title(a.section),
            group: a.group,
            title: a.title,
            title_line: a.titleLine,
            description: a.description,
            description_line: a.descriptionLine,
            ...yearColumns(f),
            budget_thousand_yen: a.budgetThousandYen,
            budget_line: a.budgetLine,
            previous_fiscal_year: gregorian - 1,
            previous_budget_thousand_yen: a.previousBudget?.thousandYen ?? null,
            previous_budget_text: a.previousBudget?.text ?? null,
            previous_budget_line: a.previousBudget?.line ?? null,
            notes: a.notes.map((n) => n.text),
          })),
        ),
      ),
    },
    {
      path: `${id}/budget-notes`,
      title: `${year}の予算の注記（1注記1行）`,
      description: '予算額に添えられた注記（例：全額R5.2補計上）と、その意味。掲載箇所ごとに1行です。',
      schema: BudgetNoteRow,
      rows: parse(
        BudgetNoteRow,
        f.projects.flatMap((p) =>
          p.appearances.flatMap((a) =>
            a.notes.map((n) => ({
              project_id: p.id,
              project_title: p.title,
              section: a.section,
              section_title: title(a.section),
              kind: n.kind,
              kind_label: budgetNoteMeaning(n.kind),
              fiscal_year: budgetNoteYear(n.kind),
              text: n.text,
              line: n.line,
            })),
          ),
        ),
      ),
    },
    {
      path: `${id}/indicators`,
      title: `${year}の事業の指標（☑の内容1行ごとに1行）`,
      description: '事業に添えられた☑の指標。見出しの下の内容1行ごとに1行です。',
      schema: IndicatorRow,
      rows: parse(
        IndicatorRow,
        f.projects.flatMap((p) =>
          p.indicators.flatMap((ind, i): Row[] => {
            const base = { project_id: p.id, project_title: p.title, indicator_no: i + 1, label: ind.label };
            return ind.details.length
              ? ind.details.map((detail, k) => ({ ...base, detail_no: k + 1, detail, line: ind.line }))
              : [{ ...base, detail_no: null, detail: null, line: ind.line }];
          }),
        ),
      ),
    },
    {
      path: `${id}/priorities`,
      title: `${year}の重点事項`,
      description: `${f.priorities.length}つの重点事項と、その事業の数と予算額の合計。`,
      schema: PriorityRow,
      rows: parse(
        PriorityRow,
        f.priorities.map((p) => ({
          id: p.id,
          title: p.title,
          number: p.number,
          title_line: p.titleLine,
          lead: p.lead.text,
          ...yearColumns(f),
          total_thousand_yen: p.totalThousandYen,
          previous_fiscal_year: gregorian - 1,
          previous_total_thousand_yen: p.previousTotalThousandYen,
          project_count: p.projectIds.length,
          url: openDataUrl(priorityUrl(id, p.number)),
          project_ids: p.projectIds,
        })),
      ),
    },
    {
      path: `${id}/visions`,
      title: `${year}のビジョン`,
      description: `${f.visions.length}つのビジョンと、その事業の数と予算額の合計。めざす姿は vision-aims にあります。`,
      schema: VisionRow,
      rows: parse(
        VisionRow,
        f.visions.map((v) => ({
          id: v.id,
          title: v.title,
          number: v.number,
          title_line: v.titleLine,
          ...yearColumns(f),
          total_thousand_yen: v.totalThousandYen,
          project_count: v.projectIds.length,
          url: openDataUrl(visionUrl(id, v.number)),
          aims: v.aims.map((a) => a.text).join('\n'),
          related_visions: v.relatedVisions.map((x) => x.number),
          project_ids: v.projectIds,
        })),
      ),
    },
    {
      path: `${id}/vision-aims`,
      title: `${year}のビジョンのめざす姿（1段落1行）`,
      description: '各ビジョンの「めざす姿と取組の方向性」の段落。',
      schema: VisionAimRow,
      rows: parse(
        VisionAimRow,
        f.visions.flatMap((v) =>
          v.aims.map((a, i) => ({
            vision_id: v.id,
            vision_title: title(v.id),
            paragraph_no: i + 1,
            text: a.text,
            line: a.line,
          })),
        ),
      ),
    },
    {
      path: `${id}/related-visions`,
      title: `${year}の関連するビジョン（1つながり1行）`,
      description: '各ビジョンの「(関連するビジョン)」に挙げられたビジョン。',
      schema: RelatedVisionRow,
      rows: parse(
        RelatedVisionRow,
        f.visions.flatMap((v) =>
          v.relatedVisions.map((x) => ({
            vision_id: v.id,
            vision_title: title(v.id),
            related_vision_id: `vision-${x.number}`,
            related_vision_title: title(`vision-${x.number}`),
            title_as_printed: x.titleAsPrinted,
            line: x.line,
          })),
        ),
      ),
    },
    {
      path: `${id}/measures`,
      title: `${year}の施策`,
      description: 'ビジョンを実現するための施策（1-1 など）。',
      schema: MeasureRow,
      rows: parse(
        MeasureRow,
        f.visions.flatMap((v) =>
          v.measures.map((m) => ({
            id: m.id,
            vision_id: v.id,
            vision_title: title(v.id),
            title: m.title,
            summary: m.summary,
            line: m.line,
          })),
        ),
      ),
    },
    {
      path: `${id}/wards`,
      title: `${year}の区の取組`,
      description: '5区と5区共通の取組、その事業の数と予算額の合計、推進経費の枠。',
      schema: WardRow,
      rows: parse(
        WardRow,
        f.wards.map((w) => ({
          id: w.id,
          name: w.name,
          slogan: w.slogan?.text ?? null,
          vision: w.vision?.text ?? null,
          label_line: w.labelLine,
          ...yearColumns(f),
          total_thousand_yen: w.totalThousandYen,
          frame_thousand_yen: w.frameThousandYen,
          project_count: w.projectIds.length,
          url: openDataUrl(wardUrl(id, w.id)),
          project_ids: w.projectIds,
        })),
      ),
    },
    {
      path: `${id}/tables`,
      title: `${year}の資料中の表（セルの1行ごとに1行）`,
      description:
        '資料に載っている小さな表の各セル。列の数が表ごとに違うため縦持ちにし、複数行のセルは1行ずつに分け、数字だけのセルは数値の列に入れています。',
      schema: TableCellRow,
      rows: parse(
        TableCellRow,
        f.tables.flatMap((t) =>
          [{ cells: t.header, line: t.rows[0]!.line - 1 }, ...t.rows].flatMap((row, i) =>
            row.cells.flatMap((cell, column) =>
              cell.split('\n').map((text, k) => {
                const number = plainNumber(text.trim());
                return {
                  table_id: t.id,
                  table_title: t.title,
                  attached_to: t.attachedTo.id,
                  attached_to_title:
                    t.attachedTo.kind === 'project' ? projectTitle(t.attachedTo.id) : title(t.attachedTo.id),
                  unit: t.unit,
                  row: i,
                  column,
                  line_in_cell: k + 1,
                  number: number ?? null,
                  text: number === undefined && text.trim() ? text.trim() : null,
                  line: row.line,
                  cell_text: cell,
                };
              }),
            ),
          ),
        ),
      ),
    },
    {
      path: `${id}/figures`,
      title: `${year}の「千円」の金額の照合表`,
      description: '資料中のすべての「千円」の金額と、それが何の金額か。',
      schema: FigureRow,
      codes: { kind: FIGURE_KIND_LABELS },
      rows: parse(
        FigureRow,
        figures.map((x) => ({
          line: x.line,
          column: x.column,
          text: x.text,
          thousand_yen: x.thousandYen,
          fiscal_year: x.kind === 'budget' ? gregorian : x.kind === 'previous-budget' ? gregorian - 1 : null,
          kind: x.kind,
          kind_label: FIGURE_KIND_LABELS[x.kind],
          project_id: x.projectId,
          project_title: x.projectId && projectTitle(x.projectId),
          reason: x.reason,
        })),
      ),
    },
  ];
}

/** Projects followed from one plan to the next: one row per link, with how it was made. */
async function acrossPlans(all: PlanData[]): Promise<Dataset> {
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

/** The 2013 roadmap's datasets and its crosswalk. */
async function roadmapDatasets(all: PlanData[]): Promise<Dataset[]> {
  const r = await loadRoadmap2013();
  const cw = await loadCrosswalk();
  const successorsOf = new Map(cw.map((c) => [c.no, c.successors]));
  const partOf = (id: string) => r.parts.find((p) => p.id === id)!;
  const chapterTitle = (part: string, chapter: number | null) =>
    chapter ? (partOf(part).chapters.find((c) => c.number === chapter)?.title ?? null) : null;
  const linkedPlan = crosswalkPlan && all.find((f) => f.entry.id === crosswalkPlan!.id);
  const parts = Object.fromEntries(r.parts.map((p) => [p.id, p.title]));
  const rules = (scope: 'item' | 'subitem') =>
    Object.fromEntries(r.statusRules.filter((x) => x.scope === scope).map((x) => [x.id, x.description]));
  const subitemStatuses = Object.fromEntries(SubitemStatus.options.map((s) => [s, STATUS_LABELS[s]]));
  return [
    {
      path: '2013/items',
      title: `${ROADMAP}の項目（1項目1行）`,
      description: `${r.items.length}の項目と、2013年（平成25年）9月末時点の状況、対応表の計画での後継の有無。`,
      schema: ItemRow,
      codes: { part: parts, status: STATUS_LABELS, status_rule: rules('item'), successor: SUCCESSOR_STATUS_LABELS },
      rows: parse(
        ItemRow,
        r.items.map((i) => {
          const linked = successorsOf.get(i.no)?.length ? 'linked' : 'none';
          return {
            no: i.no,
            title: i.title,
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
    },
    {
      path: '2013/subitems',
      title: `${ROADMAP}の取組（1取組1行）`,
      description:
        '各項目の取組と、2012・2013年度（平成24・25年度）の予定、進捗状況、状況。再掲の取組には再掲元の項目番号があります。',
      schema: SubitemRow,
      codes: { status: subitemStatuses, status_rule: rules('subitem') },
      rows: parse(
        SubitemRow,
        [
          ...r.items.flatMap((i) => i.subitems.map((s) => ({ s, no: i.no }))),
          ...r.relistings.flatMap((x) => x.subitems.map((s) => ({ s, no: x.relistingOf }))),
        ].map(({ s, no }) => ({
          id: s.id,
          item_no: no,
          item_title: r.itemByNo.get(no)!.title,
          name: s.name,
          line: s.line,
          fy2012: s.fy2012.raw,
          fy2013: s.fy2013.raw,
          fy2013_resolved: s.fy2013.resolved,
          progress: s.progress,
          progress_shared: s.progressShared,
          progress_divided: s.progressDividedByWording,
          status: s.status,
          status_label: STATUS_LABELS[s.status],
          status_rule: s.statusRule,
          status_rule_label: statusRuleLabel(r.statusRules, s.statusRule),
          status_evidence: [...new Set(s.statusEvidence)],
          relisting_of: s.relistingOf,
          relisting_of_title: s.relistingOf === null ? null : r.itemByNo.get(s.relistingOf)!.title,
        })),
      ),
    },
    {
      path: '2013/status-evidence',
      title: `${ROADMAP}の状況の根拠（1語句1行）`,
      description:
        '各取組の状況（このサイトによる分類）の根拠にした進捗状況の語句。根拠の語句がない取組（不明など）は行がありません。',
      schema: StatusEvidenceRow,
      codes: { status: subitemStatuses },
      rows: parse(
        StatusEvidenceRow,
        [
          ...r.items.flatMap((i) => i.subitems.map((s) => ({ s, no: i.no }))),
          ...r.relistings.flatMap((x) => x.subitems.map((s) => ({ s, no: x.relistingOf }))),
        ].flatMap(({ s, no }) =>
          [...new Set(s.statusEvidence)].map((evidence, k) => ({
            subitem_id: s.id,
            item_no: no,
            subitem_name: s.name,
            evidence_no: k + 1,
            evidence: `「${evidence}」`,
            status: s.status,
            status_label: STATUS_LABELS[s.status],
          })),
        ),
      ),
    },
    {
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
    },
    {
      path: '2013/crosswalk',
      title: `${ROADMAP}の項目と${crosswalkPlan ? planYear(crosswalkPlan) : ''}の後継（1つながり1行）`,
      description: `${ROADMAP}の各項目を引き継ぐ${crosswalkPlan ? planYear(crosswalkPlan) : ''}の事業・施策・ビジョン。後継のない項目も1行あります。`,
      schema: CrosswalkRow,
      codes: { status: SUCCESSOR_STATUS_LABELS, successor_kind: SUCCESSOR_KIND_LABELS },
      rows: parse(
        CrosswalkRow,
        cw.flatMap((c): Row[] => {
          const base = {
            item_no: c.no,
            item_title: r.itemByNo.get(c.no)!.title,
            successor_plan: crosswalkPlan?.id,
            successor_plan_label: linkedPlan && planLabel(linkedPlan.entry),
          };
          if (!c.successors.length)
            return [
              {
                ...base,
                status: 'none',
                status_label: SUCCESSOR_STATUS_LABELS.none,
                successor_kind: null,
                successor_kind_label: null,
                successor_id: null,
                successor_title: null,
                shared: null,
                note: null,
                successor_url: null,
              },
            ];
          return c.successors.map((s) => ({
            ...base,
            status: 'linked',
            status_label: SUCCESSOR_STATUS_LABELS.linked,
            successor_kind: s.kind,
            successor_kind_label: SUCCESSOR_KIND_LABELS[s.kind],
            successor_id: s.id,
            successor_title: s.title,
            shared: s.shared,
            note: s.note,
            successor_url: openDataUrl(s.url),
          }));
        }),
      ),
    },
  ];
}

/** The quality notes of every document, and the lines each one names. */
async function qualityNotes(all: PlanData[]): Promise<Dataset[]> {
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
        message: n.message,
        resolution: n.resolution,
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
      message: n.message,
      resolution: n.resolution,
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

/** The data dictionary and the code tables as datasets of their own, for programs and for the zip. */
function dictionaryDatasets(data: Dataset[]): Dataset[] {
  const described = [
    ...data,
    // The two describe themselves too (their rows come from their schemas alone).
    { path: 'dictionary', title: 'データ辞書（1列1行）', schema: DictionaryRow },
    { path: 'codes', title: 'コード表（1コード1行）', schema: CodeRow },
  ];
  return [
    {
      path: 'dictionary',
      title: 'データ辞書（1列1行）',
      description: 'すべてのデータセットの列の日本語名・項目名（物理名）・型・単位・意味。',
      schema: DictionaryRow,
      rows: parse(
        DictionaryRow,
        described.flatMap((d) =>
          columnsOf(d.schema).map((c, i) => ({
            dataset: d.path,
            dataset_title: d.title,
            order: i + 1,
            name: c.name,
            title: c.title,
            type: c.type,
            unit: c.unit ?? null,
            in_csv: c.inCsv,
            csv_form: c.csvForm ?? null,
            label_column: c.label ?? null,
            meaning: c.meaning,
          })),
        ),
      ),
    },
    {
      path: 'codes',
      title: 'コード表（1コード1行）',
      description: 'コードで書かれた列の、すべてのコードとその意味。',
      schema: CodeRow,
      rows: parse(
        CodeRow,
        data.flatMap((d) =>
          codesOf(d).flatMap((c) =>
            c.codes.map((x) => ({
              dataset: d.path,
              column: c.name,
              column_title: c.title,
              code: x.code,
              label: x.label,
            })),
          ),
        ),
      ),
    },
  ];
}

/** A column of a row schema as the dictionary shows it. */
export interface ColumnDoc {
  name: string;
  title: string;
  type: string;
  unit?: string | undefined;
  meaning: string;
  inCsv: boolean;
  csvForm?: string | undefined;
  label?: string | undefined;
}

const TYPE_NAMES: Record<string, string> = {
  integer: '整数',
  number: '数値',
  string: '文字列',
  boolean: '真偽値',
};

/** Columns of a row schema with their Japanese name, type and meaning, for the data dictionary. */
export function columnsOf(schema: z.ZodObject): ColumnDoc[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const info = columnInfo.get(field as z.ZodType) as ColumnInfo | undefined;
    if (!info)
      throw new Error(`column ${name} has no Japanese name and meaning (see col() in src/schemas/open-data.ts)`);
    type Variant = { type?: string; items?: { type?: string } };
    const json = z.toJSONSchema(field as z.ZodType) as Omit<Variant, 'type'> & {
      type?: string | string[];
      anyOf?: Variant[];
    };
    // A nullable column is `anyOf: [T, null]` or `type: [T, "null"]`, by zod's choice.
    const variants: Variant[] =
      json.anyOf ??
      (Array.isArray(json.type)
        ? json.type.map((type) => ({ type, ...(json.items ? { items: json.items } : {}) }))
        : [{ type: json.type ?? 'string', ...(json.items ? { items: json.items } : {}) }]);
    const types = variants.map((v) => v.type ?? 'string');
    const base = variants
      .filter((v) => v.type !== 'null')
      .map((v) =>
        v.type === 'array'
          ? `${TYPE_NAMES[v.items?.type ?? 'string']}のリスト`
          : (TYPE_NAMES[v.type ?? 'string'] ?? String(v.type)),
      )
      .join('・');
    return {
      name,
      title: info.title,
      type: types.includes('null') ? `${base}（空欄あり）` : base,
      unit: info.unit,
      meaning: info.description,
      inCsv: !info.jsonOnly,
      csvForm: info.csvForm?.text,
      label: info.label,
    };
  });
}

/** Every coded column of a dataset with its codes and their labels, in the order they first occur. */
export function codesOf(
  d: Dataset,
): Array<{ name: string; title: string; codes: Array<{ code: string; label: string }> }> {
  return columnsOf(d.schema)
    .filter((c) => c.label)
    .map((c) => {
      const codes = new Map<string, string>(Object.entries(d.codes?.[c.name] ?? {}));
      for (const row of d.rows) {
        const code = row[c.name];
        if (code === null || code === undefined) continue;
        const label = String(row[c.label!]);
        const known = codes.get(String(code));
        if (known !== undefined && known !== label)
          throw new Error(`${d.path}: code ${String(code)} of ${c.name} has two labels, ${known} and ${label}`);
        codes.set(String(code), label);
      }
      const list = [...codes].map(([code, label]) => ({ code, label }));
      // A full table keeps its own order (statuses as the site lists them); the rest in natural order.
      if (!d.codes?.[c.name]) list.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
      return { name: c.name, title: c.title, codes: list };
    });
}

/**
 * The columns of a row schema's CSV, from the schema alone: its fields in order, less those kept in the JSON only,
 * each under its Japanese name and written in its CSV form where it declares one.
 */
export function csvColumns(schema: z.ZodObject): CsvColumn[] {
  return Object.entries(schema.shape).flatMap(([key, field]): CsvColumn[] => {
    const info = columnInfo.get(field as z.ZodType);
    if (!info)
      throw new Error(`column ${key} has no Japanese name and meaning (see col() in src/schemas/open-data.ts)`);
    if (info.jsonOnly) return [];
    return [{ key, title: info.title, ...(info.csvForm ? { write: info.csvForm.write } : {}) }];
  });
}

/** A dataset's CSV file. */
export const csvOf = (d: Dataset): string => toCsv(csvColumns(d.schema), d.rows);

/** A JSON Schema document for a dataset's JSON file. */
export function jsonSchemaOf(d: Dataset): unknown {
  return {
    $id: `/data/${d.path}.schema.json`,
    title: d.title,
    description: d.description,
    ...(z.toJSONSchema(z.array(d.jsonSchema ?? d.schema)) as object),
  };
}

// Pages are rendered from the project root during the build.
const root = process.cwd();

/**
 * The dataset version: the first 12 hex digits of SHA-256 over every content JSON file, so it changes exactly when
 * the data does; and the date of the commit the site is built from (stable across rebuilds), if git knows it.
 */
let version: { version: string; date: string | null } | undefined;

export function datasetVersion(): { version: string; date: string | null } {
  // Once per build: every project and promise page cites it, and hashing the data or asking git per page would make
  // the build quadratic in the number of records.
  version ??= computeVersion();
  return version;
}

function computeVersion(): { version: string; date: string | null } {
  // Every JSON file under content/, by path: the registry, each plan's folder, the 2013 data, links and curated
  // decisions. A new plan's folder is new files here, so it changes the version without a list to update.
  const hash = createHash('sha256');
  const files = (readdirSync(join(root, 'content'), { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, 'content', file)));
  return { version: hash.digest('hex').slice(0, 12), date: commitDate() };
}

function commitDate(): string | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() || null;
  } catch {
    // Not a git checkout (e.g. a source archive): the version alone identifies the data.
    return null;
  }
}
