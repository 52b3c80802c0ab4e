/**
 * The morphological analyser the build reads やさしい日本語 pages with (kuromoji, IPA dictionary, the package the data
 * build's title readings use too): loaded once per build, as its dictionary takes about a second to load, and each
 * distinct text read once, as every page repeats the header, menu and footer.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from '@sglkc/kuromoji';
import type { IpadicFeatures, Tokenizer } from '@sglkc/kuromoji';
import type { Edition } from '../i18n/editions.ts';
import { kanaText, rubySegments, type RubyWord, type Segment } from './ruby.ts';

/** The dictionary shipped with the analyser package, found from this module wherever the build bundles it. */
function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict') + '/';
}

let tokenizer: Promise<Tokenizer<IpadicFeatures>> | undefined;

function loadTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  tokenizer ??= new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, t) => (error ? reject(error) : resolve(t))),
  );
  return tokenizer;
}

type Reader = (text: string) => Segment[];
const readers = new WeakMap<readonly RubyWord[], Promise<Reader>>();

/** The reader of texts into ruby segments with these curated words: one per list, sharing one analyser and cache. */
export function rubyReader(words: readonly RubyWord[]): Promise<Reader> {
  let reader = readers.get(words);
  if (!reader) {
    reader = makeReader(words);
    readers.set(words, reader);
  }
  return reader;
}

async function makeReader(words: readonly RubyWord[]): Promise<Reader> {
  const tk = await loadTokenizer();
  const cache = new Map<string, Segment[]>();
  return (text) => {
    let segments = cache.get(text);
    if (!segments) {
      segments = rubySegments(text, (t) => tk.tokenize(t), words);
      cache.set(text, segments);
    }
    return segments;
  };
}

/**
 * How a chart writes its SVG text in an edition: on the やさしい日本語 edition every kanji in kana, read as the ruby pass
 * reads it (SVG text cannot hold ruby). The chart then measures and wraps the kana it draws, not the shorter kanji
 * the pass would replace after layout. None (text as it is) in the other editions.
 */
export async function svgKana(
  edition: Edition,
  words: readonly RubyWord[],
): Promise<((text: string) => string) | undefined> {
  if (edition !== 'easy') return undefined;
  const read = await rubyReader(words);
  return (text) => kanaText(read(text));
}
