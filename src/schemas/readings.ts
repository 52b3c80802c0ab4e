/**
 * Schemas for the readings of titles (読み), which the list pages sort by in 五十音順.
 *
 * `scripts/readings/` reads every title of every document with a morphological analyser at data-build time, corrects
 * the words it misreads from `content/curated/readings.json`, and writes `content/readings/titles.json`;
 * `src/content.config.ts` loads that file with the same schema. Nothing of the analyser reaches the pages.
 */
import { z } from 'zod';

/**
 * A reading in hiragana, with the long mark ー as printed in katakana words: the sort key of 五十音順. Symbols and
 * brackets (「」・※) are not part of it, so a title in 「」 sorts by its words.
 */
export const Reading = z
  .string()
  .regex(/^[\u3041-\u3096ー]+$/, 'a reading is hiragana and ー only (no kanji, katakana, letters, digits or symbols)');
export type Reading = z.infer<typeof Reading>;

/** One title and its reading. */
export const TitleReading = z.object({
  /** The title exactly as the record has it (a project's `title`, a 2013 item's `title`). */
  title: z.string().min(1),
  /** Its reading, e.g. 地下水の保全 → ちかすいのほぜん. */
  reading: Reading,
});
export type TitleReading = z.infer<typeof TitleReading>;

/** A word the analyser reads wrongly or not at all, with the reading a Japanese index gives it. */
export const ReadingOverride = z.object({
  /** The word as printed in a title; every title that holds it takes this reading for it, and at least one must. */
  text: z.string().min(1),
  /** Its reading; empty for an annotation that is no part of the name, such as (仮称), left out of the sort key. */
  reading: Reading.or(z.literal('')),
  /** Why (English, for maintainers): what the analyser makes of it and where the right reading comes from. */
  reason: z.string().min(1),
});
export type ReadingOverride = z.infer<typeof ReadingOverride>;

/** `content/curated/readings.json`: the curated readings, for every document alike. */
export const ReadingsCurated = z.object({
  words: z.array(ReadingOverride),
});
export type ReadingsCurated = z.infer<typeof ReadingsCurated>;
