/**
 * Line breaks between phrases, never inside a word: browsers break Japanese between any two characters, so a heading
 * on a phone can end a line in 「令和6／年度」. BudouX (Google's phrase segmenter) finds the phrases at build time; the
 * page marks them with <wbr>, and CSS (`word-break: keep-all` in src/styles/global.css) lets lines break only there,
 * at spaces and around punctuation. No JavaScript reaches the browser.
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { hasClass, mapText } from './html-text.ts';

const parser = loadDefaultJapaneseParser();

/**
 * Above this many characters a word (a BudouX phrase, or a space-separated part of one) is a compound that will not
 * fit a narrow column whole (e.g. 市電車両リフレッシュ・ロケーションシステム事業); `overflow-wrap: anywhere` would then
 * break it at any character. Such a word also breaks where runs of kanji, katakana and Latin letters meet
 * (市電車両｜リフレッシュ・ロケーションシステム｜事業), which are word boundaries. Shorter words stay whole, so a line
 * does not end inside こども家庭センター when the whole phrase fits on the next.
 */
export const LONG_WORD = 10;

type Run = 'kanji' | 'katakana' | 'latin';

/** Kanji, katakana or Latin letters; digits are none of them, so 第8次, 令和6年度 and 100周年 never break. */
function runOf(ch: string): Run | undefined {
  if (/[\p{Script=Han}々〆ヶ]/u.test(ch)) return 'kanji';
  if (ch !== '・' && /[\p{Script=Katakana}ー]/u.test(ch)) return 'katakana';
  if (/[A-Za-z]/.test(ch)) return 'latin';
  return undefined;
}

/**
 * A long word split where a run of kanji, katakana or Latin letters meets a run of another of them. Runs of one
 * character stay with their neighbour: they are prefixes and suffixes (再デザイン, コンパクトシティ化).
 */
function splitWord(word: string): string[] {
  const chars = [...word];
  if (chars.length <= LONG_WORD) return [word];
  // Runs of consecutive characters of one kind; anything else (digits, kana, punctuation, spaces) is a run of no kind.
  const runs: { kind: Run | undefined; text: string }[] = [];
  for (const ch of chars) {
    const kind = runOf(ch);
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += ch;
    else runs.push({ kind, text: ch });
  }
  const parts = [runs[0]!.text];
  for (let i = 1; i < runs.length; i++) {
    const [a, b] = [runs[i - 1]!, runs[i]!];
    const boundary = a.kind && b.kind && [...a.text].length > 1 && [...b.text].length > 1;
    if (boundary) parts.push(b.text);
    else parts[parts.length - 1] += b.text;
  }
  return parts;
}

/** A phrase with its long words split; spaces are break opportunities already, so they get no <wbr>. */
function splitCompound(phrase: string): string[] {
  const parts = [''];
  for (const word of phrase.split(/(?<=\s)(?=\S)/)) {
    const [first, ...rest] = splitWord(word);
    parts[parts.length - 1] += first!;
    parts.push(...rest);
  }
  return parts;
}

/**
 * Words of the documents that BudouX's model splits (「強くしな｜やかなまち」, a vision's title): a break inside one of
 * them is removed. Found by reading the headings of every page; add a word here when a heading breaks inside it.
 */
export const WHOLE_WORDS = ['しなやか'];

/** Phrases merged where a boundary falls inside one of WHOLE_WORDS. */
function keepWhole(parts: string[]): string[] {
  const text = parts.join('');
  const inside = new Set<number>();
  for (const word of WHOLE_WORDS)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      for (let k = at + 1; k < at + word.length; k++) inside.add(k);
  const out: string[] = [];
  let offset = 0;
  for (const part of parts) {
    if (out.length && inside.has(offset)) out[out.length - 1] += part;
    else out.push(part);
    offset += part.length;
  }
  return out;
}

/** The phrases of a text, in order; joined they give the text back unchanged. */
export function phrases(text: string): string[] {
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return [text];
  return keepWhole(parser.parse(text)).flatMap(splitCompound);
}

export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const name = e.toLowerCase();
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name]!;
  });

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escaped HTML text (no tags) with <wbr> between its phrases. */
export function phraseHtml(escaped: string): string {
  const parts = phrases(decodeEntities(escaped));
  return parts.length > 1 ? parts.map(escapeText).join('<wbr>') : escaped;
}

/**
 * The elements whose text breaks between phrases: headings, table captions and headers, description-list terms,
 * disclosure labels, every navigation (site menu, breadcrumbs, pagers), the label above a record's h1 (`.kicker`),
 * and short texts a page marks `.phrased` (the 2013 cells and their quotes, lists of project names), where a
 * character left alone on a line (「検証作業／中」「試行的実／施」) misreads on a phone. Running text keeps the
 * browser's ordinary breaking, which reads better in long paragraphs. The same list is styled in
 * src/styles/global.css.
 */
export const PHRASED_ELEMENTS = ['h1', 'h2', 'h3', 'caption', 'th', 'dt', 'summary', 'nav'] as const;
export const PHRASED_CLASSES = ['kicker', 'phrased'] as const;

// Elements whose text is not prose: left alone even inside a phrased element.
const RAW = new Set(['svg', 'math', 'textarea', 'pre', 'code']);

/** Whether an opening tag starts a phrased element. */
function phrasedTag(name: string, tag: string): boolean {
  return (PHRASED_ELEMENTS as readonly string[]).includes(name) || hasClass(tag, PHRASED_CLASSES);
}

/**
 * A page's HTML with <wbr> between the phrases of every text inside the phrased elements. Everything else, tags and
 * attributes included, is returned byte for byte.
 */
export function addPhraseBreaks(html: string): string {
  // Text is phrased inside a phrased element, outside raw text.
  return mapText(
    html,
    (name, tag, inside) => !RAW.has(name) && (inside || phrasedTag(name, tag)),
    (text) => phraseHtml(text),
  );
}
