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
 * How a chart writes text in its SVG: the text as drawn, and that text cut into phrases (joined, the text) so it
 * wraps between them.
 */
export interface SvgText {
  (text: string): string;
  phrases: (text: string) => string[];
}

/**
 * Whether a token opens a phrase (文節): not a particle, an auxiliary verb, a suffix, a dependent word or closing
 * punctuation, which stay with the word before them (しみん｜が would otherwise be a break as good as すべての｜しみん).
 */
const opensPhrase = (t: IpadicFeatures): boolean =>
  !['助詞', '助動詞'].includes(t.pos) && !['接尾', '非自立', '括弧閉', '読点', '句点'].includes(t.pos_detail_1);

/**
 * How a chart writes its SVG text in an edition: on the やさしい日本語 edition every kanji in kana, read as the ruby pass
 * reads it (SVG text cannot hold ruby). The chart then measures and wraps the kana it draws, not the shorter kanji
 * the pass would replace after layout, and wraps it between the phrases the analyser finds: kana alone show no word
 * boundaries (しみん would wrap as しみ｜ん). None (text as it is) in the other editions.
 */
export async function svgKana(edition: Edition, words: readonly RubyWord[]): Promise<SvgText | undefined> {
  if (edition !== 'easy') return undefined;
  const read = await rubyReader(words);
  const tk = await loadTokenizer();
  const phrases = (text: string): string[] => {
    // Where a phrase starts, as offsets into the text.
    const starts = new Set<number>();
    let at = 0;
    for (const t of tk.tokenize(text)) {
      if (at > 0 && opensPhrase(t)) starts.add(at);
      at += t.surface_form.length;
    }
    const pieces = [''];
    let offset = 0;
    const add = (written: string, length: number) => {
      if (starts.has(offset) && pieces.at(-1)) pieces.push('');
      pieces[pieces.length - 1] += written;
      offset += length;
    };
    // A reading is added whole (a phrase never starts inside a word); other text one character at a time.
    for (const s of read(text)) {
      if (s.reading !== undefined) add(s.reading, s.text.length);
      else for (const ch of s.text) add(ch, ch.length);
    }
    return pieces;
  };
  return Object.assign((text: string) => kanaText(read(text)), { phrases });
}
