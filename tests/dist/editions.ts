/**
 * The editions' page checks, on one page's HTML (parse5's tree, as a browser builds it): what an English page shows
 * in Japanese outside a quoted original, which kanji of a やさしい日本語 page have no ふりがな, and how long its
 * sentences are. Pure functions of the HTML, so tests/unit/editions-checks.test.ts proves each on hand-written pages
 * and tests/dist/editions.test.ts runs them over dist/. Independent of the site's code: no import from src/.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

type Node = T.ChildNode | T.Document;

const isElement = (n: Node): n is T.Element => 'tagName' in n;
const isText = (n: Node): n is T.TextNode => n.nodeName === '#text';
const attr = (e: T.Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

/** Every node of the tree in document order with the elements around it (outermost first). */
function* walk(node: Node, around: T.Element[] = []): Generator<{ node: Node; around: T.Element[] }> {
  yield { node, around };
  if (!('childNodes' in node)) return;
  const inner = isElement(node) ? [...around, node] : around;
  // parse5 keeps a <template>'s content apart (no part of the page until a script uses it), so it is not walked.
  for (const child of node.childNodes) yield* walk(child, inner);
}

/** Kana, kanji, the long mark, CJK punctuation (、。「」・～（）：) and full-width forms. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]/u;
const KANJI = /\p{Script=Han}/gu;

/** The `lang` that applies to an element: its own, else its nearest ancestor's. */
function langOf(chain: readonly T.Element[]): string | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const lang = attr(chain[i]!, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

const isJa = (lang: string | undefined) => lang !== undefined && /^ja(-|$)/i.test(lang);
const CODE = new Set(['script', 'style', 'noscript', 'template']);
const short = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
};

/** The attributes a reader meets as text (shown, read aloud or hinted). */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

/**
 * An English page's Japanese outside quoted originals: every text of <body> and <title>, every `alt`, `title`,
 * `aria-label` and `placeholder`, and the `content` of a described <meta> (description, og:…, twitter:…), whose nearest `lang` is not Japanese and which holds a kana, kanji, Japanese
 * punctuation or full-width character. Each problem as `<element> "text"`.
 */
export function japaneseOutsideLangJa(html: string): string[] {
  const problems: string[] = [];
  for (const { node, around } of walk(parse(html))) {
    if (isText(node)) {
      const parent = around.at(-1);
      if (!parent || around.some((e) => CODE.has(e.tagName))) continue;
      const inBody = around.some((e) => e.tagName === 'body') || parent.tagName === 'title';
      if (inBody && !isJa(langOf(around)) && JAPANESE.test(node.value))
        problems.push(`<${parent.tagName}> "${short(node.value)}"`);
    } else if (isElement(node)) {
      const chain = [...around, node];
      if (isJa(langOf(chain))) continue;
      // A page's description and share preview (meta name/property with content) are read as text too.
      const described = node.tagName === 'meta' && (attr(node, 'name') ?? attr(node, 'property')) !== undefined;
      for (const name of described ? [...TEXT_ATTRIBUTES, 'content'] : TEXT_ATTRIBUTES) {
        const value = attr(node, name);
        if (value !== undefined && JAPANESE.test(value)) problems.push(`<${node.tagName} ${name}> "${short(value)}"`);
      }
    }
  }
  return problems;
}

/**
 * Whether text inside these elements is the やさしい日本語 edition's own: not a quoted original, not code. A `<pre>` is
 * text to copy as it is (a citation's BibTeX entry, read by a reference manager), which the ふりがな pass leaves alone.
 */
const ownText = (around: readonly T.Element[]) =>
  !around.some((e) => CODE.has(e.tagName) || e.tagName === 'pre' || attr(e, 'data-original') !== undefined);

/**
 * A やさしい日本語 page's kanji without ふりがな: every kanji of a text in <body>, outside `[data-original]`, scripts
 * and styles, that is not in the base text of a <ruby> (a kanji in its reading, <rt>, counts as a problem too). Each
 * problem as `<element> 漢字: "text"`.
 */
export function kanjiOutsideRuby(html: string): string[] {
  const problems: string[] = [];
  for (const { node, around } of walk(parse(html))) {
    if (!isText(node) || !around.some((e) => e.tagName === 'body') || !ownText(around)) continue;
    const inBase =
      around.some((e) => e.tagName === 'ruby') && !around.some((e) => e.tagName === 'rt' || e.tagName === 'rp');
    const kanji = node.value.match(KANJI);
    if (kanji && !inBase) problems.push(`<${around.at(-1)!.tagName}> ${kanji.join('')}: "${short(node.value)}"`);
  }
  return problems;
}

/** Elements that flow within a sentence; any other element starts and ends one. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  'ruby',
  'rt',
  'rp',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/**
 * The lengths of a やさしい日本語 page's own sentences, in characters: the text of <body> outside quoted originals,
 * scripts and styles, readings (<rt>, <rp>) left out, split after 。！？ and at the edges of every element that is
 * not inline (a heading, a list item, a table cell, a <br> …). Spaces do not count; a piece without kana or kanji (a
 * figure, a year, a code) is no sentence.
 */
export function sentenceLengths(html: string): number[] {
  const pieces: string[] = [''];
  const visit = (node: Node, around: T.Element[]): void => {
    if (isText(node)) {
      if (
        around.some((e) => e.tagName === 'body') &&
        ownText(around) &&
        !around.some((e) => e.tagName === 'rt' || e.tagName === 'rp')
      )
        pieces[pieces.length - 1] += node.value;
      return;
    }
    if (!('childNodes' in node)) return;
    const element = isElement(node) ? node : undefined;
    const block = element !== undefined && !INLINE.has(element.tagName);
    if (block) pieces.push('');
    for (const child of node.childNodes) visit(child, element ? [...around, element] : around);
    if (block) pieces.push('');
  };
  visit(parse(html), []);
  return pieces
    .flatMap((p) => p.split(/(?<=[。！？])/))
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(s))
    .map((s) => [...s].length);
}

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
