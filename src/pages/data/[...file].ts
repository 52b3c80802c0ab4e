/**
 * Every open-data file: for each dataset its JSON, CSV (UTF-8 with BOM, CRLF) and JSON Schema, and one JSON file
 * per project and per 2013 item (the record a citation links to).
 */
import { plans } from '../../lib/plans.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { jsonSchemaOf, loadDatasets } from '../../lib/datasets.ts';

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export const getStaticPaths = (async () => {
  const datasets = await loadDatasets();
  const files: Array<{ params: { file: string }; props: { body: string; type: Record<string, string> } }> = [];
  for (const d of datasets) {
    const columns = Object.keys(d.schema.shape);
    files.push({ params: { file: `${d.path}.json` }, props: { body: json(d.json ?? d.rows), type: JSON_TYPE } });
    files.push({
      params: { file: `${d.path}.csv` },
      props: { body: toCsv(columns, d.rows), type: { 'Content-Type': 'text/csv; charset=utf-8' } },
    });
    files.push({ params: { file: `${d.path}.schema.json` }, props: { body: json(jsonSchemaOf(d)), type: JSON_TYPE } });
  }
  for (const plan of plans) {
    const projects = datasets.find((d) => d.path === `${plan.id}/projects`)!.json as Array<{ id: string }>;
    for (const p of projects)
      files.push({ params: { file: `${plan.id}/projects/${p.id}.json` }, props: { body: json(p), type: JSON_TYPE } });
  }
  const items = datasets.find((d) => d.path === '2013/items')!.json as Array<{ no: number }>;
  for (const i of items)
    files.push({ params: { file: `2013/items/${i.no}.json` }, props: { body: json(i), type: JSON_TYPE } });
  return files;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['body'] as string, { headers: props['type'] as Record<string, string> });
