import type { APIRoute } from 'astro';
import { loadPlans, loadRoadmap2013 } from '../lib/data.ts';
import {
  categoryUrl,
  itemUrl,
  partUrl,
  planUrl,
  priorityUrl,
  projectUrl,
  visionUrl,
  wardUrl,
  wardsUrl,
} from '../lib/urls.ts';

/** Every content page, for search engines and for the accessibility and link tests. */
export const GET: APIRoute = async ({ site }) => {
  const r = await loadRoadmap2013();
  const planPages = (await loadPlans()).flatMap(({ entry: { id }, priorities, visions, wards, projects }) => [
    planUrl(id),
    ...priorities.map((p) => priorityUrl(id, p.number)),
    ...visions.map((v) => visionUrl(id, v.number)),
    wardsUrl(id),
    ...wards.map((w) => wardUrl(id, w.id)),
    ...projects.map((p) => projectUrl(id, p.id)),
  ]);
  const paths = [
    '/',
    ...planPages,
    '/2013/',
    '/2013/status/',
    '/2013/crosswalk/',
    ...r.parts.map((p) => partUrl(p.id)),
    ...r.categories.map((c) => categoryUrl(c.id)),
    ...r.items.map((i) => itemUrl(i.no)),
    '/about/',
    '/method/',
    '/search/',
    '/data/',
    '/data/dictionary/',
    '/data/quality/',
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((p) => `  <url><loc>${new URL(p, site)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
