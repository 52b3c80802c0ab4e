/**
 * Every downloadable dataset: its path, what it holds, its row schema and its rows. The downloads page, the data
 * dictionary, the CSV/JSON/JSON-Schema endpoints and their tests all read this one list.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { getCollection } from 'astro:content';
import {
  AppearanceRow,
  CrosswalkRow,
  FigureRow,
  ItemRow,
  MeasureRow,
  OpenItem,
  OpenProject,
  PriorityRow,
  ProjectLinkRow,
  ProjectRow,
  QualityNoteRow,
  SubitemRow,
  TableCellRow,
  VisionRow,
  WardRow,
} from '../schemas/open-data.ts';
import { loadCrosswalk, loadPlans, loadRoadmap2013 } from './data.ts';
import type { PlanData } from './data.ts';
import { ROADMAP, planYear } from './strings.ts';
import { crosswalkPlan } from './plans.ts';
import { projectUrl } from './urls.ts';
import { openItem, openProject } from './open-data.ts';

export interface Dataset {
  /** Path without extension under /data/, e.g. `fy2024/projects`. */
  path: string;
  title: string;
  description: string;
  /** The row schema: CSV columns and data dictionary. */
  schema: z.ZodObject;
  /** One flat row per CSV line. */
  rows: Array<Record<string, unknown>>;
  /** The JSON file's content when it differs from the rows (the published contracts); else the rows. */
  json?: unknown[];
  /** Schema of that JSON when it differs from the row schema. */
  jsonSchema?: z.ZodType;
}

let datasets: Promise<Dataset[]> | undefined;

export function loadDatasets(): Promise<Dataset[]> {
  datasets ??= build();
  return datasets;
}

const parse = <S extends z.ZodObject>(schema: S, rows: unknown[]) =>
  rows.map((row) => schema.parse(row) as Record<string, unknown>);

async function build(): Promise<Dataset[]> {
  const all = await loadPlans();
  return [
    ...(await Promise.all(all.map(planDatasets))).flat(),
    ...(all.length > 1 ? [await acrossPlans(all)] : []),
    ...(await roadmapDatasets(all)),
  ];
}

