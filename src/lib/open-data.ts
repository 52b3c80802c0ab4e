/**
 * The open-data records other tools read (/data/fy2024/projects.json). The field names are a published contract:
 * add fields, never rename or remove one.
 */
import type { Project } from '../schemas/fy2024.ts';
import { projectUrl } from './urls.ts';

export function openProject(p: Project) {
  return {
    id: p.id,
    url: projectUrl(p.id),
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
