/**
 * The dataset's records from the merged listings: a stable ID per project, the project records with every
 * appearance, and the priority, vision and ward records with their projects and totals.
 */
import { createHash } from 'node:crypto';
import { normalizeTitle } from '../lib/source.ts';
import type { Source } from '../lib/source.ts';
import type { Appearance, Priority, Project, SectionKey, Table, Vision, Ward } from '../../src/schemas/action-plan.ts';
import type { Merged } from './merge.ts';
import { WARDS } from './model.ts';
import type { Placed } from './model.ts';
import type { parsePriorities } from './priorities.ts';
import type { VisionDraft } from './visions.ts';
import type { parseWards } from './wards.ts';

/** Stable project ID: first 8 hex digits of SHA-256 over the normalised title. */
export function projectId(title: string): string {
  return createHash('sha256').update(normalizeTitle(title)).digest('hex').slice(0, 8);
}

/** The project ID of each listing and of each title printed; two projects with one ID fail (lengthen the ID). */
export function assignIds(merged: Merged[]) {
  const projectOf = new Map<Placed, string>();
  const idOfNorm = new Map<string, string>();
  const ids = new Set<string>();
  for (const m of merged) {
    const id = projectId(m.title);
    if (ids.has(id)) throw new Error(`project ID collision for "${m.title}" (${id}); lengthen the ID`);
    ids.add(id);
    for (const p of m.list) {
      projectOf.set(p, id);
      idOfNorm.set(normalizeTitle(p.listing.title.text), id);
    }
  }
  return { projectOf, idOfNorm };
}

/** One project record: its first listing's description and budget, every listing as an appearance. */
export function projectRecord(m: Merged, projectOf: Map<Placed, string>, tables: Table[]): Project {
  const id = projectOf.get(m.list[0]!)!;
  const appearances: Appearance[] = m.list.map((p) => ({
    section: p.section,
    group: p.group,
    layout: p.listing.layout,
    title: p.listing.title.text,
    titleLine: p.listing.title.no,
    description: p.listing.description.text,
    descriptionLine: p.listing.description.no,
    budgetThousandYen: p.listing.budget.thousandYen,
    budgetLine: p.listing.budget.line,
    previousBudget: p.previousBudget,
    notes: p.listing.notes,
  }));
  const notes = m.list
    .flatMap((p) => p.listing.notes)
    .filter((n, i, all) => all.findIndex((x) => x.kind === n.kind) === i);
  const previous = m.list.find((p) => p.previousBudget)?.previousBudget ?? null;
  const titles = [...new Set(m.list.map((p) => p.listing.title.text))];
  return {
    id,
    title: m.title,
    otherTitles: titles.filter((t) => t !== m.title),
    description: m.list[0]!.listing.description.text,
    budgetThousandYen: m.list[0]!.listing.budget.thousandYen,
    previousBudgetThousandYen: previous?.thousandYen ?? null,
    notes,
    indicators: m.list.flatMap((p) => p.listing.indicators),
    footnotes: m.list.flatMap((p) => p.listing.footnotes),
    sections: m.list.map((p) => p.section),
    appearances,
    tableIds: tables.filter((t) => t.attachedTo.kind === 'project' && t.attachedTo.id === id).map((t) => t.id),
    sourceLines: [
      ...new Set(
        m.list.flatMap((p) => [
          p.listing.budget.line,
          ...(p.previousBudget?.thousandYen != null ? [p.previousBudget.line] : []),
        ]),
      ),
    ].sort((a, b) => a - b),
  };
}

/** The project IDs of a section's listings, in document order, and the total budget of a list of projects. */
export interface Totals {
  idsIn: (section: SectionKey) => string[];
  sum: (ids: string[]) => number;
}

/** Section totals over the placed listings: each project counted once per section, at its own budget. */
export function totalsOf(placed: Placed[], projectOf: Map<Placed, string>, projects: Project[]): Totals {
  const byId = new Map(projects.map((p) => [p.id, p]));
  return {
    idsIn: (section) => placed.filter((p) => p.section === section).map((p) => projectOf.get(p)!),
    sum: (ids) => ids.reduce((s, id) => s + byId.get(id)!.budgetThousandYen, 0),
  };
}

/** The priority records: groups by project ID, this year's total and the previous year's as printed. */
export function priorityRecords(
  prio: ReturnType<typeof parsePriorities>,
  projectOf: Map<Placed, string>,
  totals: Totals,
): Priority[] {
  return prio.priorities.map((p) => {
    const projectIds = totals.idsIn(p.id);
    return {
      ...p,
      groups: p.groups.map((g) => ({
        title: g.title,
        line: g.line,
        projectIds: g.listings.map((l) => projectOf.get(l)!),
      })),
      projectIds,
      totalThousandYen: totals.sum(projectIds),
      previousTotalThousandYen: prio.placed
        .filter((l) => l.section === p.id)
        .reduce((s, l) => s + (l.previousBudget?.thousandYen ?? 0), 0),
    };
  });
}

/** The vision records: their projects, the tables attached to the vision itself, and their total. */
export function visionRecords(visions: VisionDraft[], tables: Table[], totals: Totals): Vision[] {
  return visions.map((v) => {
    const projectIds = totals.idsIn(`vision-${v.number}` as SectionKey);
    return {
      ...v,
      projectIds,
      tableIds: tables.filter((t) => t.attachedTo.kind === 'vision' && t.attachedTo.id === v.id).map((t) => t.id),
      totalThousandYen: totals.sum(projectIds),
    };
  });
}

/** The ward records, every ward with at least one project under its label; `end` is the contact block's line. */
export function wardRecords(src: Source, wards: ReturnType<typeof parseWards>, totals: Totals, end: number): Ward[] {
  return WARDS.map((w) => {
    const section = `ward-${w.id}` as SectionKey;
    const projectIds = totals.idsIn(section);
    const labelLine = [...wards.wardOf.values()].find((x) => x.id === w.id)?.labelLine;
    if (!projectIds.length || labelLine === undefined) src.fail(end, `projects under the ward label ${w.name}`, 'none');
    const box = wards.boxes.get(w.id);
    return {
      id: w.id,
      section,
      name: w.name,
      slogan: box?.slogan ?? null,
      vision: box?.vision ?? null,
      labelLine,
      projectIds,
      totalThousandYen: totals.sum(projectIds),
      frameThousandYen: w.id === 'common' ? wards.frame.commonThousandYen : wards.frame.perWardThousandYen,
    };
  });
}
