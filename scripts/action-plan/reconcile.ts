/**
 * Reconciliation: every NNN千円 figure in the document is a project budget, a previous-year budget, or listed in the
 * curated file (otherFigures) with a reason; and every budget remark names the year before the plan's.
 */
import { ParseError, parseAmount } from '../lib/source.ts';
import type { Line, Source } from '../lib/source.ts';
import type { Figure, Project } from '../../src/schemas/action-plan.ts';
import { noteFiscalYear } from './blocks.ts';
import type { Curated, Year } from './model.ts';

/** The budget a line holds, with the project it belongs to. */
type BudgetAt = Map<number, { id: string; kind: 'budget' | 'previous-budget'; thousandYen: number }>;

/** A budget remark names the year before the plan's (R5.2補 in the 令和6年度 plan): anything else is a misprint. */
export function checkNoteYears(src: Source, projects: Project[], year: Year): void {
  for (const p of projects)
    for (const a of p.appearances)
      for (const n of a.notes)
        if (noteFiscalYear(n.kind) !== year.gregorian - 1)
          src.fail(
            n.line,
            `a remark naming R${year.reiwa - 1} (令和${year.reiwa - 1}年度, the year before the plan)`,
            `"(${n.text})"`,
          );
}

/** Finds every 千円 figure and classifies it; fails on any that is neither a budget nor a curated other figure. */
export function reconcile(src: Source, projects: Project[], curated: Curated): Figure[] {
  const budgetAt = budgetLines(projects);
  const usedOther = new Set<number>();
  const figures = src.lines.flatMap((line) => lineFigures(src, line, budgetAt, curated, usedOther));
  curated.otherFigures.forEach((o, k) => {
    if (!usedOther.has(k))
      throw new ParseError(
        src.file,
        src.lines.length,
        `the curated other figure ${o.figure} on a line reading "${o.lineText}"`,
        'no such line',
      );
  });
  for (const p of projects) {
    for (const a of p.appearances) {
      if (!figures.some((f) => f.line === a.budgetLine && f.kind === 'budget'))
        src.fail(a.budgetLine, 'a 千円 budget figure', src.quote(a.budgetLine));
    }
  }
  return figures;
}

/** The lines that hold a budget or a previous-year budget of some project. */
function budgetLines(projects: Project[]): BudgetAt {
  const budgetAt: BudgetAt = new Map();
  for (const p of projects) {
    for (const a of p.appearances) {
      budgetAt.set(a.budgetLine, { id: p.id, kind: 'budget', thousandYen: a.budgetThousandYen });
      if (a.previousBudget?.thousandYen != null)
        budgetAt.set(a.previousBudget.line, {
          id: p.id,
          kind: 'previous-budget',
          thousandYen: a.previousBudget.thousandYen,
        });
    }
  }
  return budgetAt;
}

/** The 千円 figures of one line: its budget where the line holds one, else curated other figures (noted as used). */
function lineFigures(src: Source, line: Line, budgetAt: BudgetAt, curated: Curated, usedOther: Set<number>): Figure[] {
  const figures: Figure[] = [];
  for (const m of line.raw.matchAll(/(\d[\d,]*)千円/g)) {
    const thousandYen =
      parseAmount(m[1]!) ??
      src.fail(line.no, 'a 千円 figure with thousands separators every three digits', `"${m[0]}"`);
    const column = [...line.raw.slice(0, m.index)].length + 1;
    const figure = { id: `L${line.no}C${column}`, line: line.no, column, text: m[0], thousandYen };
    const budget = budgetAt.get(line.no);
    if (budget && budget.thousandYen === thousandYen) {
      figures.push({ ...figure, kind: budget.kind, projectId: budget.id, reason: null });
      continue;
    }
    const k = curated.otherFigures.findIndex((o) => o.figure === m[0] && o.lineText === line.text);
    if (k < 0) {
      src.fail(
        line.no,
        `the figure ${m[0]} to be a project budget or listed in ${curated.file} (otherFigures) with a reason`,
        src.quote(line.no),
      );
    }
    usedOther.add(k);
    figures.push({ ...figure, kind: 'other', projectId: null, reason: curated.otherFigures[k]!.reasonJa });
  }
  return figures;
}
