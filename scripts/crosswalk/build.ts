/**
 * Checks the curated crosswalk from the 2013 roadmap to one action plan (the registry's `crosswalk2013`) against the
 * data and resolves it into entries. The rules (each failure names the file, the item and what was expected):
 *   1. every item 1–130 once; every target (linked or rejected) exists; the shared wording occurs in both texts;
 *      a sub-item named by a link is printed in the item, and the link's shared wording occurs in that sub-item or the
 *      item title; a rejected target is not also linked;
 *   2. a measure or vision link is never a successor: it is a policy heading, not a programme;
 *   3. a sub-item that several items print (same name and progress text) gets the same links on each (same target,
 *      same strength), and a link whose evidence is only in such a sub-item names it;
 *   4. when an item of a 2013 category is linked to a measure, every other item of the category is linked to it too
 *      or carries an exception with the reason.
 */
import { normalizeTitle } from '../lib/source.ts';
import { CrosswalkEntry } from '../../src/schemas/crosswalk.ts';
import type {
  CrosswalkCurated,
  CrosswalkLink,
  CuratedLink,
  CuratedRejection,
  LinkKind,
} from '../../src/schemas/crosswalk.ts';
import type { ActionPlanDataset } from '../../src/schemas/action-plan.ts';
import { projectUrl, tableAnchor, visionUrl } from '../../src/lib/config/urls.ts';
import type { Item, Roadmap2013Dataset } from '../../src/schemas/roadmap2013.ts';

const fold = (s: string) => s.normalize('NFKC');

/** A target of the linked plan, with the text its shared wording is looked for in. */
interface Target {
  kind: LinkKind;
  id: string;
  title: string;
  url: string;
  text: string;
}

type Fail = (message: string) => never;

/** Finds the record a link or rejection names, or fails saying what was not found. */
function resolveTarget(t: CuratedLink | CuratedRejection, fy: ActionPlanDataset, fail: Fail): Target {
  const plan = fy.plan.id;
  if (t.project !== undefined) {
    const p =
      fy.projects.find((x) =>
        [x.title, ...x.otherTitles].some((n) => normalizeTitle(n) === normalizeTitle(t.project!)),
      ) ?? fail(`no ${plan} project titled "${t.project}"`);
    return {
      kind: 'project',
      id: p.id,
      title: p.title,
      url: projectUrl(plan, p.id),
      text: [p.title, p.description, ...p.appearances.map((a) => a.description)].join('\n'),
    };
  }
  if (t.table !== undefined) {
    const table = fy.tables.find((x) => x.id === t.table) ?? fail(`no ${plan} table "${t.table}"`);
    const owner = table.attachedTo;
    const page =
      owner.kind === 'project'
        ? projectUrl(plan, owner.id)
        : visionUrl(plan, fy.visions.find((v) => v.id === owner.id)!.number);
    return {
      kind: 'table',
      id: table.id,
      title: table.title,
      url: `${page}#${tableAnchor(table.id)}`,
      text: [table.title, table.caption.text, ...table.header, ...table.rows.flatMap((r) => r.cells)].join('\n'),
    };
  }
  if (t.measure !== undefined) {
    const vision =
      fy.visions.find((v) => v.measures.some((m) => m.id === t.measure)) ?? fail(`no ${plan} measure ${t.measure}`);
    const m = vision.measures.find((x) => x.id === t.measure)!;
    return {
      kind: 'measure',
      id: m.id,
      title: `施策${m.id} ${m.title}（ビジョン${vision.number}）`,
      url: visionUrl(plan, vision.number),
      text: `${m.title}\n${m.summary}`,
    };
  }
  const v = fy.visions.find((x) => x.number === t.vision) ?? fail(`no ${plan} vision ${t.vision}`);
  const tables = fy.tables
    .filter((x) => v.tableIds.includes(x.id))
    .flatMap((x) => [x.title, ...x.rows.flatMap((r) => r.cells)]);
  return {
    kind: 'vision',
    id: v.id,
    title: `ビジョン${v.number} ${v.title}`,
    url: visionUrl(plan, v.number),
    text: [v.title, ...v.aims.map((a) => a.text), ...v.measures.flatMap((m) => [m.title, m.summary]), ...tables].join(
      '\n',
    ),
  };
}