/** One plan's datasets, under /data/<plan>/. */
async function planDatasets(f: PlanData): Promise<Dataset[]> {
  const id = f.entry.id;
  const year = planYear(f.entry);
  const figures = (await getCollection('figures', (e) => e.id.startsWith(`${id}/`)))
    .map((e) => e.data)
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return [
    {
      path: `${id}/projects`,
      title: `${year}の事業（1事業1行）`,
      description: 'アクションプランに掲載された事業。重点事項とビジョンの両方に掲載された事業も1行です。',
      schema: ProjectRow,
      rows: parse(
        ProjectRow,
        f.projects.map((p) => ({
          id: p.id,
          url: projectUrl(id, p.id),
          title: p.title,
          other_titles: p.otherTitles,
          description: p.description,
          budget_thousand_yen: p.budgetThousandYen,
          previous_budget_thousand_yen: p.previousBudgetThousandYen,
          notes: p.notes.map((n) => n.text),
          sections: p.sections,
          indicators: p.indicators.map((i) => [i.label, ...i.details].join(' ')),
          source_lines: p.sourceLines,
        })),
      ),
      json: f.projects.map((p) => OpenProject.parse(openProject(id, p))),
      jsonSchema: OpenProject,
    },
    {
      path: `${id}/appearances`,
      title: `${year}の事業の掲載箇所（1掲載1行）`,
      description: '事業が掲載された箇所ごとの表記・説明・予算と行番号。',
      schema: AppearanceRow,
      rows: parse(
        AppearanceRow,
        f.projects.flatMap((p) =>
          p.appearances.map((a) => ({
            project_id: p.id,
            section: a.section,
            group: a.group,
            title: a.title,
            title_line: a.titleLine,
            description: a.description,
            description_line: a.descriptionLine,
            budget_thousand_yen: a.budgetThousandYen,
            budget_line: a.budgetLine,
            previous_budget_thousand_yen: a.previousBudget?.thousandYen ?? null,
            previous_budget_text: a.previousBudget?.text ?? null,
            previous_budget_line: a.previousBudget?.line ?? null,
            notes: a.notes.map((n) => n.text),
          })),
        ),
      ),
    },
    {
      path: `${id}/priorities`,
      title: `${year}の重点事項`,
      description: `${f.priorities.length}つの重点事項と、その事業と合計額。`,
      schema: PriorityRow,
      rows: parse(
        PriorityRow,
        f.priorities.map((p) => ({
          id: p.id,
          number: p.number,
          title: p.title,
          title_line: p.titleLine,
          lead: p.lead.text,
          project_ids: p.projectIds,
          total_thousand_yen: p.totalThousandYen,
          previous_total_thousand_yen: p.previousTotalThousandYen,
        })),
      ),
    },
    {
      path: `${id}/visions`,
      title: `${year}のビジョン`,
      description: `${f.visions.length}つのビジョンと、その事業と合計額。`,
      schema: VisionRow,
      rows: parse(
        VisionRow,
        f.visions.map((v) => ({
          id: v.id,
          number: v.number,
          title: v.title,
          title_line: v.titleLine,
          aims: v.aims.map((a) => a.text).join('\n'),
          related_visions: v.relatedVisions.map((x) => x.number),
          project_ids: v.projectIds,
          total_thousand_yen: v.totalThousandYen,
        })),
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
          v.measures.map((m) => ({ id: m.id, vision: v.number, title: m.title, summary: m.summary, line: m.line })),
        ),
      ),
    },
    {
      path: `${id}/wards`,
      title: `${year}の区の取組`,
      description: '5区と5区共通の取組、その事業と合計額、推進経費の枠。',
      schema: WardRow,
      rows: parse(
        WardRow,
        f.wards.map((w) => ({
          id: w.id,
          name: w.name,
          slogan: w.slogan?.text ?? null,
          vision: w.vision?.text ?? null,
          label_line: w.labelLine,
          project_ids: w.projectIds,
          total_thousand_yen: w.totalThousandYen,
          frame_thousand_yen: w.frameThousandYen,
        })),
      ),
    },
    {
      path: `${id}/tables`,
      title: `${year}の資料中の表（1セル1行）`,
      description: '資料に載っている小さな表の各セル。列の数が表ごとに違うため、1セル1行にしています。',
      schema: TableCellRow,
      rows: parse(
        TableCellRow,
        f.tables.flatMap((t) =>
          [{ cells: t.header, line: t.caption.line }, ...t.rows].flatMap((row, i) =>
            row.cells.map((text, column) => ({
              table_id: t.id,
              table_title: t.title,
              attached_to: t.attachedTo.id,
              row: i,
              column,
              text,
              line: i === 0 ? t.rows[0]!.line - 1 : row.line,
            })),
          ),
        ),
      ),
    },
    {
      path: `${id}/figures`,
      title: `${year}の「千円」の金額の照合表`,
      description: '資料中のすべての「千円」の金額と、それが何の金額か。',
      schema: FigureRow,
      rows: parse(
        FigureRow,
        figures.map((x) => ({
          line: x.line,
          column: x.column,
          text: x.text,
          thousand_yen: x.thousandYen,
          kind: x.kind,
          project_id: x.projectId,
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
    rows: parse(
      ProjectLinkRow,
      links.map((link) => {
        const from = byPlan.get(link.from.plan)!.projectById.get(link.from.id)!;
        const to = byPlan.get(link.to.plan)!.projectById.get(link.to.id)!;
        return {
          from_plan: link.from.plan,
          from_id: link.from.id,
          from_title: from.title,
          from_budget_thousand_yen: from.budgetThousandYen,
          to_plan: link.to.plan,
          to_id: link.to.id,
          to_title: to.title,
          to_budget_thousand_yen: to.budgetThousandYen,
          linked_by: link.by,
        };
      }),
    ),
  };
}

/** The 2013 roadmap's datasets, the crosswalk and the quality notes of every document. */
async function roadmapDatasets(all: PlanData[]): Promise<Dataset[]> {
  const r = await loadRoadmap2013();
  const cw = await loadCrosswalk();
  const successorsOf = new Map(cw.map((c) => [c.no, c.successors]));
  return [
    {
      path: '2013/items',
      title: `${ROADMAP}の項目（1項目1行）`,
      description: `${r.items.length}の項目と、平成25年9月末時点の状況、対応表の計画での後継の有無。`,
      schema: ItemRow,
      rows: parse(
        ItemRow,
        r.items.map((i) => ({
          no: i.no,
          url: `/2013/items/${i.no}/`,
          part: i.part,
          chapter: i.chapter,
          category: i.categoryId,
          kana: i.kana,
          title: i.title,
          line: i.line,
          status: i.status,
          status_rule: i.statusRule,
          successor: successorsOf.get(i.no)?.length ? 'linked' : 'none',
        })),
      ),
      json: r.items.map((i) =>
        OpenItem.parse({
          ...openItem(i),
          successors: (successorsOf.get(i.no) ?? []).map(({ kind, id, title, url, shared }) => ({
            kind,
            id,
            title,
            url,
            shared,
          })),
        }),
      ),
      jsonSchema: OpenItem,
    },
    {
      path: '2013/subitems',
      title: `${ROADMAP}の取組（1取組1行）`,
      description:
        '各項目の取組と、平成24・25年度の予定、進捗状況、状況。再掲の取組は relisting_of に元の項目番号があります。',
      schema: SubitemRow,
      rows: parse(
        SubitemRow,
        [
          ...r.items.flatMap((i) => i.subitems.map((s) => ({ s, no: i.no }))),
          ...r.relistings.flatMap((x) => x.subitems.map((s) => ({ s, no: x.relistingOf }))),
        ].map(({ s, no }) => ({
          id: s.id,
          item_no: no,
          name: s.name,
          line: s.line,
          fy2012: s.fy2012.raw,
          fy2013: s.fy2013.raw,
          fy2013_resolved: s.fy2013.resolved,
          progress: s.progress,
          progress_shared: s.progressShared,
          status: s.status,
          status_rule: s.statusRule,
          status_evidence: [...new Set(s.statusEvidence)],
          relisting_of: s.relistingOf,
        })),
      ),
    },
    {
      path: '2013/crosswalk',
      title: `${ROADMAP}の項目と${crosswalkPlan ? planYear(crosswalkPlan) : ''}の後継（1つながり1行）`,
      description: `${ROADMAP}の各項目を引き継ぐ${crosswalkPlan ? planYear(crosswalkPlan) : ''}の事業・施策・ビジョン。後継のない項目も「none」として1行あります。`,
      schema: CrosswalkRow,
      rows: parse(
        CrosswalkRow,
        cw.flatMap((c): Array<Record<string, unknown>> => {
          const title = r.itemByNo.get(c.no)!.title;
          if (!c.successors.length)
            return [
              {
                item_no: c.no,
                item_title: title,
                status: 'none',
                successor_kind: null,
                successor_id: null,
                successor_title: null,
                shared: null,
                note: null,
              },
            ];
          return c.successors.map((s) => ({
            item_no: c.no,
            item_title: title,
            status: 'linked',
            successor_kind: s.kind,
            successor_id: s.id,
            successor_title: s.title,
            shared: s.shared,
            note: s.note,
          }));
        }),
      ),
    },
    {
      path: 'quality-notes',
      title: 'データの注記（原資料の不整合）',
      description: '原資料で見つかった表記の揺れや変換によるずれと、このサイトでの扱い。',
      schema: QualityNoteRow,
      rows: parse(QualityNoteRow, [
        ...all.flatMap((f) =>
          f.qualityNotes.map((n) => ({
            id: n.id,
            document: f.entry.id,
            kind: n.kind,
            message: n.message,
            resolution: n.resolution,
            lines: n.lines,
          })),
        ),
        ...(await getCollection('roadmap2013QualityNotes')).map(({ data: n }) => ({
          id: n.id,
          document: '2013',
          kind: n.kind,
          message: n.message,
          resolution: n.resolution,
          lines: n.lines,
        })),
      ]),
    },
  ];
}

/** A JSON Schema document for a dataset's JSON file. */
export function jsonSchemaOf(d: Dataset): unknown {
  return {
    $id: `/data/${d.path}.schema.json`,
    title: d.title,
    description: d.description,
    ...(z.toJSONSchema(z.array(d.jsonSchema ?? d.schema)) as object),
  };
}

/** Columns of a row schema with their type and meaning, for the data dictionary. */
export function columnsOf(schema: z.ZodObject): Array<{ name: string; type: string; meaning: string }> {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType) as {
      type?: string | string[];
      items?: { type?: string };
      anyOf?: Array<{ type?: string }>;
    };
    const types = json.anyOf ? json.anyOf.map((t) => t.type) : Array.isArray(json.type) ? json.type : [json.type];
    const type = types
      .map((t) =>
        t === 'array'
          ? `${json.items?.type ?? 'string'}のリスト`
          : t === 'integer'
            ? '整数'
            : t === 'string'
              ? '文字列'
              : t === 'boolean'
                ? '真偽値'
                : t === 'null'
                  ? '空'
                  : String(t),
      )
      .join(' または ');
    return { name, type, meaning: (field as z.ZodType).description ?? '' };
  });
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
