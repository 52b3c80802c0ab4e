/**
 * Checks a translated edition's curated file against the data: every record of its plan and of the 2013 roadmap is
 * there once, in no other order than the data's, and each records the Japanese it was written from exactly. A changed
 * original, a missing or extra record, or a summary where none belongs fails with the file, the record and what to do.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EditionFile } from '../../src/schemas/editions.ts';
import type { Original } from './originals.ts';

export function readEdition(path: string): EditionFile {
  const result = EditionFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success)
    throw new Error(`${path}: not in the edition's curated format:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** The problems of an edition's file against the originals, one line each (empty when it matches). */
export function editionProblems(path: string, file: EditionFile, originals: Original[]): string[] {
  const out: string[] = [];
  const byId = new Map(file.records.map((r) => [r.id, r]));
  if (byId.size !== file.records.length) out.push(`${path}: a record is listed twice`);
  const expected = new Set(originals.map((o) => o.id));
  for (const o of originals) {
    const r = byId.get(o.id);
    if (!r) {
      out.push(`${path}: ${o.id} (「${o.jaTitle}」) has no ${file.edition} title: add it`);
      continue;
    }
    if (r.jaTitle !== o.jaTitle)
      out.push(
        `${path}: ${o.id}: the Japanese title is now 「${o.jaTitle}」, not 「${r.jaTitle}」: translate it again`,
      );
    if (r.jaText !== o.jaText)
      out.push(`${path}: ${o.id}: the Japanese text it sums up changed (now 「${o.jaText}」): write the summary again`);
    if (o.summary && !r.summary) out.push(`${path}: ${o.id}: needs a summary`);
    if (!o.summary && r.summary) out.push(`${path}: ${o.id}: is shown by its title only; remove the summary`);
  }
  for (const r of file.records) if (!expected.has(r.id)) out.push(`${path}: ${r.id}: no such record in the data`);
  return out;
}