/** The item's text a shared wording is looked for in: title, sub-item names, schedule cells and progress. */
const subitemText = (s: Item['subitems'][number]) => [s.name, s.fy2012.raw, s.fy2013.raw, s.progress].join('\n');
const itemText = (item: Item) => fold([item.title, ...item.subitems.map(subitemText)].join('\n'));

/** The key of a sub-item printed by several items: its name and progress text. */
const subitemKey = (s: Item['subitems'][number]) => `${normalizeTitle(s.name)}\n${fold(s.progress)}`;

/** A link's identity for comparing items: its target and strength. */
const linkKey = (l: Pick<CrosswalkLink, 'kind' | 'id' | 'strength'>) => `${l.kind}:${l.id}:${l.strength}`;

export function buildCrosswalk(
  file: string,
  curated: CrosswalkCurated,
  fy: ActionPlanDataset,
  roadmap: Roadmap2013Dataset,
): CrosswalkEntry[] {
  const failAt =
    (where: string): Fail =>
    (message) => {
      throw new Error(`${file}: ${where}${message}`);
    };
  const fail = failAt('');
  // Sub-items printed by more than one item: key → the item numbers that print it.
  const printedBy = new Map<string, number[]>();
  for (const i of roadmap.items)
    for (const s of i.subitems) {
      const list = printedBy.get(subitemKey(s)) ?? [];
      if (!list.includes(i.no)) list.push(i.no);
      printedBy.set(subitemKey(s), list);
    }
  const sharedSubitem = (s: Item['subitems'][number]) => (printedBy.get(subitemKey(s))?.length ?? 0) > 1;

  const seen = new Set<number>();
  const entries = curated.items.map((entry) => {
    const failItem = failAt(`item ${entry.no}: `);
    if (seen.has(entry.no)) fail(`item ${entry.no} is listed twice`);
    seen.add(entry.no);
    const item = roadmap.items.find((i) => i.no === entry.no) ?? fail(`no 2013 item ${entry.no}`);
    const text = itemText(item);
    const links = entry.links.map((l): CrosswalkLink => {
      const target = resolveTarget(l, fy, failItem);
      const label = `the link to "${target.title}"`;
      if (l.strength === 'successor' && (target.kind === 'measure' || target.kind === 'vision'))
        failItem(`${label} is a successor, but a ${target.kind} is a policy heading: it can only be "related"`);
      const shared = fold(l.shared);
      if (!text.includes(shared)) failItem(`the shared wording "${l.shared}" does not occur in the 2013 item`);
      if (!fold(target.text).includes(shared))
        failItem(`the shared wording "${l.shared}" does not occur in "${target.title}"`);
      let subitem: CrosswalkLink['subitem'] = null;
      if (l.subitem !== undefined) {
        const s =
          item.subitems.find((x) => normalizeTitle(x.name) === normalizeTitle(l.subitem!)) ??
          failItem(
            `${label} names the sub-item "${l.subitem}", which the item does not print (its sub-items: ${item.subitems.map((x) => `"${x.name}"`).join(', ')})`,
          );
        // A link about one sub-item rests on that sub-item: evidence found only in another sub-item would make the
        // page show wording as evidence for a programme that does not print it.
        if (!fold([item.title, subitemText(s)].join('\n')).includes(shared))
          failItem(
            `${label} names the sub-item "${s.name}", but the shared wording "${l.shared}" occurs neither in it (name, schedule cells, progress) nor in the item title: choose wording from that sub-item`,
          );
        // The name as the item page shows it: its reading form, the conversion's line breaks read (see reading.ts).
        subitem = { id: s.id, name: s.nameReading };
      } else {
        // A link whose evidence is only in sub-items that other items print too rests on those sub-items: it must
        // name one, so that rule 3 can give every item that prints it the same link.
        const own = fold([item.title, ...item.subitems.filter((s) => !sharedSubitem(s)).map(subitemText)].join('\n'));
        const on = item.subitems.find((s) => sharedSubitem(s) && fold(subitemText(s)).includes(shared));
        if (on && !own.includes(shared))
          failItem(
            `${label} rests on the sub-item "${on.name}", which items ${printedBy.get(subitemKey(on))!.join(', ')} share: name it in "subitem"`,
          );
      }
      const { text: _text, ...rest } = target;
      void _text;
      return { ...rest, strength: l.strength, subitem, note: l.note, shared: l.shared };
    });
    const linked = new Set(links.map((l) => `${l.kind}:${l.id}`));
    const rejected = (entry.rejected ?? []).map((r) => {
      const { text: _text, ...target } = resolveTarget(r, fy, failItem);
      void _text;
      if (linked.has(`${target.kind}:${target.id}`))
        failItem(`"${target.title}" is both linked and rejected: keep one`);
      return { ...target, reason: r.reason };
    });
    const exceptions = (entry.exceptions ?? []).map((x) => {
      const target = resolveTarget(x, fy, failItem);
      if (linked.has(`measure:${x.measure}`))
        failItem(`an exception names measure ${x.measure}, which the item is linked to: remove the exception`);
      return { measure: x.measure, title: target.title, reason: x.reason };
    });
    const status = links.some((l) => l.strength === 'successor') ? 'successor' : links.length ? 'related' : 'none';
    return CrosswalkEntry.parse({ id: String(entry.no), no: entry.no, status, links, rejected, exceptions });
  });
  for (const item of roadmap.items)
    if (!seen.has(item.no)) fail(`item ${item.no} is missing; list it with its links or an empty list`);
  const byNo = new Map(entries.map((e) => [e.no, e]));
  checkSharedSubitems(byNo, roadmap, printedBy, fail);
  checkSiblings(byNo, roadmap, fail);
  return entries.sort((a, b) => a.no - b.no);
}

