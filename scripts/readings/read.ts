/**
 * The readings of titles (読み), for 五十音順: a morphological analyser (kuromoji, IPA dictionary) reads each title at
 * data-build time, and the curated words of `content/curated/readings.json` replace what it gets wrong (place names,
 * words it splits, kanji it does not know). Letters are read by their names (PR → ぴーあーる, as an index reads an
 * acronym) and digits as a number (100 → ひゃく); brackets and symbols are left out, so 「結婚支援センター」の開設 sorts
 * by けっこん. A title with a word none of these can read fails the build, naming the word: the reading of every title
 * is known, never guessed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from '@sglkc/kuromoji';
import type { IpadicFeatures, Tokenizer } from '@sglkc/kuromoji';
import type { ReadingOverride, TitleReading } from '../../src/schemas/readings.ts';
import { Reading } from '../../src/schemas/readings.ts';

/** Katakana (ァ–ヶ) to hiragana (ぁ–ゖ): the same sound one block lower. ー and everything else stay. */
export const toHiragana = (text: string): string =>
  text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** True for text that is kana (either script) and long marks only, which reads as it is written. */
const isKana = (text: string): boolean => /^[\u3041-\u3096\u30a1-\u30faー]+$/.test(text);

/** True for text that has no reading: brackets, punctuation, symbols (「」・、※！), spaces. */
const isSymbol = (text: string): boolean => /^[\p{P}\p{S}\p{Z}]+$/u.test(text);

/** The names of the Latin letters as a Japanese reader says them in an acronym. */
const LETTERS: Readonly<Record<string, string>> = {
  A: 'えー',
  B: 'びー',
  C: 'しー',
  D: 'でぃー',
  E: 'いー',
  F: 'えふ',
  G: 'じー',
  H: 'えいち',
  I: 'あい',
  J: 'じぇー',
  K: 'けー',
  L: 'える',
  M: 'えむ',
  N: 'えぬ',
  O: 'おー',
  P: 'ぴー',
  Q: 'きゅー',
  R: 'あーる',
  S: 'えす',
  T: 'てぃー',
  U: 'ゆー',
  V: 'ぶい',
  W: 'だぶりゅー',
  X: 'えっくす',
  Y: 'わい',
  Z: 'ぜっと',
};

const DIGITS = ['', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
// The sound changes of hundreds and thousands (300 さんびゃく, 600 ろっぴゃく, 3000 さんぜん, 8000 はっせん).
const HUNDREDS = [
  '',
  'ひゃく',
  'にひゃく',
  'さんびゃく',
  'よんひゃく',
  'ごひゃく',
  'ろっぴゃく',
  'ななひゃく',
  'はっぴゃく',
  'きゅうひゃく',
];
const THOUSANDS = [
  '',
  'せん',
  'にせん',
  'さんぜん',
  'よんせん',
  'ごせん',
  'ろくせん',
  'ななせん',
  'はっせん',
  'きゅうせん',
];

/** 0–9999 read as a number: 2000 → にせん, 100 → ひゃく, 20 → にじゅう. */
function below10000(n: number): string {
  const [th, h, t, u] = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  return THOUSANDS[th]! + HUNDREDS[h]! + (t === 0 ? '' : (t === 1 ? '' : DIGITS[t]!) + 'じゅう') + DIGITS[u]!;
}

/**
 * A run of digits read as a number (up to 9999万9999); a longer run, or one with leading zeros, digit by digit. A
 * counter after it may change the sound (10分 じゅっぷん, 1区 いっく): such words are curated.
 */
export function readNumber(digits: string): string {
  const n = Number(digits);
  if (digits.length > 8 || (digits.length > 1 && digits.startsWith('0')))
    return [...digits].map((d) => (d === '0' ? 'ぜろ' : DIGITS[Number(d)]!)).join('');
  if (n === 0) return 'ぜろ';
  const man = Math.floor(n / 10000);
  return (man ? below10000(man) + 'まん' : '') + below10000(n % 10000);
}

/** How one piece of a title is read, or null where nothing can read it. */
function readPiece(surface: string, analysed: string | undefined): string | null {
  // Before the analyser's reading: it gives brackets and symbols themselves as their reading.
  if (isSymbol(surface)) return '';
  if (analysed && analysed !== '*') return toHiragana(analysed);
  if (isKana(surface)) return toHiragana(surface);
  // Letters, digits and symbols mixed in one unknown token (PR, 100, EBPM※): each run read in its own way.
  let reading = '';
  for (const [run] of surface.matchAll(/[A-Za-z]+|\d+|[\p{P}\p{S}\p{Z}]+|[^A-Za-z\d\p{P}\p{S}\p{Z}]+/gu)) {
    if (/^[A-Za-z]/.test(run)) reading += [...run.toUpperCase()].map((c) => LETTERS[c]).join('');
    else if (/^\d/.test(run)) reading += readNumber(run);
    else if (isSymbol(run)) continue;
    else if (isKana(run)) reading += toHiragana(run);
    else return null;
  }
  return reading;
}

/** The dictionary shipped with the analyser package. */
function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict') + '/';
}

