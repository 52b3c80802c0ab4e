/**
 * The curated readings of the やさしい日本語 edition's ふりがな (content/curated/furigana.json), validated: the words the
 * analyser reads wrongly, for the ruby pass (src/middleware.ts) and the build's check that each is still used
 * (src/integrations/furigana.ts).
 */
import curated from '../../../content/curated/furigana.json' with { type: 'json' };
import { FuriganaCurated } from '../../schemas/furigana.ts';
import type { FuriganaWord } from '../../schemas/furigana.ts';

export const FURIGANA_WORDS: readonly FuriganaWord[] = FuriganaCurated.parse(curated).words;
