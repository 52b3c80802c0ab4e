/**
 * ふりがな for the やさしい日本語 edition: text → segments, each kanji run with its reading in hiragana. A morphological
 * analyser (kuromoji with the IPA dictionary, src/lib/presentation/analyser.ts) reads the text; the curated words of
 * content/curated/furigana.json replace what it reads wrongly. Each token's reading is aligned to its kanji, so the
 * kana written in the text (送り仮名, particles) stay outside the ruby: 行います → 行(おこな)います. Digits are left
 * alone. Pure: the analyser is passed in, so the same text always gives the same segments.
 */
import { mapText } from './html-text.ts';
import { decodeEntities } from './phrases.ts';

/** What the pass needs of an analyser's token (kuromoji's `surface_form` and `reading`, katakana or `*`). */
export interface AnalysedToken {
  surface_form: string;
  reading?: string | undefined;
}

/** An analyser: text in, tokens out, whose surfaces joined give the text back. */
export type Analyse = (text: string) => readonly AnalysedToken[];

/** A curated word and how it is read (content/curated/furigana.json). */
export interface RubyWord {
  word: string;
  reading: string;
}

/** A piece of text: with `reading`, a kanji run (or a word the reading could not be split over) to set as ruby. */
export interface Segment {
  text: string;
  reading?: string;
}

const KANJI = /\p{Script=Han}/u;
const KANJI_RUN = /(\p{Script=Han}+)/u;

/** True if the text holds a kanji (々 and 〆 included: Unicode counts them as Han). */
export const hasKanji = (text: string): boolean => KANJI.test(text);

/** Katakana (ァ–ヶ) to hiragana (ぁ–ゖ): the same sound one block lower. ー and everything else stay. */
export const toHiragana = (text: string): string =>
  text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word's reading spread over its kanji runs: the kana between and around them must appear in the reading as written
 * (in hiragana), and each kanji run takes what lies between them. 取り組み + とりくみ → 取(と)り組(く)み. Where the
 * kana do not line up (a reading that changes a written kana), the whole word is one ruby.
 */
export function align(word: string, reading: string): Segment[] {
  if (!hasKanji(word)) return [{ text: word }];
  const runs = word.split(KANJI_RUN).filter(Boolean);
  if (runs.length === 1) return [{ text: word, reading }];
  const pattern = runs.map((r) => (hasKanji(r) ? '(.+?)' : escapeRegExp(toHiragana(r)))).join('');
  const m = new RegExp(`^${pattern}$`, 'u').exec(reading);
  if (!m) return [{ text: word, reading }];
  let group = 1;
  return runs.map((r) => (hasKanji(r) ? { text: r, reading: m[group++]! } : { text: r }));
}

/** One analyser token as segments: kana, digits and symbols as they are; kanji with the aligned reading. */
function tokenSegments(token: AnalysedToken, analyse: Analyse): Segment[] {
  const surface = token.surface_form;
  if (!hasKanji(surface)) return [{ text: surface }];
  const reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : undefined;
  if (reading) return align(surface, reading);
  // A word the dictionary does not know (two kanji it groups as one unknown token): each kanji read on its own,
  // which is better than none; a kanji nothing reads stays without ruby (the curated list is the fix).
  const chars = [...surface];
  if (chars.length === 1) return [{ text: surface }];
  return chars.flatMap((c) => analyse(c).flatMap((t) => tokenSegments(t, () => [{ surface_form: c }])));
}

/**
 * Counters whose reading after a number the dictionary does not give: it reads 月 in 2024年6月 as つき (the moon).
 * 日 is left as the analyser reads it (にち): a date's 1日 ついたち and a count of days differ, and にち is understood.
 */
const AFTER_DIGITS: Readonly<Record<string, string>> = { 月: 'がつ' };

