/**
 * Spelling variants (表記ゆれ): the ways one word is written, so a search for one spelling also finds the others.
 *
 * Folding happens only in the query: a query that holds a spelling of a group is searched once per spelling of
 * that group (several words: every combination, up to MAX_SPELLINGS), and the results are the union of those exact
 * searches. Nothing of the index or of what a page displays changes, so a search with variants is exactly "the pages
 * that contain the query in one of its spellings", and an exact search (`&exact=1`) is the same search without the
 * expansion.
 *
 * A group holds spellings of ONE word and nothing else: 子供 is not folded with 子, and where a longer word begins
 * with a spelling but is another word (障害物 is an obstacle, not a disability) it is listed in NOT_THE_WORD and left
 * as typed. Every spelling is written as the search compares text (NFKC, lower case; a unit test checks it).
 */
import { normalize } from './tokens.ts';

export interface VariantGroup {
  /** The spellings of one word; the first is the one the 公用文 rules give, where they give one. */
  spellings: readonly string[];
  /** Why these are one word: the rule, list or usage they come from. */
  source: string;
}

/** 送り仮名の付け方（昭和48年内閣告示第2号）通則6 and its 許容, as 公用文 applies them. */
const OKURIGANA =
  '「送り仮名の付け方」（昭和48年内閣告示第2号）通則6：複合の語は送り仮名を付けるのが本則、読み間違えるおそれのない語は省いてもよい（許容）。「公用文における漢字使用等について」（平成22年内閣訓令第1号）は活用のない語にこの許容を用い、取組・受入れ・引継ぎ・乗換え・申込み・問合せ・取扱い・手続・届出のように書く。';
/** 常用漢字表（平成22年内閣告示第2号）: the old form (康熙字典体) is printed in brackets after the new one. */
const KYUJITAI = '「常用漢字表」（平成22年内閣告示第2号）が新字体の後に括弧で示す旧字体。';

export const VARIANT_GROUPS: readonly VariantGroup[] = [
  {
    spellings: ['子供', '子ども', 'こども'],
    source:
      '「公用文作成の考え方」（令和4年、文化審議会建議）は「子供」と書く。計画は「子ども」（子ども医療費）と、こども家庭庁・こども基本法にならう「こども」（こども家庭センター）を使い分ける。',
  },
  {
    spellings: ['障害', '障がい', '障碍'],
    source:
      '法令は「障害」と書き、熊本市を含む多くの自治体は「障がい」と書く。「碍」は常用漢字表にない字で、「障碍」は同じ語の旧来の書き方。',
  },
  { spellings: ['取組', '取組み', '取り組み'], source: OKURIGANA },
  { spellings: ['受入れ', '受入', '受け入れ'], source: OKURIGANA },
  { spellings: ['引継ぎ', '引継', '引き継ぎ'], source: OKURIGANA },
  { spellings: ['乗換え', '乗換', '乗り換え'], source: OKURIGANA },
  { spellings: ['申込み', '申込', '申し込み'], source: OKURIGANA },
  { spellings: ['問合せ', '問い合わせ', '問合わせ', '問い合せ'], source: OKURIGANA },
  { spellings: ['取扱い', '取扱', '取り扱い'], source: OKURIGANA },
  { spellings: ['手続', '手続き'], source: OKURIGANA },
  { spellings: ['組合せ', '組合わせ', '組み合わせ'], source: OKURIGANA },
  { spellings: ['建替え', '建替', '建て替え'], source: OKURIGANA },
  { spellings: ['引上げ', '引き上げ'], source: OKURIGANA },
  { spellings: ['引下げ', '引き下げ'], source: OKURIGANA },
  { spellings: ['届出', '届け出'], source: OKURIGANA },
  { spellings: ['打合せ', '打ち合わせ', '打合わせ'], source: OKURIGANA },
  { spellings: ['話合い', '話し合い'], source: OKURIGANA },
  { spellings: ['切替え', '切替', '切り替え'], source: OKURIGANA },
  { spellings: ['立上げ', '立ち上げ'], source: OKURIGANA },
  { spellings: ['入替え', '入替', '入れ替え'], source: OKURIGANA },
  { spellings: ['取消し', '取消', '取り消し'], source: OKURIGANA },
  { spellings: ['見積り', '見積', '見積もり'], source: OKURIGANA },
  { spellings: ['繰越し', '繰越', '繰り越し'], source: OKURIGANA },
  {
    spellings: ['箇所', 'か所', 'ヶ所', 'ヵ所', 'ケ所', 'カ所', '個所'],
    source:
      '「公用文作成の考え方」（令和4年）は「箇所」と書き、数を示すときは「3か所」とも書く。ヶ・ヵ・ケ・カは「箇」の略記、「個所」は新聞などの書き方。',
  },
  // One character each: an old form folds only that character, in whatever word it stands.
  ...[
    ['県', '縣'],
    ['国', '國'],
    ['学', '學'],
    ['会', '會'],
    ['広', '廣'],
    ['沢', '澤'],
    ['浜', '濱'],
    ['辺', '邊'],
    ['斎', '齋'],
    ['区', '區'],
    ['関', '關'],
    ['桜', '櫻'],
  ].map((spellings) => ({ spellings, source: KYUJITAI })),
  { spellings: ['辺', '邉'], source: '「邉」は「辺」の異体字（人名に多い）。' },
  { spellings: ['高', '髙'], source: '「髙」（はしご高）は「高」の異体字（人名・社名に多い）。' },
];

