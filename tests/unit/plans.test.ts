/**
 * Plans are data: the registry's checks, the parser reading a second year's plan (the FY2025 fixture, made from the
 * FY2024 text with the changes listed in tests/fixtures/fy2025/README.md), and projects linked across the two.
 * Expected facts come from that README and the fixture text, read by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkPlans } from '../../scripts/action-plan/lineage.ts';
import { parseActionPlan } from '../../scripts/action-plan/parse.ts';
import { ParseError } from '../../scripts/lib/source.ts';
import { ActionPlanCurated } from '../../src/schemas/action-plan.ts';
import { PlanRegistry } from '../../src/schemas/plans.ts';
import type { PlanEntry } from '../../src/schemas/plans.ts';
import { fy2024Curated, fy2024Entry, fy2024Text, parseFy2024Text, root } from './helpers.ts';

const fy2025Entry: PlanEntry = {
  id: 'fy2025',
  fiscalYear: { gregorian: 2025, era: '令和', eraYear: 7 },
  source: 'tests/fixtures/fy2025/source.txt',
  curated: 'tests/fixtures/fy2025/curated.json',
  published: '2025-06',
  draft: true,
};
const fy2025Text = readFileSync(join(root, fy2025Entry.source), 'utf8');
const fy2025Curated = ActionPlanCurated.parse(JSON.parse(readFileSync(join(root, fy2025Entry.curated), 'utf8')));
const fy2024 = parseFy2024Text(fy2024Text);
const fy2025 = parseActionPlan(fy2025Entry, fy2025Text, fy2025Curated);
const read = [
  { entry: fy2024Entry, data: fy2024, curated: fy2024Curated },
  { entry: fy2025Entry, data: fy2025, curated: fy2025Curated },
];
const byTitle = (data: typeof fy2024, title: string) => data.projects.find((p) => p.title === title)!;

const parseError = (fn: () => unknown): ParseError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
};

describe('plan registry', () => {
  it('rejects an ID that is not the fiscal year, a wrong 和暦 and plans out of order', () => {
    expect(PlanRegistry.safeParse([{ ...fy2025Entry, id: 'fy2024' }]).success).toBe(false);
    expect(
      PlanRegistry.safeParse([{ ...fy2025Entry, fiscalYear: { gregorian: 2025, era: '令和', eraYear: 6 } }]).success,
    ).toBe(false);
    expect(PlanRegistry.safeParse([fy2025Entry, fy2024Entry]).success).toBe(false);
    expect(PlanRegistry.safeParse([fy2024Entry, fy2025Entry]).success).toBe(true);
  });

  it('fails naming the title line when the document is not the year the registry says', () => {
    const error = parseError(() =>
      parseActionPlan({ ...fy2024Entry, fiscalYear: fy2025Entry.fiscalYear }, fy2024Text, fy2024Curated),
    );
    expect(error.file).toBe(fy2024Entry.source);
    expect(error.line).toBe(7);
    expect(error.expected).toContain('令和7年度');
  });

  it('fails naming the date line when the publication month differs', () => {
    const error = parseError(() =>
      parseActionPlan({ ...fy2024Entry, published: '2024-07' }, fy2024Text, fy2024Curated),
    );
    expect(error.line).toBe(15);
    expect(error.expected).toContain('2024-07');
  });

  it('reads the year of a budget remark from the remark, and fails on a year that is not the one before the plan', () => {
    const note = fy2024.projects.flatMap((p) => p.notes).find((n) => n.line === 386)!;
    expect(note).toEqual({ kind: 'fy2023-feb-supplementary-full', text: '全額R5.2補計上', line: 386 });
    const lines = fy2024Text.split('\n');
    expect(lines[385]).toBe('(全額R5.2補計上)');
    lines[385] = '(全額R4.2補計上)';
    const error = parseError(() => parseFy2024Text(lines.join('\n')));
    expect(error.line).toBe(386);
    expect(error.expected).toContain('R5');
  });
});

describe('the FY2025 fixture through the same parser', () => {
  it('reads its own year and the previous year from the document', () => {
    expect(fy2025.plan.id).toBe('fy2025');
    expect(fy2025.plan.fiscalYear).toEqual({ reiwa: 7, gregorian: 2025 });
    expect(fy2025.plan.published.month).toBe('2025-06');
    expect(fy2025.priorities).toHaveLength(2);
    expect(fy2025.visions).toHaveLength(8);
    expect(fy2025.plan.totals).toEqual({ projects: 104, appearances: 113, thousandYen: 28_601_890 });
    const note = fy2025.projects.flatMap((p) => p.notes).find((n) => n.line === 386)!;
    expect(note.kind).toBe('fy2024-feb-supplementary-full');
  });

  it('prints the FY2024 budget as the previous year of a priority project', () => {
    const p = byTitle(fy2025, '「こどもの権利サポートセンター」によるこどもの権利救済');
    expect(p.budgetThousandYen).toBe(26_500);
    expect(p.previousBudgetThousandYen).toBe(24_300);
    expect(byTitle(fy2024, p.title).budgetThousandYen).toBe(24_300);
  });

  it('moves 元気チャージプロジェクト from 中央区 to 東区', () => {
    const title = '健康まちづくり「元気チャージプロジェクト」の推進';
    expect(byTitle(fy2024, title).sections).toEqual(['ward-chuo']);
    expect(byTitle(fy2025, title).sections).toEqual(['ward-higashi']);
  });
});

describe('projects across plans', () => {
  const links = linkPlans(read);
  const to = new Map(links.map((l) => [l.from.id, l]));
  const from = new Map(links.map((l) => [l.to.id, l]));

  it('links equal titles by themselves and a curated rename with its reason', () => {
    expect(links).toHaveLength(103);
    const old = byTitle(fy2024, '生涯スポーツマスタープランの全面的な見直し');
    const renamed = byTitle(fy2025, '次期生涯スポーツマスタープランの策定');
    expect(renamed.id).not.toBe(old.id);
    expect(to.get(old.id)).toMatchObject({ to: { plan: 'fy2025', id: renamed.id }, by: 'renamed' });
    expect(to.get(old.id)!.reason).toContain('only the title changed');
    const kept = byTitle(fy2024, '児童手当の拡充');
    expect(to.get(kept.id)).toEqual({
      from: { plan: 'fy2024', id: kept.id },
      to: { plan: 'fy2025', id: kept.id },
      by: 'same-title',
      reason: null,
    });
  });

  it('leaves the removed project without a successor and the added one without a predecessor', () => {
    expect(to.has(byTitle(fy2024, 'こどもの居場所の確保').id)).toBe(false);
    expect(from.has(byTitle(fy2025, '生成AIを活用した業務効率化の推進').id)).toBe(false);
  });

  it('fails naming the curated file on a rename whose old title the earlier plan does not print', () => {
    const bad = structuredClone(fy2025Curated);
    bad.renames[0]!.from = '存在しない事業';
    expect(() => linkPlans([read[0]!, { ...read[1]!, curated: bad }])).toThrow(
      /tests\/fixtures\/fy2025\/curated\.json: rename: no project titled "存在しない事業" in fy2024/,
    );
  });
});