let tokenizer: Promise<Tokenizer<IpadicFeatures>> | undefined;

/** The analyser, loaded once per process (its dictionary takes about a second to load). */
export function loadTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  tokenizer ??= new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, t) => (error ? reject(error) : resolve(t))),
  );
  return tokenizer;
}

/** What reading a title gives: the reading, and the pieces nothing could read (empty when it is whole). */
export interface TitleRead {
  reading: string;
  unread: string[];
}

/**
 * One title's reading. The title is compared in NFKC (full-width letters and digits as half-width), the curated
 * words are taken out first, longest first, and the analyser reads the text between them.
 */
export function readTitle(
  title: string,
  tk: Tokenizer<IpadicFeatures>,
  overrides: readonly ReadingOverride[],
): TitleRead {
  const text = title.normalize('NFKC');
  const words = [...overrides].sort((a, b) => b.text.length - a.text.length);
  let reading = '';
  const unread: string[] = [];
  let rest = text;
  while (rest) {
    // The earliest curated word in what is left (the longer one where two start at the same place).
    let hit: { at: number; word: ReadingOverride } | undefined;
    for (const word of words) {
      const at = rest.indexOf(word.text.normalize('NFKC'));
      if (at >= 0 && (!hit || at < hit.at)) hit = { at, word };
    }
    const plain = hit ? rest.slice(0, hit.at) : rest;
    if (plain) {
      for (const token of tk.tokenize(plain)) {
        const piece = readPiece(token.surface_form, token.reading);
        if (piece === null) unread.push(token.surface_form);
        else reading += piece;
      }
    }
    if (!hit) break;
    reading += hit.word.reading;
    rest = rest.slice(hit.at + hit.word.text.normalize('NFKC').length);
  }
  return { reading, unread };
}

/**
 * The readings of every title, one record per distinct title in code-point order (so the file does not depend on
 * the order documents are read in). Fails, naming the curated file, on a title with a word nothing reads, and on a
 * curated word that no title holds (the titles changed; a person decides whether the word still belongs).
 */
export async function readTitles(
  titles: readonly string[],
  overrides: readonly ReadingOverride[],
  curatedFile: string,
): Promise<TitleReading[]> {
  const tk = await loadTokenizer();
  const distinct = [...new Set(titles)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const problems: string[] = [];
  for (const word of overrides)
    if (!distinct.some((t) => t.normalize('NFKC').includes(word.text.normalize('NFKC'))))
      problems.push(`the curated word "${word.text}" is in no title`);
  const records = distinct.map((title) => {
    const { reading, unread } = readTitle(title, tk, overrides);
    if (unread.length)
      problems.push(`"${title}": no reading for ${unread.map((u) => `"${u}"`).join(', ')}; add the word to words`);
    else if (!Reading.safeParse(reading).success) problems.push(`"${title}": the reading "${reading}" is not kana`);
    return { title, reading };
  });
  if (problems.length) throw new Error(`${curatedFile}: ${problems.join('; ')}`);
  return records;
}