/** A token with the reading a counter takes after a number written in digits. */
function afterDigits(token: AnalysedToken, previous: AnalysedToken | undefined): AnalysedToken {
  const reading = AFTER_DIGITS[token.surface_form];
  return reading && previous && /^[0-9０-９]+$/.test(previous.surface_form) ? { ...token, reading } : token;
}

/** Neighbouring segments without a reading merged, so the result is as short as the text allows. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.reading === undefined && s.reading === undefined) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * A text as segments. The analyser reads the whole text (a word is read in its context); a curated word then
 * replaces the analyser's reading where it starts and ends on the analyser's word boundaries, the longest first,
 * so 年度 corrects 2024年度 but does not split 今年度 (one word to the analyser, こんねんど).
 */
export function rubySegments(text: string, analyse: Analyse, words: readonly RubyWord[] = []): Segment[] {
  if (!hasKanji(text)) return [{ text }];
  const tokens = analyse(text);
  const starts = new Map<number, number>(); // text offset → index of the token starting there
  let offset = 0;
  tokens.forEach((t, i) => {
    starts.set(offset, i);
    offset += t.surface_form.length;
  });
  starts.set(offset, tokens.length);
  const curated = [...words].sort((a, b) => b.word.length - a.word.length);
  const out: Segment[] = [];
  let at = 0;
  while (at < text.length) {
    const word = curated.find((w) => text.startsWith(w.word, at) && starts.has(at + w.word.length));
    if (word) {
      out.push(...align(word.word, word.reading));
      at += word.word.length;
      continue;
    }
    const index = starts.get(at)!;
    const token = afterDigits(tokens[index]!, tokens[index - 1]);
    out.push(...tokenSegments(token, analyse));
    at += token.surface_form.length;
  }
  return merge(out);
}

/** The kanji of a text that got no reading (for the build's report; the curated list is where to fix them). */
export const unread = (segments: readonly Segment[]): string[] =>
  segments.filter((s) => s.reading === undefined && hasKanji(s.text)).map((s) => s.text);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Segments as HTML: `<ruby>漢字<rt>かんじ</rt></ruby>` for each reading, the rest escaped. */
export const rubyHtml = (segments: readonly Segment[]): string =>
  segments
    .map((s) =>
      s.reading === undefined ? escapeText(s.text) : `<ruby>${escapeText(s.text)}<rt>${s.reading}</rt></ruby>`,
    )
    .join('');

/** Segments as plain text with each reading in place of its kanji, for where ruby cannot go (`<option>`, SVG). */
export const kanaText = (segments: readonly Segment[]): string => segments.map((s) => s.reading ?? s.text).join('');

/** Elements whose text is never the edition's prose: code, ruby already set, and what a page marks as such. */
const NOT_PROSE = new Set(['code', 'pre', 'rt', 'rp', 'ruby', 'kbd', 'samp']);

/** Elements where markup cannot go inside the text: their kanji are written in kana instead. */
const PLAIN = new Set(['option', 'textarea', 'title', 'svg']);

/** The `lang` an opening tag sets, if any. */
const langOf = (tag: string): string | undefined => /\slang=(?:"([^"]*)"|'([^']*)')/.exec(tag)?.slice(1).find(Boolean);

const isOriginal = (tag: string): boolean => /\sdata-original(?=[\s=>/])/.test(tag);

/** How a text inside these open elements (outermost first) is given its readings: as ruby, as kana, or not at all. */
export function rubyMode(open: readonly { name: string; tag: string }[]): 'ruby' | 'kana' | 'none' {
  const lang = open.findLast((e) => langOf(e.tag) !== undefined);
  if (lang && !/^ja(-|$)/i.test(langOf(lang.tag)!)) return 'none';
  if (open.some((e) => NOT_PROSE.has(e.name) || isOriginal(e.tag))) return 'none';
  if (open.some((e) => PLAIN.has(e.name))) return 'kana';
  return open.some((e) => e.name === 'body') ? 'ruby' : 'none';
}

