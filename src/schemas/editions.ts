/**
 * A translated edition's curated titles and summaries (content/curated/en.json, content/curated/easy.json): what the
 * site wrote for each record of one plan and of the 2013 roadmap, with the Japanese it was written from, so the data
 * build can tell when an original changed (scripts/editions/check.ts).
 */
import { z } from 'zod';

/** The kinds of record an edition words, as the prefix of a record's key (`project:9ecbce66`). */
export const EDITION_RECORD_KINDS = [
  'priority',
  'priority-group',
  'vision',
  'measure',
  'ward',
  'project',
  'table',
  'part',
  'chapter',
  'category',
  'item',
  // The site's own notes on the 2013 → plan crosswalk (content/curated/crosswalk-*.json): why a link was made, and
  // why a candidate was not. The `jaTitle` is the Japanese note; `title` the edition's wording of it.
  'link-note',
  'rejected',
] as const;
export type EditionRecordKind = (typeof EDITION_RECORD_KINDS)[number];

export const EditionRecord = z
  .object({
    /** `<kind>:<record's ID>`, e.g. `project:9ecbce66`, `item:44`, `priority-group:1-2`, `chapter:I-1`. */
    id: z.string().regex(new RegExp(`^(${EDITION_RECORD_KINDS.join('|')}):[^\\s]+$`)),
    /** The Japanese title this translates, exactly as the data has it. */
    jaTitle: z.string().min(1),
    /** The Japanese text the summary is written from (see scripts/editions/originals.ts), exactly; may be empty. */
    jaText: z.string(),
    title: z.string().min(1),
    /** 1–2 sentences; absent for a record shown by its title only (a table, a group heading, a chapter). */
    summary: z.string().min(1).optional(),
  })
  .strict();
export type EditionRecord = z.infer<typeof EditionRecord>;

export const EditionFile = z
  .object({
    edition: z.enum(['easy', 'en']),
    /** The registered plan whose records it covers (the 2013 roadmap's are always included). */
    plan: z.string(),
    about: z.string(),
    records: z.array(EditionRecord),
  })
  .strict();
export type EditionFile = z.infer<typeof EditionFile>;
