/**
 * One project, one record: listings whose titles are equal up to normalisation, or that the curated file declares
 * the same project (sameProject), merge into one project. A project is listed at most once per section and with one
 * budget; two projects with one budget and near-identical descriptions fail until a person decides.
 */
import { normalizeTitle, similarity } from '../lib/source.ts';
import type { Source } from '../lib/source.ts';
import type { Curated, Placed } from './model.ts';

/** A project's listings in document order, under its normalised key and the title it is shown with. */
export interface Merged {
  key: string;
  title: string;
  list: Placed[];
}

/** Merges the listings of every section into projects, in the order of their first listing's title line. */
export function mergeListings(src: Source, placed: Placed[], curated: Curated): Merged[] {
  const canonicalOf = canonicalTitles(curated);
  const groups = groupListings(src, placed, curated, canonicalOf);
  const merged = [...groups.entries()].map(([key, list]) => {
    checkListings(src, list);
    const curatedTitle = [...canonicalOf.entries()].find(([n]) => normalizeTitle(n) === key)?.[1];
    return { key, title: curatedTitle ?? list[0]!.listing.title.text, list };
  });
  checkNearDuplicates(src, merged, curated);
  return merged;
}

/** Curated aliases: every title printed for a project (normalised) maps to its canonical title. */
function canonicalTitles(curated: Curated): Map<string, string> {
  const canonicalOf = new Map<string, string>();
  for (const entry of curated.sameProject) {
    if (!entry.titles.includes(entry.canonicalTitle))
      throw new Error(`${curated.file}: canonicalTitle "${entry.canonicalTitle}" is not one of its titles`);
    for (const t of entry.titles) canonicalOf.set(normalizeTitle(t), entry.canonicalTitle);
  }
  return canonicalOf;
}

/** The listings by project key, in title-line order; every curated alias must title some listing. */
function groupListings(
  src: Source,
  placed: Placed[],
  curated: Curated,
  canonicalOf: Map<string, string>,
): Map<string, Placed[]> {
  const usedAliases = new Set<string>();
  const groups = new Map<string, Placed[]>();
  for (const p of [...placed].sort((a, b) => a.listing.title.no - b.listing.title.no)) {
    const norm = normalizeTitle(p.listing.title.text);
    const canonical = canonicalOf.get(norm);
    if (canonical !== undefined) usedAliases.add(norm);
    const key = normalizeTitle(canonical ?? p.listing.title.text);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [norm, canonical] of canonicalOf) {
    if (usedAliases.has(norm)) continue;
    // Point at a listing of the same project under another of its titles, if there is one.
    const sibling = placed.find((p) => canonicalOf.get(normalizeTitle(p.listing.title.text)) === canonical);
    src.fail(
      sibling?.listing.title.no ?? 1,
      `a listing titled "${norm}" as well (${curated.file}, sameProject)`,
      'none',
    );
  }
  return groups;
}

/** A project's listings: one per section, all with the budget of the first. */
function checkListings(src: Source, list: Placed[]): void {
  const first = list[0]!;
  for (const p of list) {
    if (p.section === first.section && p !== first)
      src.fail(
        p.listing.title.no,
        `a project listed once in ${p.section}`,
        `a second listing of "${p.listing.title.text}" (first at line ${first.listing.title.no})`,
      );
    if (p.listing.budget.thousandYen !== first.listing.budget.thousandYen) {
      src.fail(
        p.listing.budget.line,
        `the same budget as the listing of "${first.listing.title.text}" at line ${first.listing.budget.line} (${first.listing.budget.thousandYen}千円)`,
        `${p.listing.budget.thousandYen}千円`,
      );
    }
  }
}

/** Two records with one budget and near-identical descriptions are almost surely one project printed two ways. */
function checkNearDuplicates(src: Source, merged: Merged[], curated: Curated): void {
  for (let i = 0; i < merged.length; i++) {
    for (let j = i + 1; j < merged.length; j++) {
      const a = merged[i]!.list[0]!.listing;
      const b = merged[j]!.list[0]!.listing;
      if (a.budget.thousandYen === b.budget.thousandYen && similarity(a.description.text, b.description.text) >= 0.6) {
        src.fail(
          b.title.no,
          `the title "${a.title.text}" as at line ${a.title.no} (same budget and description, so the same project), or an entry in ${curated.file} (sameProject)`,
          `"${b.title.text}"`,
        );
      }
    }
  }
}
