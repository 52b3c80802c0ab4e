/**
 * Checks the curated crosswalk from the 2013 roadmap to one action plan (the registry's `crosswalk2013`) against the data and resolves it into entries: every item 1–130
 * once, every successor existing, and every quoted shared wording present in both the 2013 item and the successor.
 */
import { normalizeTitle } from '../lib/source.ts';
import { CrosswalkEntry } from '../../src/schemas/crosswalk.ts';
import type { CrosswalkCurated } from '../../src/schemas/crosswalk.ts';
import type { ActionPlanDataset } from '../../src/schemas/action-plan.ts';
import { projectUrl, visionUrl } from '../../src/lib/config/urls.ts';
import type { Roadmap2013Dataset } from '../../src/schemas/roadmap2013.ts';

const fold = (s: string) => s.normalize('NFKC');

export function buildCrosswalk(
  file: string,
  curated: CrosswalkCurated,
  fy: ActionPlanDataset,
  roadmap: Roadmap2013Dataset,
): CrosswalkEntry[] {
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`);
  };
  const seen = new Set<number>();
  const entries = curated.items.map((entry) => {
    if (seen.has(entry.no)) fail(`item ${entry.no} is listed twice`);
    seen.add(entry.no);
    const item = roadmap.items.find((i) => i.no === entry.no) ?? fail(`no 2013 item ${entry.no}`);
    const itemText = fold(
      [item.title, ...item.subitems.flatMap((s) => [s.name, s.fy2012.raw, s.fy2013.raw, s.progress])].join('\n'),
    );
    const successors = entry.successors.map((s) => {
      let resolved: { kind: 'project' | 'measure' | 'vision'; id: string; title: string; url: string; text: string };
      if (s.project !== undefined) {
        const p =
          fy.projects.find((x) =>
            [x.title, ...x.otherTitles].some((t) => normalizeTitle(t) === normalizeTitle(s.project!)),
          ) ?? fail(`item ${entry.no}: no ${fy.plan.id} project titled "${s.project}"`);
        resolved = {
          kind: 'project',
          id: p.id,
          title: p.title,
          url: projectUrl(fy.plan.id, p.id),
          text: [p.title, p.description, ...p.appearances.map((a) => a.description)].join('\n'),
        };
      } else if (s.measure !== undefined) {
        const vision =
          fy.visions.find((v) => v.measures.some((m) => m.id === s.measure)) ??
          fail(`item ${entry.no}: no ${fy.plan.id} measure ${s.measure}`);
        const m = vision.measures.find((x) => x.id === s.measure)!;
        resolved = {
          kind: 'measure',
          id: m.id,
          title: `施策${m.id} ${m.title}（ビジョン${vision.number}）`,
          url: visionUrl(fy.plan.id, vision.number),
          text: `${m.title}\n${m.summary}`,
        };
      } else {
        const v =
          fy.visions.find((x) => x.number === s.vision) ??
          fail(`item ${entry.no}: no ${fy.plan.id} vision ${s.vision}`);
        const tables = fy.tables
          .filter((t) => v.tableIds.includes(t.id))
          .flatMap((t) => [t.title, ...t.rows.flatMap((r) => r.cells)]);
        resolved = {
          kind: 'vision',
          id: v.id,
          title: `ビジョン${v.number} ${v.title}`,
          url: visionUrl(fy.plan.id, v.number),
          text: [
            v.title,
            ...v.aims.map((a) => a.text),
            ...v.measures.flatMap((m) => [m.title, m.summary]),
            ...tables,
          ].join('\n'),
        };
      }
      const shared = fold(s.shared);
      if (!itemText.includes(shared))
        fail(`item ${entry.no}: the shared wording "${s.shared}" does not occur in the 2013 item`);
      if (!fold(resolved.text).includes(shared))
        fail(`item ${entry.no}: the shared wording "${s.shared}" does not occur in "${resolved.title}"`);
      const { text: _text, ...rest } = resolved;
      void _text;
      return { ...rest, shared: s.shared, note: s.note ?? null };
    });
    return CrosswalkEntry.parse({
      id: String(entry.no),
      no: entry.no,
      status: successors.length ? 'linked' : 'none',
      successors,
    });
  });
  for (const item of roadmap.items)
    if (!seen.has(item.no)) fail(`item ${item.no} is missing; list it with its successors or an empty list`);
  return entries.sort((a, b) => a.no - b.no);
}
