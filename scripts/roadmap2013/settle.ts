/**
 * The checks and decisions that need the whole table read: what each re-listing repeats, the number of sub-items
 * against the shape read by hand, and each item's status from its sub-items'.
 */
import { normalizeTitle, similarity } from '../lib/source.ts';
import type { Source } from '../lib/source.ts';
import type { Item, Relisting, Roadmap2013Shape } from '../../src/schemas/roadmap2013.ts';
import { itemStatus } from './status.ts';
import { fold } from './toc.ts';

export const SHAPE_FILE = 'content/curated/roadmap2013-shape.json';

/** Points every re-listed sub-item (【No.NN再掲】) at the sub-item of the existing item it repeats. */
export function linkRelistedSubitems(src: Source, items: Item[], relistings: Relisting[]): void {
  const byNo = new Map(items.map((i) => [i.no, i]));
  for (const owner of [...items, ...relistings]) {
    for (const s of owner.subitems) {
      if (s.relistingOf === null) continue;
      const original = byNo.get(s.relistingOf);
      if (!original)
        src.fail(
          s.line,
          `【No.${s.relistingOf}再掲】 to name an existing item (1–${items.length})`,
          `no item ${s.relistingOf}`,
        );
      // The re-listed name can be worded slightly differently (花畑地区文化ホール等の整備 / …ホールの整備).
      const candidates = original.subitems
        .filter((o) => o.relistingOf === null)
        .map((o) => ({
          o,
          score:
            normalizeTitle(o.name) === normalizeTitle(s.name)
              ? 2
              : similarity(normalizeTitle(o.name), normalizeTitle(s.name)),
        }))
        .sort((a, b) => b.score - a.score);
      const match = candidates[0];
      if (!match || match.score < 0.7)
        src.fail(s.line, `a sub-item named like "${s.name}" in item ${original.no}, which it re-lists`, 'none');
      s.relistedSubitemId = match.o.id;
    }
  }
}

/** An unnumbered entry repeats exactly one item, under that item's title. */
export function settleRelistings(src: Source, items: Item[], relistings: Relisting[]): void {
  const byNo = new Map(items.map((i) => [i.no, i]));
  for (const r of relistings) {
    const targets = [...new Set(r.subitems.map((s) => s.relistingOf))];
    if (targets.length !== 1)
      src.fail(r.line, `sub-items of "${r.title}" that all re-list one item`, targets.join(', '));
    r.relistingOf = targets[0]!;
    if (fold(byNo.get(r.relistingOf)!.title) !== fold(r.title))
      src.fail(r.line, `the title of item ${r.relistingOf} ("${byNo.get(r.relistingOf)!.title}")`, src.quote(r.line));
  }
}

/** Every item of the hand-read shape exists, and each item and re-listing has as many sub-items as it says. */
export function checkShape(src: Source, shape: Roadmap2013Shape, items: Item[], relistings: Relisting[]): void {
  const missing = Object.keys(shape.subitemsPerItem).filter((no) => !items.some((i) => String(i.no) === no));
  if (missing.length) src.fail(src.lines.length, `items ${missing.join(', ')} (${SHAPE_FILE})`, 'none');
  for (const owner of [...items, ...relistings]) {
    const key = 'no' in owner ? String(owner.no) : owner.id;
    const expected = 'no' in owner ? shape.subitemsPerItem[key] : shape.subitemsPerRelisting[key];
    if (expected !== owner.subitems.length) {
      src.fail(
        owner.subitems[0]?.line ?? owner.line,
        `${expected ?? 'no'} sub-items under "${owner.title}" (${SHAPE_FILE})`,
        `${owner.subitems.length}`,
      );
    }
  }
}

/** Sub-item IDs are unique within an item; the item's status follows from its own and re-listed sub-items'. */
export function settleItems(src: Source, items: Item[]): void {
  for (const item of items) {
    const ids = new Set<string>();
    for (const s of item.subitems) {
      if (ids.has(s.id)) src.fail(s.line, `sub-item names that differ within item ${item.no}`, `"${s.name}" twice`);
      ids.add(s.id);
    }
    const own = item.subitems.filter((s) => s.relistingOf === null).map((s) => s.status);
    const relisted = item.subitems.filter((s) => s.relistingOf !== null).map((s) => s.status);
    const decision = itemStatus(own, relisted);
    item.status = decision.status;
    item.statusRule = decision.rule;
  }
}
