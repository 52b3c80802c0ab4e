import type { APIRoute } from 'astro';
import { loadFy2024, loadRoadmap2013 } from '../lib/data.ts';
import { categoryUrl, itemUrl, partUrl, priorityUrl, projectUrl, visionUrl, wardUrl } from '../lib/urls.ts';

/** Every content page, for search engines and for the accessibility and link tests. */
export const GET: APIRoute = async ({ site }) => {
  const f = await loadFy2024();
  const r = await loadRoadmap2013();
  const paths = [
    '/',
    '/fy2024/',
    ...f.priorities.map((p) => priorityUrl(p.number)),
    ...f.visions.map((v) => visionUrl(v.number)),
    '/fy2024/wards/',
    ...f.wards.map((w) => wardUrl(w.id)),
    ...f.projects.map((p) => projectUrl(p.id)),
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
