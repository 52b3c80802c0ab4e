/**
 * How a page is cited, in each edition's style: the citation line a reader copies and the BibTeX entry for
 * researchers. Pure, with no import, because both the build (src/components/Citation.astro, which renders the words)
 * and the page's script (src/lib/browser/citation.ts, which fills in 閲覧日 and copies them) use it: the words on the
 * page and the words copied are the same words.
 *
 * A citation is a list of pieces: text, text quoted from the Japanese document (an English page marks it `lang="ja"`),
 * and two slots the component fills: the source lines (links on the page) and the date the reader accessed the page,
 * which only the reader's browser knows (a blank to fill without JavaScript).
 */

/** The citation styles: the Japanese original, やさしい日本語 and English, as the editions. */
export type CiteStyle = 'ja' | 'easy' | 'en';

/** One piece of a citation. */
export type CitePiece =
  | { kind: 'text'; text: string }
  /** Japanese quoted from a document (a document title on an English page). */
  | { kind: 'original'; text: string }
  /** The source lines, e.g. 392行目・393行目: links to the lines on the page. */
  | { kind: 'lines' }
  /** The day the reader accessed the page: `iso` in BibTeX's urldate (2026-12-07), else in the style's words. */
  | { kind: 'accessed'; iso: boolean };

export interface CiteInput {
  style: CiteStyle;
  /** The site's name in the edition's words (shell.siteName). */
  site: string;
  /** The page's title in the edition's words. */
  title: string;
  /** The page's public URL, or its path when the build has no public address. */
  address: string;
  /** The date of the data the page was built from (ISO `YYYY-MM-DD`), null when it has none yet. */
  dataDate: string | null;
  /** The data's version (a hash), kept for the BibTeX note. */
  version: string;
  /** The source document as the edition cites it, e.g. 熊本市「…」（2024年6月）. */
  document: string;
  /** On a translated edition, the document's Japanese title, quoted after `document`. */
  documentOriginal?: string | undefined;
  /** Where in the document, e.g. ビジョン1・重点事項1; empty for the whole document. */
  section: string;
  /** Whether the page cites source lines (the `lines` slot). */
  hasLines: boolean;
  /** Who runs the site (the SITE_OPERATOR setting), the BibTeX entry's author; unset in a local build. */
  operator?: string | undefined;
}

/** A piece of a date: digits or words, or a kanji (年, 月, 日) with its reading for an edition that shows ふりがな. */
export interface DatePiece {
  text: string;
  reading?: string;
}

/**
 * A date in the style's words, as pieces: `2026年11月22日` (ja, easy), `22 November 2026` (en), from ISO
 * `YYYY-MM-DD`; null gives the blank a reader fills in by hand where no script fills in the date (`____年__月__日`).
 * The kanji are pieces of their own, so the page's script can give a date it writes ふりがな on the やさしい日本語 pages.
 */
export function datePieces(style: CiteStyle, iso: string | null): DatePiece[] {
  if (style === 'en') {
    if (!iso) return [{ text: '__ ______ ____' }];
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    // English month names from the platform, the same in Node and in the browser; UTC so the day never shifts.
    const words = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return [{ text: words.format(new Date(Date.UTC(y, m - 1, d))) }];
  }
  const [y, m, d] = iso ? iso.split('-').map((n) => String(Number(n))) : ['____', '__', '__'];
  return [
    { text: y! },
    { text: '年', reading: 'ねん' },
    { text: m! },
    { text: '月', reading: 'がつ' },
    { text: d! },
    { text: '日', reading: 'にち' },
  ];
}

/** A date in the style's words: `2026年11月22日` (ja, easy), `22 November 2026` (en). From ISO `YYYY-MM-DD`. */
export const citeDate = (style: CiteStyle, iso: string): string =>
  datePieces(style, iso)
    .map((p) => p.text)
    .join('');

/** The accessed date as a blank to fill in by hand, where no script fills it: `____年__月__日`, `____-__-__`. */
export const accessedBlank = (style: CiteStyle, iso: boolean): string =>
  iso
    ? '____-__-__'
    : datePieces(style, null)
        .map((p) => p.text)
        .join('');

/** A local date as ISO `YYYY-MM-DD`: the reader's today, as their calendar shows it. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A title in 「」, the brackets it prints turned to 『』 as a quotation inside a quotation is written:
 * 「『結婚支援センター』の開設」, which a reader's reference list keeps apart from the title around it.
 */
const nest = (title: string): string => `「${title.replace(/「/g, '『').replace(/」/g, '』')}」`;

/** The words each style puts around the parts. */
const WORDS: Record<
  CiteStyle,
  {
    unofficial: string;
    quote: (s: string) => string;
    dataDate: string;
    noDate: string;
    accessed: string;
    source: string;
    /** Before the source lines: they are lines of the document's text version, which the site publishes. */
    lines: string;
  }
> = {
  ja: {
    unofficial: '（非公式）',
    quote: nest,
    dataDate: 'データ更新日：',
    noDate: 'データ未公開',
    accessed: '閲覧日：',
    source: '原典：',
    lines: 'テキスト版の',
  },
  easy: {
    unofficial: '（市の サイトでは ありません）',
    quote: nest,
    dataDate: 'データを 新しく した 日にち：',
    noDate: 'まだ 出して いない データ',
    accessed: '見た 日にち：',
    source: 'もとの 資料：',
    lines: 'テキストの ',
  },
  en: {
    unofficial: ' (unofficial)',
    quote: (s) => `“${s}”`,
    dataDate: 'data as of ',
    noDate: 'unreleased data',
    accessed: 'accessed ',
    source: 'Source: ',
    lines: 'text version, ',
  },
};

