/**
 * The plan registry (content/plans.json), validated once. Imported by the data build (plain Node) and by the site
 * (Astro), so both see the same list of plans in the same order.
 */
import raw from '../../../content/plans.json' with { type: 'json' };
import { PlanRegistry } from '../../schemas/plans.ts';
import type { PlanEntry } from '../../schemas/plans.ts';

/** Every registered plan, oldest first. */
export const plans: readonly PlanEntry[] = PlanRegistry.parse(raw);

/** The newest plan: the one the header and home page lead to. */
export const latestPlan: PlanEntry = plans.at(-1)!;

/** A registered plan by ID; throws on an unknown one, so a mistyped ID fails the build. */
export function planEntry(id: string): PlanEntry {
  const plan = plans.find((p) => p.id === id);
  if (!plan) throw new Error(`no plan "${id}" in content/plans.json (known: ${plans.map((p) => p.id).join(', ')})`);
  return plan;
}

/** The plan listed just before this one in the registry (the previous year's), if any. */
export function previousPlan(id: string): PlanEntry | undefined {
  return plans[plans.findIndex((p) => p.id === id) - 1];
}

/** The plan listed just after this one, if any. */
export function nextPlan(id: string): PlanEntry | undefined {
  const i = plans.findIndex((p) => p.id === id);
  return i < 0 ? undefined : plans[i + 1];
}

/** The plan the 2013 roadmap's promises are linked to (the crosswalk), if any. */
export const crosswalkPlan: PlanEntry | undefined = plans.find((p) => p.crosswalk2013);
