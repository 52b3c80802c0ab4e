/**
 * The folders of the open data (/data/fy2024/, /data/2013/ and their record folders), so that every folder of a
 * permanent link — a record's JSON, e.g. /data/fy2024/projects/c15a479c.json — answers with a page listing what is
 * in it, never a 404.
 */
import { loadPlans, loadRoadmap2013, loadTitleReadings } from '../data/collections.ts';
import { plans } from '../config/plans.ts';
import { ROADMAP, planName } from '../format/strings.ts';

export interface RecordFile {
  /** The file's path under /data/, e.g. `fy2024/projects/c15a479c.json`. */
  path: string;
  /** The record's name as the site shows it. */
  label: string;
}

export interface DataFolder {
  /** `fy2024` (a registry plan) or `2013`. */
  id: string;
  /** The document's name in running text. */
  name: string;
  /** The folder of one JSON file per record: `projects` or `items`. */
  records: string;
  /** What a record is, for headings: 事業 or 項目. */
  recordKind: string;
  files: RecordFile[];
}

export async function loadDataFolders(): Promise<DataFolder[]> {
  const all = await loadPlans();
  const r = await loadRoadmap2013();
  const reading = await loadTitleReadings();
  const collator = new Intl.Collator('ja');
  return [
    ...plans.map((entry) => {
      const f = all.find((p) => p.entry.id === entry.id)!;
      return {
        id: entry.id,
        name: planName(entry),
        records: 'projects',
        recordKind: '事業',
        files: [...f.projects]
          // 五十音順, by the titles' readings (as the complete list sorts them), not by character codes.
          .sort((a, b) => collator.compare(reading(a.title), reading(b.title)))
          .map((p) => ({ path: `${entry.id}/projects/${p.id}.json`, label: p.title })),
      };
    }),
    {
      id: '2013',
      name: ROADMAP,
      records: 'items',
      recordKind: '項目',
      files: r.items.map((i) => ({ path: `2013/items/${i.no}.json`, label: `No.${i.no} ${i.title}` })),
    },
  ];
}
