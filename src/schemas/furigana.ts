/**
 * The curated readings of the やさしい日本語 edition's ふりがな (content/curated/furigana.json): words the analyser reads
 * wrongly in the edition's text (src/lib/presentation/ruby.ts), with the reading the page must show and why.
 */
import { z } from 'zod';

/** A reading in hiragana (the long mark ー allowed), as ruby shows it. */
const Hiragana = z.string().regex(/^[\u3041-\u3096ー]+$/, 'a reading is hiragana only (no kanji, katakana or digits)');

export const FuriganaWord = z.object({
  /** The word as the edition's text writes it; it must hold a kanji, and some やさしい日本語 page must use it. */
  word: z.string().regex(/\p{Script=Han}/u, 'a curated word holds a kanji'),
  /** Its reading in hiragana, the kana written in the word included (取り組み → とりくみ). */
  reading: Hiragana,
  /** Why (English, for maintainers): what the analyser reads and why that is wrong here. */
  reason: z.string().min(1),
});
export type FuriganaWord = z.infer<typeof FuriganaWord>;

/** `content/curated/furigana.json`. */
export const FuriganaCurated = z.object({ words: z.array(FuriganaWord) });
export type FuriganaCurated = z.infer<typeof FuriganaCurated>;
