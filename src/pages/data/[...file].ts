/**
 * Every open-data file: for each dataset its JSON, CSV (UTF-8 with BOM, CRLF) and JSON Schema, one JSON file per
 * project and per 2013 item (the record a citation links to), and the zip of everything (src/lib/files/downloads.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFiles } from '../../lib/files/downloads.ts';

export const getStaticPaths = (async () =>
  (await loadFiles()).map((f) => ({
    params: { file: f.path },
    props: { body: f.body, type: f.type },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['body'] as string | Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': props['type'] as string },
  });