/** Rule 3: a link naming a sub-item that several items print is on every one of them (same target and strength). */
function checkSharedSubitems(
  byNo: ReadonlyMap<number, CrosswalkEntry>,
  roadmap: Roadmap2013Dataset,
  printedBy: ReadonlyMap<string, number[]>,
  fail: Fail,
) {
  for (const e of byNo.values()) {
    const item = roadmap.items.find((i) => i.no === e.no)!;
    for (const l of e.links) {
      if (!l.subitem) continue;
      const s = item.subitems.find((x) => x.id === l.subitem!.id)!;
      for (const other of printedBy.get(subitemKey(s)) ?? []) {
        if (other === e.no) continue;
        // The same target with the same strength; the other item may name the sub-item or link its whole.
        if (!byNo.get(other)!.links.some((o) => linkKey(o) === linkKey(l)))
          fail(
            `item ${other}: prints the sub-item "${s.name}" as item ${e.no} does, so it needs the same link: "${l.title}" (${l.strength}), with "subitem": "${s.name}"`,
          );
      }
    }
  }
}

/** Rule 4: the items of one 2013 category are all linked to a measure any of them is linked to, or say why not. */
function checkSiblings(byNo: ReadonlyMap<number, CrosswalkEntry>, roadmap: Roadmap2013Dataset, fail: Fail) {
  for (const c of roadmap.categories) {
    const measures = new Map<string, number>();
    for (const no of c.itemNos)
      for (const l of byNo.get(no)?.links ?? [])
        if (l.kind === 'measure' && !measures.has(l.id)) measures.set(l.id, no);
    for (const no of c.itemNos) {
      const e = byNo.get(no);
      if (!e) continue;
      for (const [measure, by] of measures)
        if (
          !e.links.some((l) => l.kind === 'measure' && l.id === measure) &&
          !e.exceptions.some((x) => x.measure === measure)
        )
          fail(
            `item ${no}: its sibling item ${by} (category ${c.id}) is linked to measure ${measure}: link it too ("related") or add an exception with the reason`,
          );
      for (const x of e.exceptions)
        if (!measures.has(x.measure))
          fail(
            `item ${no}: the exception for measure ${x.measure} explains a link no item of category ${c.id} has: remove it`,
          );
    }
  }
}
