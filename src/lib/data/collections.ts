/**
 * Typed access to the content collections, sorted and indexed once, so pages read records instead of reshaping
 * them. Every function returns data exactly as the parsers wrote it.
 */
import { getCollection, getEntry } from 'astro:content';
import type {
  Plan,
  Priority,
  Project,
  ProjectLink,
  QualityNote,
  SectionKey,
  Table,
  Vision,
  Ward,
} from '../../schemas/action-plan.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import type { Category, Item, Part, PartId, Relisting, Roadmap, StatusRule } from '../../schemas/roadmap2013.ts';
import type { CrosswalkEntry, CrosswalkLink } from '../../schemas/crosswalk.ts';
import { nextPlan, planEntry, plans, previousPlan } from '../config/plans.ts';
import { categoryUrl, itemUrl, priorityUrl, visionUrl, wardUrl } from '../config/urls.ts';

const WARD_ORDER: ReadonlyArray<Ward['id']> = ['chuo', 'higashi', 'nishi', 'minami', 'kita', 'common'];
const PART_ORDER: readonly PartId[] = ['I', 'II', 'III'];

const data = <T>(entries: Array<{ data: T }>): T[] => entries.map((e) => e.data);

import { withEditions } from '../i18n/editions.ts';
/** One action plan's records, as its pages read them. */
export interface PlanData {
  /** The plan's registry entry (ID, fiscal year, source file). */
  entry: PlanEntry;
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

/** Entries of a per-plan collection that belong to one plan (their IDs start with `<plan>/`). */
async function ofPlan<
  C extends 'priorities' | 'visions' | 'wards' | 'projects' | 'tables' | 'figures' | 'planQualityNotes',
>(collection: C, plan: string) {
  return getCollection(collection, (e) => e.id.startsWith(`${plan}/`));
}

const loaded = new Map<string, Promise<PlanData>>();

/** A registered plan's records, loaded once per build. */
export function loadPlan(id: string): Promise<PlanData> {
  let promise = loaded.get(id);
  if (!promise) {
    promise = (async () => {
      const entry = planEntry(id);
      const plan = (await getEntry('plans', `${id}/${id}`))!.data;
      const projects = data(await ofPlan('projects', id)).sort(
        (a, b) => a.appearances[0]!.titleLine - b.appearances[0]!.titleLine,
      );
      return {
        entry,
        plan,
        priorities: data(await ofPlan('priorities', id)).sort((a, b) => a.number - b.number),
        visions: data(await ofPlan('visions', id)).sort((a, b) => a.number - b.number),
        wards: data(await ofPlan('wards', id)).sort((a, b) => WARD_ORDER.indexOf(a.id) - WARD_ORDER.indexOf(b.id)),
        projects,
        projectById: new Map(projects.map((p) => [p.id, p])),
        tables: data(await ofPlan('tables', id)),
        qualityNotes: data(await ofPlan('planQualityNotes', id)),
      };
    })();
    loaded.set(id, promise);
  }
  return promise;
}

/** Every registered plan's records, oldest first. */
export const loadPlans = (): Promise<PlanData[]> => Promise.all(plans.map((p) => loadPlan(p.id)));

/** `getStaticPaths` helper: one route per registered plan, with the plan's records as props. */
export async function planPaths() {
  return withEditions((await loadPlans()).map((f) => ({ params: { plan: f.entry.id }, props: { f } })));
}

/** A section of a plan as a reader sees it: its short and full name and its page. */
export interface SectionInfo {
  key: SectionKey;
  short: string;
  title: string;
  url: string;
}

/** Names and pages of every section key, e.g. `vision-3` → ビジョン3 市民生活を守る強くしなやかなまち. */
export function sectionInfo(f: PlanData, key: SectionKey): SectionInfo {
  const [kind, id] = key.split(/-(.+)/) as [string, string];
  const plan = f.entry.id;
  if (kind === 'priority') {
    const p = f.priorities.find((x) => x.number === Number(id))!;
    return {
      key,
      short: `重点事項${p.number}`,
      title: `重点事項${p.number} ${p.title}`,
      url: priorityUrl(plan, p.number),
    };
  }
  if (kind === 'vision') {
    const v = f.visions.find((x) => x.number === Number(id))!;
    return {
      key,
      short: `ビジョン${v.number}`,
      title: `ビジョン${v.number} ${v.title}`,
      url: visionUrl(plan, v.number),
    };
  }
  const w = f.wards.find((x) => x.id === id)!;
  return { key, short: w.name, title: `区の取組 ${w.name}`, url: wardUrl(plan, w.id) };
}

/** IDs of the projects listed in a section, in the section's own order. */
export function sectionProjectIds(f: PlanData, key: SectionKey): string[] {
  const [kind, id] = key.split(/-(.+)/) as [string, string];
  if (kind === 'priority') return f.priorities.find((x) => x.number === Number(id))!.projectIds;
  if (kind === 'vision') return f.visions.find((x) => x.number === Number(id))!.projectIds;
  return f.wards.find((w) => w.id === id)!.projectIds;
}

// Position of each project in each section, computed once: a page then finds its neighbours without a scan, so the
// build stays linear in the number of projects.
const positions = new WeakMap<PlanData, Map<SectionKey, Map<string, number>>>();

/** The projects before and after `id` in section `key`. */
export function neighbours(
  f: PlanData,
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
export const projectsOf = (f: PlanData, ids: readonly string[]): Project[] => ids.map((id) => f.projectById.get(id)!);

/** A project as one plan lists it, for the view across years. */
export interface ProjectInPlan {
  plan: PlanData;
  project: Project;
  /** How it links to the same project in the plan before; null in the first plan that lists it. */
  link: ProjectLink | null;
}

/** What became of a project across the registered plans. */
export interface ProjectAcrossPlans {
  /** Every plan that lists the project, oldest first. */
  chain: ProjectInPlan[];
  /** True when the registry has a plan before the first listing, which does not list it (it is new there). */
  newIn: PlanData | null;
  /** The plan after the last listing, which no longer lists it; null when the last listing is the newest plan. */
  droppedIn: PlanData | null;
}

let links: Promise<{ forward: Map<string, ProjectLink>; back: Map<string, ProjectLink> }> | undefined;

/** A project's listings in every registered plan, followed through equal titles and curated renames. */
export async function projectAcrossPlans(plan: string, id: string): Promise<ProjectAcrossPlans> {
  links ??= getCollection('projectLinks').then((entries) => {
    const forward = new Map<string, ProjectLink>();
    const back = new Map<string, ProjectLink>();
    for (const { data: l } of entries) {
      forward.set(`${l.from.plan}/${l.from.id}`, l);
      back.set(`${l.to.plan}/${l.to.id}`, l);
    }
    return { forward, back };
  });
  const { forward, back } = await links;
  let first = { plan, id };
  for (let l = back.get(`${plan}/${id}`); l; l = back.get(`${l.from.plan}/${l.from.id}`)) first = l.from;
  const chain: ProjectInPlan[] = [];
  for (let at: { plan: string; id: string } | undefined = first, link: ProjectLink | null = null; at;) {
    const f = await loadPlan(at.plan);
    chain.push({ plan: f, project: f.projectById.get(at.id)!, link });
    const next: ProjectLink | undefined = forward.get(`${at.plan}/${at.id}`);
    link = next ?? null;
    at = next?.to;
  }
  const before = previousPlan(chain[0]!.plan.entry.id);
  const after = nextPlan(chain.at(-1)!.plan.entry.id);
  return {
    chain,
    newIn: before ? chain[0]!.plan : null,
    droppedIn: after ? await loadPlan(after.id) : null,
  };
}

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

/** The 2013 crosswalk entries (to the registry's crosswalk plan), in item order. */
export function loadCrosswalk(): Promise<CrosswalkEntry[]> {
  crosswalk ??= getCollection('crosswalk').then((entries) => entries.map((e) => e.data).sort((a, b) => a.no - b.no));
  return crosswalk;
}

type Predecessor = { no: number; link: CrosswalkLink };
let byTarget: Promise<Map<string, Predecessor[]>> | undefined;

/**
 * 2013 items that records of the crosswalk plan are linked from, with each link (its strength, note and evidence);
 * `ids` are the records' IDs as links name them: a project's ID and its tables' IDs, or a vision's ID with its measures'
 * numbers and its tables' IDs.
 */
export async function predecessorsOf(ids: readonly string[]): Promise<Predecessor[]> {
  byTarget ??= loadCrosswalk().then((entries) => {
    const map = new Map<string, Predecessor[]>();
    for (const c of entries)
      for (const link of c.links) map.set(link.id, [...(map.get(link.id) ?? []), { no: c.no, link }]);
    return map;
  });
  const map = await byTarget;
  return ids.flatMap((id) => map.get(id) ?? []).sort((a, b) => a.no - b.no);
}

/**
 * A place an item's sub-items are printed again: its Japanese label as printed, its URL, and the item or the category
 * (with the entry printed there) it is, so an edition can name it in its own words.
 */
export interface RelistedPlace {
  label: string;
  href: string;
  item?: number;
  category?: { id: string; entry: string };
}

let relistings: Promise<Map<number, RelistedPlace[]>> | undefined;

/** Where an item's sub-items are printed again: in other items, and under entries without a number (computed once). */
export async function relistedIn(no: number): Promise<RelistedPlace[]> {
  relistings ??= loadRoadmap2013().then((r) => {
    const map = new Map<number, RelistedPlace[]>();
    const add = (key: number, place: RelistedPlace) => {
      const list = map.get(key) ?? [];
      if (!list.some((x) => x.href === place.href)) list.push(place);
      map.set(key, list);
    };
    for (const i of r.items)
      for (const s of i.subitems)
        if (s.relistingOf !== null && s.relistingOf !== i.no)
          add(s.relistingOf, { label: `No.${i.no} ${i.title}`, href: itemUrl(i.no), item: i.no });
    for (const x of r.relistings)
      add(x.relistingOf, {
        // The category and the re-listing entry as printed there: ③ MICE(マイス)開催地として選ばれる都市（イ. MICE(マイス)機能の充実）.
        label: `${categoryLabel(r, r.categoryById.get(x.categoryId)!)}（${x.kana}. ${x.title}）`,
        href: categoryUrl(x.categoryId),
        category: { id: x.categoryId, entry: `${x.kana}. ${x.title}` },
      });
    return map;
  });
  return (await relistings).get(no) ?? [];
}

let readings: Promise<Map<string, string>> | undefined;

/**
 * The reading of each title (読み, in hiragana: the sort key of 五十音順), as the data build wrote it. The function
 * it resolves to fails the page's build for a title the data build did not read, rather than sorting it anywhere.
 */
export async function loadTitleReadings(): Promise<(title: string) => string> {
  readings ??= getCollection('titleReadings').then(
    (entries) => new Map(entries.map((e) => [e.data.title, e.data.reading])),
  );
  const map = await readings;
  return (title) => {
    const reading = map.get(title);
    if (reading === undefined) throw new Error(`no reading for the title "${title}" in content/readings/titles.json`);
    return reading;
  };
}
