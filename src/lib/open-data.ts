/**
 * The open-data records other tools read (/data/<plan>/projects.json). The field names are a published contract:
 * add fields, never rename or remove one.
 */
import type { Project } from '../schemas/action-plan.ts';
import type { Item } from '../schemas/roadmap2013.ts';
import { itemUrl, projectUrl } from './urls.ts';

export function openProject(plan: string, p: Project) {
  return {
    id: p.id,
    url: projectUrl(plan, p.id),
    title: p.title,
    otherTitles: p.otherTitles,
    description: p.description,
    budgetThousandYen: p.budgetThousandYen,
    previousBudgetThousandYen: p.previousBudgetThousandYen,
    notes: p.notes.map((n) => n.text),
    sections: p.sections,
    sourceLines: p.sourceLines,
    appearances: p.appearances.map((a) => ({
      section: a.section,
      title: a.title,
      titleLine: a.titleLine,
      budgetLine: a.budgetLine,
      previousBudgetLine: a.previousBudget?.line ?? null,
    })),
  };
}

/** The open-data record of a 2013 roadmap item (/data/2013/items.json). Same contract rule as above. */
export function openItem(item: Item) {
  return {
    no: item.no,
    url: itemUrl(item.no),
    part: item.part,
    chapter: item.chapter,
    category: item.categoryId,
    kana: item.kana,
    title: item.title,
    line: item.line,
    status: item.status,
    statusRule: item.statusRule,
    asOf: '2013-09-30',
    subitems: item.subitems.map((s) => ({
      id: s.id,
      name: s.name,
      fy2012: s.fy2012.raw,
      fy2013: s.fy2013.raw,
      fy2013Resolved: s.fy2013.resolved,
      progress: s.progress,
      status: s.status,
      statusRule: s.statusRule,
      statusEvidence: [...new Set(s.statusEvidence)],
      relistingOf: s.relistingOf,
      line: s.line,
    })),
  };
}