const text = (t: string): CitePiece => ({ kind: 'text', text: t });

/** The data's date in the style's words, or that the data is unreleased. */
const dataWords = (input: CiteInput): string => {
  const w = WORDS[input.style];
  return input.dataDate ? `${w.dataDate}${citeDate(input.style, input.dataDate)}` : w.noDate;
};

/** The source document, where in it and its lines: 原典：熊本市「…」（2024年6月）節、N行目。 */
function sourcePieces(input: CiteInput): CitePiece[] {
  const w = WORDS[input.style];
  const en = input.style === 'en';
  const original: CitePiece[] = input.documentOriginal
    ? [text(en ? ' [' : '（'), { kind: 'original', text: input.documentOriginal }, text(en ? ']' : '）')]
    : [];
  // Section and lines follow the document, separated from each other (and in English from the document) by a comma.
  const sep = en ? ', ' : '、';
  const rest: CitePiece[][] = [
    ...(input.section ? [[text(input.section)]] : []),
    ...(input.hasLines ? [[text(w.lines), { kind: 'lines' } as CitePiece]] : []),
  ];
  return [
    text(`${w.source}${input.document}`),
    ...original,
    ...rest.flatMap((part, i) => [...(i > 0 || en ? [text(sep)] : []), ...part]),
    text(en ? '.' : '。'),
  ];
}

/**
 * The pieces of a page's citation in its style:
 * 熊本市 計画エクスプローラー（非公式）「題」URL（データ更新日：…、閲覧日：…）。原典：熊本市「…」（2024年6月）節、N行目。
 * Kumamoto Plan Explorer (unofficial), “Title”, URL (data as of …; accessed …). Source: City of Kumamoto, … .
 */
export function citation(input: CiteInput): CitePiece[] {
  const w = WORDS[input.style];
  const accessed: CitePiece = { kind: 'accessed', iso: false };
  const head =
    input.style === 'en'
      ? [
          text(
            `${input.site}${w.unofficial}, ${w.quote(input.title)}, ${input.address} (${dataWords(input)}; ${w.accessed}`,
          ),
          accessed,
          text('). '),
        ]
      : [
          text(
            `${input.site}${w.unofficial}${w.quote(input.title)}${input.address}（${dataWords(input)}、${w.accessed}`,
          ),
          accessed,
          text('）。'),
        ];
  return [...head, ...sourcePieces(input)];
}

/** Characters BibTeX reads as commands or structure, escaped in a field's text. */
const bibEscape = (s: string): string =>
  s.replace(/[\\{}%&#$_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/** A BibTeX key from the page's path: `/en/fy2024/projects/c15a479c/` → `kpe-en-fy2024-projects-c15a479c`. */
export function bibKey(path: string): string {
  const name = path
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return name ? `kpe-${name}` : 'kpe';
}

/** The note of the BibTeX entry: the data's date and version, then the source document. */
const BIB_NOTE: Record<CiteStyle, (date: string, version: string) => string> = {
  ja: (date, version) => `${date}、データ版 ${version}。`,
  easy: (date, version) => `${date}、データの 版 ${version}。`,
  en: (date, version) => `${date[0]!.toUpperCase()}${date.slice(1)}, version ${version}. `,
};

/**
 * The pieces of the page's BibTeX entry (`@misc`): title, the site as howpublished, the URL (or path), the year of
 * the data, a note with the data's date and version and the source, and urldate, the accessed date (ISO). The source
 * lines stay a slot, as in the citation: the page links them, and their words (392行目, line 392) need no escaping.
 */
export function bibtex(input: CiteInput, path: string): CitePiece[] {
  const w = WORDS[input.style];
  // The source as the citation words it, escaped; a document's Japanese title stays a piece of its own, for an
  // English page to mark as Japanese.
  const source = sourcePieces(input).map((p): CitePiece =>
    p.kind === 'text' || p.kind === 'original' ? { ...p, text: bibEscape(p.text) } : p,
  );
  const field = (name: string, value: string) => `  ${name} = {${value}},\n`;
  return [
    text(
      [
        `@misc{${bibKey(path)},\n`,
        // An English title in double braces: bibliography styles lowercase a title's words otherwise.
        // The operator as a body (double braces), so a style neither inverts nor abbreviates the name.
        input.operator ? field('author', `{${bibEscape(input.operator)}}`) : '',
        field('title', input.style === 'en' ? `{${bibEscape(input.title)}}` : bibEscape(input.title)),
        field('howpublished', bibEscape(`${input.site}${w.unofficial}`.trim())),
        field('url', input.address),
        input.dataDate ? field('year', input.dataDate.slice(0, 4)) : '',
        `  note = {${bibEscape(BIB_NOTE[input.style](dataWords(input), input.version))}`,
      ].join(''),
    ),
    ...source,
    text('},\n  urldate = {'),
    { kind: 'accessed', iso: true },
    text('}\n}'),
  ];
}

/** The pieces as plain text, the slots filled: what a reader copies. */
export function plainCitation(
  pieces: readonly CitePiece[],
  fill: { lines: string; accessed: (iso: boolean) => string },
): string {
  return pieces
    .map((p) => (p.kind === 'lines' ? fill.lines : p.kind === 'accessed' ? fill.accessed(p.iso) : p.text))
    .join('');
}
