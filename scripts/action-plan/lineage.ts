/**
 * Projects across years: links each project of a plan to the same project in the plan registered just before it.
 * Equal normalised titles (the title-hash key, or any title a listing printed) link by themselves; a change of
 * title links only through a curated rename in the later plan's curated file, checked on both sides.
 */
import { normalizeTitle } from '../lib/source.ts';
import { ProjectLink } from '../../src/schemas/action-plan.ts';
import type { ActionPlanCurated, ActionPlanDataset, Project } from '../../src/schemas/action-plan.ts';
import type { PlanEntry } from '../../src/schemas/plans.ts';

const titlesOf = (p: Project): string[] => [p.title, ...p.otherTitles].map(normalizeTitle);

/** One registered plan as the data build has read it. */
export interface ReadPlan {
  entry: PlanEntry;
  data: ActionPlanDataset;
  curated: ActionPlanCurated;
}

/** Links between consecutive plans (oldest first), in the later plan's document order. */
export function linkPlans(read: readonly ReadPlan[]): ProjectLink[] {
  const links: ProjectLink[] = [];
  read.forEach((later, i) => {
    const fail = (message: string): never => {
      throw new Error(`${later.entry.curated}: ${message}`);
    };
    const earlier = read[i - 1];
    for (const r of later.curated.renames)
      if (r.fromPlan !== earlier?.entry.id)
        fail(`rename "${r.from}" → "${r.to}": fromPlan must be the plan registered just before ${later.entry.id}`);
    if (!earlier) return;
    const byTitle = new Map<string, Project>();
    for (const p of earlier.data.projects) for (const t of titlesOf(p)) byTitle.set(t, p);
    const find = (data: ActionPlanDataset, title: string): Project | undefined =>
      data.projects.find((p) => titlesOf(p).includes(normalizeTitle(title)));

    const renamed = new Map<string, { from: Project; reason: string }>();
    for (const r of later.curated.renames) {
      const from = find(earlier.data, r.from) ?? fail(`rename: no project titled "${r.from}" in ${earlier.entry.id}`);
      const to = find(later.data, r.to) ?? fail(`rename: no project titled "${r.to}" in ${later.entry.id}`);
      if (titlesOf(to).some((t) => byTitle.has(t)))
        fail(`rename "${r.from}" → "${r.to}": "${r.to}" already links to ${earlier.entry.id} by its title`);
      if (renamed.has(to.id)) fail(`rename: "${r.to}" is renamed twice`);
      renamed.set(to.id, { from, reason: r.reason });
    }

    const used = new Map<string, string>();
    for (const p of later.data.projects) {
      const rename = renamed.get(p.id);
      const from =
        rename?.from ??
        titlesOf(p)
          .map((t) => byTitle.get(t))
          .find((x) => x !== undefined);
      if (!from) continue;
      const other = used.get(from.id);
      if (other)
        fail(
          `${earlier.entry.id} project "${from.title}" continues as two projects of ${later.entry.id} (${other}, ${p.id})`,
        );
      used.set(from.id, p.id);
      links.push(
        ProjectLink.parse({
          from: { plan: earlier.entry.id, id: from.id },
          to: { plan: later.entry.id, id: p.id },
          by: rename ? 'renamed' : 'same-title',
          reason: rename?.reason ?? null,
        }),
      );
    }
  });
  return links;
}