/**
 * A page's HTML with ふりがな on the edition's own text: every kanji run of a text in <body> gets a `<ruby>`, except
 * inside `[data-original]` (the Japanese quoted as printed), code, an element in another language, or ruby already
 * set; the text of `<option>`, `<textarea>`, `<title>` and SVG, and the column names of cards (`data-label`), are
 * written in kana instead. Other tags and attributes (the `title` and `aria-label` a screen reader reads keep their
 * kanji), and every text without a kanji, come back byte for byte.
 */
export function addRuby(html: string, segmentsOf: (text: string) => Segment[]): string {
  return rubyText(html, segmentsOf).replace(
    // A table reflowed into cards shows each cell's column name from this attribute (CSS `content: attr(…)`), where
    // ruby cannot go: in kana, like <option>.
    /(\sdata-label=")([^"]*)"/g,
    (whole, start: string, value: string) =>
      hasKanji(value)
        ? `${start}${escapeText(kanaText(segmentsOf(decodeEntities(value)))).replace(/"/g, '&quot;')}"`
        : whole,
  );
}

/**
 * A phrase break (`<wbr>`, src/lib/presentation/phrases.ts) while the ruby pass runs: a character of the Private Use
 * Area, so the text on both sides of a break is read as one text. Read apart, a word the break cuts is misread:
 * 障が｜いのある gave 障 alone, which the analyser reads さわ (障る).
 */
const BREAK = '\u{E000}';

/** Segments with the phrase breaks put back at these offsets of their text; a break inside a ruby goes after it. */
export function withBreaks(segments: readonly Segment[], breaks: readonly number[], mark = BREAK): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let next = 0;
  for (const s of segments) {
    const end = start + s.text.length;
    if (s.reading !== undefined) {
      for (; next < breaks.length && breaks[next]! <= start; next++) out.push({ text: mark });
      out.push(s);
      for (; next < breaks.length && breaks[next]! < end; next++) out.push({ text: mark });
    } else {
      let text = '';
      let at = start;
      for (; next < breaks.length && breaks[next]! <= end; next++) {
        text += s.text.slice(at - start, breaks[next]! - start) + mark;
        at = breaks[next]!;
      }
      out.push({ text: text + s.text.slice(at - start) });
    }
    start = end;
  }
  if (next < breaks.length) out.push({ text: mark.repeat(breaks.length - next) });
  return out;
}

function rubyText(html: string, segmentsOf: (text: string) => Segment[]): string {
  return mapText(
    html.replace(/<wbr>/g, BREAK),
    () => true,
    (escaped, open) => {
      if (!hasKanji(escaped)) return escaped;
      const mode = rubyMode(open);
      if (mode === 'none') return escaped;
      const pieces = escaped.split(BREAK).map(decodeEntities);
      const breaks = pieces.slice(0, -1).map((_, i) => pieces.slice(0, i + 1).join('').length);
      const segments = segmentsOf(pieces.join(''));
      if (mode === 'kana') return escapeText(kanaText(segments));
      const marked = withBreaks(segments, breaks);
      // One text stays one box: in a flex or grid container (a table reflowed into cards) each ruby would otherwise
      // be an item of its own, and 136.5億円 would spread over the line.
      return segments.length > 1 ? `<span>${rubyHtml(marked)}</span>` : rubyHtml(marked);
    },
  ).replaceAll(BREAK, '<wbr>');
}

/** The text a page gives its ruby pass (body text outside quoted originals and code), readings left out. */
export function rubyBaseText(html: string): string {
  const parts: string[] = [];
  mapText(
    html,
    () => true,
    (escaped, open) => {
      // A ruby's base is the page's own text: the pass set it. Its readings (rt, rp) are not.
      if (open.some((e) => e.name === 'rt' || e.name === 'rp')) return escaped;
      if (rubyMode(open.filter((e) => e.name !== 'ruby')) !== 'none') parts.push(decodeEntities(escaped));
      return escaped;
    },
  );
  return parts.join('');
}
