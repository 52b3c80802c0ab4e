/**
 * Typed access to the content collections, sorted and indexed once, so pages read records instead of reshaping
 * them. Every function returns data exactly as the parsers wrote it.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Plan, Priority, Project, QualityNote, SectionKey, Table, Vision, Ward } from '../schemas/fy2024.ts';
import type { Category, Item, Part, PartId, Relisting, Roadmap, StatusRule } from '../schemas/roadmap2013.ts';
import type { CrosswalkEntry } from '../schemas/crosswalk.ts';
import { categoryUrl, itemUrl, priorityUrl, projectUrl, visionUrl, wardUrl } from './urls.ts';

const WARD_ORDER: ReadonlyArray<Ward['id']> = ['chuo', 'higashi', 'nishi', 'minami', 'kita', 'common'];
const PART_ORDER: readonly PartId[] = ['I', 'II', 'III'];

const data = <T>(entries: Array<{ data: T }>): T[] => entries.map((e) => e.data);

export interface Fy2024 {
  plan: Plan;
  priorities: Priority[];
  visions: Vision[];
  wards: Ward[];
  /** Projects in document order (by their first listing). */
  projects: Project[];
  projectById: Map<string, Project>;
  tables: Table[];
  qualityNotes: QualityNote[];
}

let fy2024: Promise<Fy2024> | undefined;

/** The FY2024 plan, loaded once per build. */
export function loadFy2024(): Promise<Fy2024> {
  fy2024 ??= (async () => {
    const plan = (await getEntry('fy2024Plan', 'fy2024'))!.data;
    const projects = data(await getCollection('fy2024Projects')).sort(
      (a, b) => a.appearances[0]!.titleLine - b.appearances[0]!.titleLine,
    );
    return {
      plan,
      priorities: data(await getCollection('fy2024Priorities')).sort((a, b) => a.number - b.number),
      visions: data(await getCollection('fy2024Visions')).sort((a, b) => a.number - b.number),
      wards: data(await getCollection('fy2024Wards')).sort(
        (a, b) => WARD_ORDER.indexOf(a.id) - WARD_ORDER.indexOf(b.id),
      ),
      projects,
      projectById: new Map(projects.map((p) => [p.id, p])),
      tables: data(await getCollection('fy2024Tables')),
      qualityNotes: data(await getCollection('fy2024QualityNotes')),
    };
  })();
  return fy2024;
}

/** A section of the FY2024 plan as a reader sees it: its short and full name and its page. */
export interface SectionInfo {
  key: SectionKey;
  short: string;
  title: string;
  url: string;
}

/** Names and pages of every section key, e.g. `vision-3` → ビジョン3 市民生活を守る強くしなやかなまち. */
export function sectionInfo(f: Fy2024, key: SectionKey): SectionInfo {
  const [kind, id] = key.split(/-(.+)/) as [string, string];
  if (kind === 'priority') {
    const p = f.priorities[Number(id) - 1]!;
    return { key, short: `重点事項${p.number}`, title: `重点事項${p.number} ${p.title}`, url: priorityUrl(p.number) };
  }
  if (kind === 'vision') {
    const v = f.visions[Number(id) - 1]!;
    return { key, short: `ビジョン${v.number}`, title: `ビジョン${v.number} ${v.title}`, url: visionUrl(v.number) };
  }
  const w = f.wards.find((x) => x.id === id)!;
  return { key, short: w.name, title: `区の取組 ${w.name}`, url: wardUrl(w.id) };
}

/** IDs of the projects listed in a section, in the section's own order. */
export function sectionProjectIds(f: Fy2024, key: SectionKey): string[] {
  const [kind, id] = key.split(/-(.+)/) as [string, string];
  if (kind === 'priority') return f.priorities[Number(id) - 1]!.projectIds;
  if (kind === 'vision') return f.visions[Number(id) - 1]!.projectIds;
  return f.wards.find((w) => w.id === id)!.projectIds;
}

// Position of each project in each section, computed once: a page then finds its neighbours without a scan, so the
// build stays linear in the number of projects.
const positions = new WeakMap<Fy2024, Map<SectionKey, Map<string, number>>>();

/** The projects before and after `id` in section `key`. */
export function neighbours(
  f: Fy2024,
  key: SectionKey,
  id: string,
): { prev: Project | undefined; next: Project | undefined } {
  let bySection = positions.get(f);
  if (!bySection) {
    bySection = new Map();
    positions.set(f, bySection);
  }
  const ids = sectionProjectIds(f, key);
  let index = bySection.get(key);
  if (!index) {
    index = new Map(ids.map((x, i) => [x, i]));
    bySection.set(key, index);
  }
  const at = index.get(id)!;
  const byId = (i: number) => (ids[i] === undefined ? undefined : f.projectById.get(ids[i]!));
  return { prev: byId(at - 1), next: byId(at + 1) };
}

