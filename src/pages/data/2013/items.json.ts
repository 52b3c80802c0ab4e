import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { openItem } from '../../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const items = (await getCollection('roadmap2013Items')).map((entry) => entry.data).sort((a, b) => a.no - b.no);
  const body = JSON.stringify(items.map(openItem), null, 2) + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
