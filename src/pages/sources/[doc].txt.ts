/** A source document's file as published, byte for byte, so its SHA-256 can be checked against the source page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSourceDocuments, sourceBytes } from '../../lib/data/sources.ts';
import type { SourceDocument } from '../../lib/data/sources.ts';

export const getStaticPaths = (async () =>
  (await loadSourceDocuments()).map((doc) => ({ params: { doc: doc.id }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(sourceBytes((props as { doc: SourceDocument }).doc)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
