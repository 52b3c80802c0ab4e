/**
 * Every file under /data/: each dataset's JSON, CSV and JSON Schema, and one JSON file per project and per 2013 item
 * (the record a citation links to). Built once per build from loadDatasets().
 */
import { csvOf, jsonSchemaOf, loadDatasets } from './datasets.ts';
import { plans } from './plans.ts';

export interface DataFile {
  /** Path under /data/, e.g. `fy2024/projects.csv`. */
  path: string;
  body: string | Uint8Array;
  type: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

let files: Promise<DataFile[]> | undefined;

export function loadFiles(): Promise<DataFile[]> {
  files ??= build();
  return files;
}

async function build(): Promise<DataFile[]> {
  const datasets = await loadDatasets();
  const out: DataFile[] = datasets.flatMap((d) => [
    { path: `${d.path}.json`, body: json(d.json ?? d.rows), type: JSON_TYPE },
    { path: `${d.path}.csv`, body: csvOf(d), type: CSV_TYPE },
    { path: `${d.path}.schema.json`, body: json(jsonSchemaOf(d)), type: JSON_TYPE },
  ]);
  for (const plan of plans) {
    const projects = datasets.find((d) => d.path === `${plan.id}/projects`)!.json as Array<{ id: string }>;
    for (const p of projects) out.push({ path: `${plan.id}/projects/${p.id}.json`, body: json(p), type: JSON_TYPE });
  }
  const items = datasets.find((d) => d.path === '2013/items')!.json as Array<{ no: number }>;
  for (const i of items) out.push({ path: `2013/items/${i.no}.json`, body: json(i), type: JSON_TYPE });
  return out;
}