/**
 * Longer words that begin with a spelling of a group but are other words: a query holding one is searched as typed
 * at that place.
 */
export const NOT_THE_WORD: readonly string[] = ['障害物'];

/** At most this many spellings of one query word are searched (each is one more search and index chunk). */
export const MAX_SPELLINGS = 12;

/** Every spelling the table holds, for the indexer to report which of them occur on no page. */
export function allSpellings(): string[] {
  return [...new Set(VARIANT_GROUPS.flatMap((g) => g.spellings))].sort();
}

/** A place in a query word where a variant was folded: what was typed there and its other spellings. */
export interface Folded {
  typed: string;
  others: string[];
}

/** What to search for one word of a query. */
export interface WordExpansion {
  /** The word as typed (normalised). */
  typed: string;
  /** Every spelling of the word searched: the typed one first. */
  spellings: string[];
  /** The places folded, in order: empty when the word holds no variant. */
  folded: Folded[];
}

/** The alternatives for one character offset of a word: the longest spelling that starts there, all its groups'. */
function alternativesAt(word: string, at: number): { length: number; alternatives: string[] } | undefined {
  if (NOT_THE_WORD.some((w) => word.startsWith(w, at))) return undefined;
  let length = 0;
  for (const g of VARIANT_GROUPS)
    for (const s of g.spellings) if (s.length > length && word.startsWith(s, at)) length = s.length;
  if (!length) return undefined;
  const typed = word.slice(at, at + length);
  // A one-character spelling can sit in two groups (辺 with 邊 and with 邉): both apply.
  const alternatives = [
    ...new Set(VARIANT_GROUPS.filter((g) => g.spellings.includes(typed)).flatMap((g) => g.spellings)),
  ];
  return { length, alternatives: [typed, ...alternatives.filter((s) => s !== typed)] };
}

/**
 * The spellings of one query word: each place that holds a spelling of a group is replaced by each of the group's
 * spellings (the longest spelling at a place wins, so 取組み is read as 取組み, not 取組 + み), places left to right,
 * while the number of combinations stays within MAX_SPELLINGS; places beyond that are searched as typed.
 */
export function expandWord(word: string): WordExpansion {
  const typed = normalize(word);
  // Each part is a fixed piece of the word or a folded place with its alternatives (typed first).
  const parts: string[][] = [];
  const folded: Folded[] = [];
  let count = 1;
  let plain = '';
  for (let at = 0; at < typed.length;) {
    const found = alternativesAt(typed, at);
    const skip = NOT_THE_WORD.find((w) => typed.startsWith(w, at));
    if (found && count * found.alternatives.length <= MAX_SPELLINGS) {
      if (plain) parts.push([plain]);
      plain = '';
      parts.push(found.alternatives);
      folded.push({ typed: found.alternatives[0]!, others: found.alternatives.slice(1) });
      count *= found.alternatives.length;
      at += found.length;
    } else {
      const step = skip?.length ?? found?.length ?? 1;
      plain += typed.slice(at, at + step);
      at += step;
    }
  }
  if (plain) parts.push([plain]);
  const spellings = parts.reduce<string[]>((acc, alts) => acc.flatMap((a) => alts.map((b) => a + b)), ['']);
  return { typed, spellings, folded };
}

/**
 * The searches that find the same pages as all of a word's spellings: a spelling that contains another one (取組み
 * contains 取組) finds a subset of its pages and is left out, and so is one holding a spelling no page contains
 * (`absent`, written by the indexer), which finds nothing. The typed word is kept when nothing else is left, so a
 * search always runs.
 */
export function searchSpellings(expansion: WordExpansion, absent: ReadonlySet<string> = new Set()): string[] {
  const possible = expansion.spellings.filter((s) => ![...absent].some((a) => s.includes(a)));
  const kept = possible.filter((s) => !possible.some((t) => t !== s && t.length < s.length && s.includes(t)));
  return kept.length ? kept : [expansion.typed];
}

/** Each word of a query (separated by spaces, as the search separates them) with its spellings. */
export function expandQuery(query: string): WordExpansion[] {
  return normalize(query).split(/\s+/).filter(Boolean).map(expandWord);
}
