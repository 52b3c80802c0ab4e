import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { openProject } from '../../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const projects = await getCollection('fy2024Projects');
  const body = projects.map((entry) => openProject(entry.data)).sort((a, b) => a.sourceLines[0]! - b.sourceLines[0]!);
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
