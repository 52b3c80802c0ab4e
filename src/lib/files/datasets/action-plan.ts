/**
 * One action plan's datasets, under /data/<plan>/ (e.g. /data/fy2024/): one function per file, in the order the
 * downloads page lists them, each reading the plan's loaded data through the same few names (`Plan`).
 */
import { getCollection } from 'astro:content';
import {
  AppearanceRow,
  BudgetNoteRow,
  FigureRow,
  IndicatorRow,
  MeasureRow,
  OpenProject,
  PriorityRow,
  ProjectRow,
  RelatedVisionRow,
  TableCellRow,
  VisionAimRow,
  VisionRow,
  WardRow,
} from '../../../schemas/open-data.ts';
import type { Figure, Project } from '../../../schemas/action-plan.ts';
import { crosswalkPlan, plans } from '../../config/plans.ts';
import { priorityUrl, projectUrl, visionUrl, wardUrl } from '../../config/urls.ts';
import { PREVIOUS_BUDGET_STATUS_LABELS, planYear, previousBudgetStatus } from '../../format/strings.ts';
import { changePercent } from '../../format/format.ts';
import {
  loadRoadmap2013,
  loadTitleReadings,
  predecessorsOf,
  projectAcrossPlans,
  sectionInfo,
} from '../../data/collections.ts';
import type { PlanData } from '../../data/collections.ts';
import { FIGURE_KIND_LABELS, budgetNoteMeaning, budgetNoteYear, openDataUrl, openProject } from '../open-data.ts';
import type { ProjectContext } from '../open-data.ts';
import { parse } from './dataset.ts';
import type { Dataset, Row } from './dataset.ts';

/** What a plan's datasets read: its data, its ID and year, and the titles of its sections and projects. */
interface Plan {
  f: PlanData;
  id: string;
  /** The plan's fiscal year in 和暦 (令和6年度), in every dataset's title. */
  year: string;
  gregorian: number;
  /** A section's title (ビジョン3 …) by its key. */
  title: (key: string) => string;
  projectTitle: (id: string) => string;
}

/** One plan's datasets, under /data/<plan>/. */
export async function planDatasets(f: PlanData): Promise<Dataset[]> {
  const id = f.entry.id;
  const plan: Plan = {
    f,
    id,
    year: planYear(f.entry),
    gregorian: f.entry.fiscalYear.gregorian,
    title: (key) => sectionInfo(f, key as Project['sections'][number]).title,
    projectTitle: (pid) => f.projectById.get(pid)!.title,
  };
  return [
    projectsDataset(plan, await projectContexts(f), await loadTitleReadings()),
    appearancesDataset(plan),
    budgetNotesDataset(plan),
    indicatorsDataset(plan),
    prioritiesDataset(plan),
    visionsDataset(plan),
    visionAimsDataset(plan),
    relatedVisionsDataset(plan),
    measuresDataset(plan),
    wardsDataset(plan),
    tablesDataset(plan),
    figuresDataset(plan, await planFigures(id)),
  ];
}

/** What a project's published record says beyond the plan itself: the same project in other plans, its 2013 items. */
async function projectContexts(f: PlanData): Promise<ProjectContext[]> {
  const id = f.entry.id;
  const r = await loadRoadmap2013();
  return Promise.all(
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
          ? (await predecessorsOf([p.id, ...p.tableIds])).map(({ no, link }) => ({
              no,
              title: r.itemByNo.get(no)!.title,
              link,
            }))
          : [],
    })),
  );
}

/** A plan's 千円 figures in document order. */
async function planFigures(id: string): Promise<Figure[]> {
  return (await getCollection('figures', (e) => e.id.startsWith(`${id}/`)))
    .map((e) => e.data)
    .sort((a, b) => a.line - b.line || a.column - b.column);
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

/**
 * A project's previous-year columns: what the source says (a code with its label), and the year, the figure, the
 * change and its percentage only where a figure is printed.
 */
function previousColumns(p: Project, gregorian: number) {
  const status = previousBudgetStatus(p);
  const previous = p.previousBudgetThousandYen;
  return {
    previous_budget_status: status,
    previous_budget_status_label: PREVIOUS_BUDGET_STATUS_LABELS[status],
    previous_fiscal_year: previous === null ? null : gregorian - 1,
    previous_budget_thousand_yen: previous,
    change_thousand_yen: previous === null ? null : p.budgetThousandYen - previous,
    change_percent: previous === null ? null : changePercent(previous, p.budgetThousandYen),
  };
}

/** One row per project, with the section of each kind it is listed in. */
function projectsDataset(
  { f, id, year, gregorian, title }: Plan,
  contexts: ProjectContext[],
  reading: (title: string) => string,
): Dataset {
  return {
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
          title_reading: reading(p.title),
          description: p.description,
          ...yearColumns(f),
          budget_thousand_yen: p.budgetThousandYen,
          ...previousColumns(p, gregorian),
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
  };
}

/** One row per listing of a project in a section. */
function appearancesDataset({ f, id, year, gregorian, title }: Plan): Dataset {
  return {
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
  };
}

/** One row per budget remark of a listing. */
function budgetNotesDataset({ f, id, year, title }: Plan): Dataset {
  return {
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
  };
}

/** One row per line under a project's ☑ indicator. */
function indicatorsDataset({ f, id, year }: Plan): Dataset {
  return {
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
  };
}

/** One row per priority. */
function prioritiesDataset({ f, id, year, gregorian }: Plan): Dataset {
  return {
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
  };
}

/** One row per vision. */
function visionsDataset({ f, id, year }: Plan): Dataset {
  return {
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
  };
}

/** One row per paragraph of a vision's aims. */
function visionAimsDataset({ f, id, year, title }: Plan): Dataset {
  return {
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
  };
}

/** One row per vision named under a vision's related visions. */
function relatedVisionsDataset({ f, id, year, title }: Plan): Dataset {
  return {
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
  };
}

/** One row per measure. */
function measuresDataset({ f, id, year, title }: Plan): Dataset {
  return {
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
  };
}

/** One row per ward's section (and the five wards' common one). */
function wardsDataset({ f, id, year }: Plan): Dataset {
  return {
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
  };
}

/** One row per line of a table cell. */
function tablesDataset({ f, id, year, title, projectTitle }: Plan): Dataset {
  return {
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
  };
}

/** One row per 千円 figure in the document, with what it is. */
function figuresDataset({ id, year, gregorian, projectTitle }: Plan, figures: Figure[]): Dataset {
  return {
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
  };
}
