/**
 * The Japanese each translated record is written from: its title, and the text its summary sums up. The curated
 * edition files (content/curated/en.json, easy.json) record both, and check.ts compares them with these, so a
 * changed original fails the data build instead of leaving a translation of text the site no longer shows.
 */
import type { ActionPlanDataset } from '../../src/schemas/action-plan.ts';
import type { Roadmap2013Dataset } from '../../src/schemas/roadmap2013.ts';
import type { CrosswalkCurated } from '../../src/schemas/crosswalk.ts';

export interface Original {
  id: string;
  jaTitle: string;
  jaText: string;
  /** Whether the edition gives a summary (else the title only). */
  summary: boolean;
}

const lines = (texts: Array<string | null | undefined>) => texts.filter((t): t is string => Boolean(t)).join('\n');

/** A plan's records, in document order: priorities and their groups, visions and measures, wards, projects, tables. */
export function planOriginals(data: ActionPlanDataset): Original[] {
  const out: Original[] = [];
  for (const p of data.priorities) {
    out.push({ id: `priority:${p.number}`, jaTitle: p.title, jaText: p.lead.text, summary: true });
    p.groups.forEach((g, i) =>
      out.push({ id: `priority-group:${p.number}-${i + 1}`, jaTitle: g.title, jaText: '', summary: false }),
    );
  }
  for (const v of data.visions) {
    out.push({ id: `vision:${v.number}`, jaTitle: v.title, jaText: lines(v.aims.map((a) => a.text)), summary: true });
    for (const m of v.measures) out.push({ id: `measure:${m.id}`, jaTitle: m.title, jaText: m.summary, summary: true });
  }
  for (const w of data.wards)
    out.push({ id: `ward:${w.id}`, jaTitle: w.name, jaText: lines([w.slogan?.text, w.vision?.text]), summary: true });
  for (const p of data.projects)
    out.push({ id: `project:${p.id}`, jaTitle: p.title, jaText: p.description ?? '', summary: true });
  for (const t of data.tables) out.push({ id: `table:${t.id}`, jaTitle: t.title, jaText: '', summary: false });
  return out;
}

/** The 2013 roadmap's records: parts and chapters, categories (from their items' titles), items (their sub-items). */
export function roadmapOriginals(data: Roadmap2013Dataset): Original[] {
  const out: Original[] = [];
  for (const p of data.parts) {
    out.push({ id: `part:${p.id}`, jaTitle: p.title, jaText: '', summary: true });
    for (const c of p.chapters)
      out.push({ id: `chapter:${p.id}-${c.number}`, jaTitle: c.title, jaText: '', summary: false });
  }
  for (const c of data.categories) {
    const titles = data.items.filter((i) => c.itemNos.includes(i.no)).map((i) => i.title);
    out.push({ id: `category:${c.id}`, jaTitle: c.title, jaText: lines(titles), summary: true });
  }
  for (const i of data.items)
    out.push({
      id: `item:${i.no}`,
      jaTitle: i.title,
      jaText: lines(i.subitems.map((s) => s.nameReading)),
      summary: true,
    });
  return out;
}

/**
 * The crosswalk's notes, which the site wrote in Japanese: each link's note (`link-note:<item>-<n>`, the n-th link of
 * the item) and each rejected candidate's reason (`rejected:<item>-<n>`). Their editions word them in full, so the
 * Japanese note is the "title" and there is no summary.
 */
export function crosswalkOriginals(curated: CrosswalkCurated): Original[] {
  return curated.items.flatMap((item) => [
    ...item.links.map((l, i) => ({ id: `link-note:${item.no}-${i + 1}`, jaTitle: l.note, jaText: '', summary: false })),
    ...(item.rejected ?? []).map((r, i) => ({
      id: `rejected:${item.no}-${i + 1}`,
      jaTitle: r.reason,
      jaText: '',
      summary: false,
    })),
  ]);
}
