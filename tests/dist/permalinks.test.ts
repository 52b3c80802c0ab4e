/**
 * Permalinks do not move: every page of the sitemap and every open-data file that the site published before plans
 * became data (tests/fixtures/permalinks.json, taken from that build) is still there, and every record ID of that
 * time still names a record. The snapshot is the earlier site's, not this build's, so a route or ID change fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dist, fileFor, sitemapPaths } from './site.ts';

const snapshot = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'permalinks.json'), 'utf8')) as {
  pages: string[];
  data: string[];
  ids: Record<string, string[]>;
};

const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

test('every page of the earlier sitemap is built and still in the sitemap', () => {
  const now = new Set(sitemapPaths());
  expect(snapshot.pages.length).toBe(297);
  expect(snapshot.pages.filter((p) => !fileFor(p))).toEqual([]);
  expect(snapshot.pages.filter((p) => !now.has(p))).toEqual([]);
});

test('every earlier open-data file is still published', () => {
  expect(snapshot.data.length).toBeGreaterThan(250);
  expect(snapshot.data.filter((p) => !fileFor(p))).toEqual([]);
});

test('every earlier record ID still names a record', () => {
  const projects = json<Array<{ id: string }>>('data/fy2024/projects.json').map((p) => p.id);
  const visions = json<Array<{ id: string }>>('data/fy2024/visions.json');
  const items = json<Array<{ no: number; category: string; subitems: Array<{ id: string }> }>>('data/2013/items.json');
  const now: Record<string, string[]> = {
    'fy2024/projects': projects,
    'fy2024/priorities': json<Array<{ id: string }>>('data/fy2024/priorities.json').map((p) => p.id),
    'fy2024/visions': visions.map((v) => v.id),
    'fy2024/measures': json<Array<{ id: string }>>('data/fy2024/measures.json').map((m) => m.id),
    'fy2024/wards': json<Array<{ id: string }>>('data/fy2024/wards.json').map((w) => w.id),
    'fy2024/tables': [...new Set(json<Array<{ table_id: string }>>('data/fy2024/tables.json').map((t) => t.table_id))],
    '2013/items': items.map((i) => String(i.no)),
    '2013/categories': [...new Set(items.map((i) => i.category))],
    '2013/subitems': items.flatMap((i) => i.subitems.map((s) => s.id)),
  };
  for (const [kind, ids] of Object.entries(snapshot.ids)) {
    const current = new Set(now[kind]);
    expect(ids.length, kind).toBeGreaterThan(0);
    expect(
      ids.filter((id) => !current.has(id)),
      `${kind} IDs that no longer exist`,
    ).toEqual([]);
  }
});