/** Projects of a list of IDs, in that order. */
export const projectsOf = (f: Fy2024, ids: readonly string[]): Project[] => ids.map((id) => f.projectById.get(id)!);

export interface Roadmap2013 {
  roadmap: Roadmap;
  parts: Part[];
  categories: Category[];
  categoryById: Map<string, Category>;
  /** Items 1–130 in order. */
  items: Item[];
  itemByNo: Map<number, Item>;
  relistings: Relisting[];
  statusRules: StatusRule[];
}

let roadmap2013: Promise<Roadmap2013> | undefined;

/** The 2013 roadmap, loaded once per build. */
export function loadRoadmap2013(): Promise<Roadmap2013> {
  roadmap2013 ??= (async () => {
    const items = data(await getCollection('roadmap2013Items')).sort((a, b) => a.no - b.no);
    const categories = data(await getCollection('roadmap2013Categories')).sort((a, b) => a.line - b.line);
    return {
      roadmap: (await getEntry('roadmap2013', 'roadmap2013'))!.data,
      parts: data(await getCollection('roadmap2013Parts')).sort(
        (a, b) => PART_ORDER.indexOf(a.id) - PART_ORDER.indexOf(b.id),
      ),
      categories,
      categoryById: new Map(categories.map((c) => [c.id, c])),
      items,
      itemByNo: new Map(items.map((i) => [i.no, i])),
      relistings: data(await getCollection('roadmap2013Relistings')).sort((a, b) => a.line - b.line),
      statusRules: data(await getCollection('roadmap2013StatusRules')),
    };
  })();
  return roadmap2013;
}

/** The name of a 2013 category with its part and chapter, e.g. `I-1 市役所の再デザイン ⑥ 情報共有・市民参画の推進`. */
export function categoryLabel(r: Roadmap2013, c: Category): string {
  const part = r.parts.find((p) => p.id === c.part)!;
  const chapter = c.chapter ? part.chapters.find((x) => x.number === c.chapter) : undefined;
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿'[c.number - 1];
  return `${chapter ? `${chapter.number}. ${chapter.title} ` : ''}${circled} ${c.title}`;
}

let crosswalk: Promise<CrosswalkEntry[]> | undefined;

/** The 2013 → FY2024 crosswalk entries, in item order. */
export function loadCrosswalk(): Promise<CrosswalkEntry[]> {
  crosswalk ??= getCollection('crosswalk').then((entries) => entries.map((e) => e.data).sort((a, b) => a.no - b.no));
  return crosswalk;
}

type Predecessor = { no: number; successor: CrosswalkEntry['successors'][number] };
let bySuccessor: Promise<Map<string, Predecessor[]>> | undefined;

/** 2013 items that a FY2024 record continues, with the link's evidence; `ids` are the record's successor IDs. */
export async function predecessorsOf(ids: readonly string[]): Promise<Predecessor[]> {
  bySuccessor ??= loadCrosswalk().then((entries) => {
    const map = new Map<string, Predecessor[]>();
    for (const c of entries)
      for (const successor of c.successors)
        map.set(successor.id, [...(map.get(successor.id) ?? []), { no: c.no, successor }]);
    return map;
  });
  const map = await bySuccessor;
  return ids.flatMap((id) => map.get(id) ?? []).sort((a, b) => a.no - b.no);
}

let relistings: Promise<Map<number, Array<{ label: string; href: string }>>> | undefined;

/** Where an item's sub-items are printed again: in other items, and under entries without a number (computed once). */
export async function relistedIn(no: number): Promise<Array<{ label: string; href: string }>> {
  relistings ??= loadRoadmap2013().then((r) => {
    const map = new Map<number, Array<{ label: string; href: string }>>();
    const add = (key: number, place: { label: string; href: string }) => {
      const list = map.get(key) ?? [];
      if (!list.some((x) => x.href === place.href)) list.push(place);
      map.set(key, list);
    };
    for (const i of r.items)
      for (const s of i.subitems)
        if (s.relistingOf !== null && s.relistingOf !== i.no)
          add(s.relistingOf, { label: `No.${i.no} ${i.title}`, href: itemUrl(i.no) });
    for (const x of r.relistings)
      add(x.relistingOf, {
        label: `${categoryLabel(r, r.categoryById.get(x.categoryId)!)}の${x.kana}`,
        href: categoryUrl(x.categoryId),
      });
    return map;
  });
  return (await relistings).get(no) ?? [];
}

export { itemUrl, projectUrl };
