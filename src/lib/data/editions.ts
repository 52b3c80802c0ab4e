/**
 * The translated editions' titles and summaries of the records (content/curated/en.json, easy.json; checked against
 * the data by the data build, scripts/editions/check.ts). A record's key is `<kind>:<ID>` (src/schemas/editions.ts).
 * A record an edition has not worded (a plan other than the file's) falls back to its Japanese title, marked as such
 * so the page can quote it as the original.
 */
import en from '../../../content/curated/en.json' with { type: 'json' };
import easy from '../../../content/curated/easy.json' with { type: 'json' };
import { EditionFile } from '../../schemas/editions.ts';
import type { EditionRecord, EditionRecordKind } from '../../schemas/editions.ts';
import type { Edition } from '../i18n/editions.ts';

const FILES: Record<Exclude<Edition, 'ja'>, Map<string, EditionRecord>> = {
  en: index(EditionFile.parse(en)),
  easy: index(EditionFile.parse(easy)),
};

function index(file: EditionFile): Map<string, EditionRecord> {
  return new Map(file.records.map((r) => [r.id, r]));
}

/** The key of a record in the edition files. */
export const recordKey = (kind: EditionRecordKind, id: string | number): string => `${kind}:${id}`;

export interface Worded {
  /** The edition's title, or the Japanese one where the edition has none (`translated` false). */
  text: string;
  /** Whether `text` is the edition's own wording (false on the Japanese site, and where no translation exists). */
  translated: boolean;
}

/** A record's title in an edition. `plan` is the plan the record belongs to (undefined for the 2013 roadmap). */
export function recordTitle(edition: Edition, kind: EditionRecordKind, id: string | number, jaTitle: string): Worded {
  if (edition === 'ja') return { text: jaTitle, translated: false };
  const r = FILES[edition].get(recordKey(kind, id));
  // A translation of another title (the record's ID was reused) is no translation of this one.
  return r && r.jaTitle === jaTitle ? { text: r.title, translated: true } : { text: jaTitle, translated: false };
}

/** A record's summary in an edition (undefined on the Japanese site and where none is written). */
export function recordSummary(
  edition: Edition,
  kind: EditionRecordKind,
  id: string | number,
  jaTitle: string,
): string | undefined {
  if (edition === 'ja') return undefined;
  const r = FILES[edition].get(recordKey(kind, id));
  return r && r.jaTitle === jaTitle ? r.summary : undefined;
}

const NOTE_KINDS = new Set(['link-note', 'rejected']);
const NOTES: Record<Exclude<Edition, 'ja'>, Map<string, string>> = {
  en: notesOf(FILES.en),
  easy: notesOf(FILES.easy),
};

function notesOf(records: Map<string, EditionRecord>): Map<string, string> {
  return new Map(
    [...records.values()].filter((r) => NOTE_KINDS.has(r.id.split(':')[0]!)).map((r) => [r.jaTitle, r.title]),
  );
}

/**
 * A crosswalk note or reason the site wrote in Japanese, in an edition's words: found by its Japanese text, which
 * the data build checks every edition file words (scripts/editions/check.ts). Undefined on the Japanese site.
 */
export function noteIn(edition: Edition, ja: string): string | undefined {
  return edition === 'ja' ? undefined : NOTES[edition].get(ja);
}
