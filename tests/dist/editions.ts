/**
 * Checks of the editions' pages that read one page's HTML (no browser). `japaneseOutsideLangJa`: an English page
 * carries Japanese only inside an element marked lang="ja" (a quoted original); every text node of <body> and
 * <title>, and the attributes a reader meets (alt, title, aria-label, placeholder), are checked with the `lang` in
 * force where they stand. The oracle is parse5's tree, not the site's code.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Kana, kanji, CJK punctuation and full-width forms: any of them is Japanese text. */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const READER_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];
/** Elements whose text a reader never sees as text. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

const isElement = (n: Node): n is Element => 'tagName' in n;

/**
 * Every Japanese text on an English page outside an element whose nearest `lang` is Japanese, as
 * `<element path>: text` (empty when the page passes).
 */
export function japaneseOutsideLangJa(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node, lang: string, path: string, inBody: boolean): void => {
    if (!isElement(node)) {
      if (node.nodeName === '#text' && inBody) {
        const text = (node as DefaultTreeAdapterMap['textNode']).value;
        if (!lang.startsWith('ja') && JAPANESE.test(text)) found.push(`${path}: ${text.trim()}`);
      }
      if ('childNodes' in node) for (const c of node.childNodes) walk(c, lang, path, inBody);
      return;
    }
    const own = node.attrs.find((a) => a.name === 'lang')?.value;
    const here = (own ?? lang).toLowerCase();
    const at = `${path}>${node.tagName}`;
    if (NOT_TEXT.has(node.tagName)) return;
    const reads = inBody || node.tagName === 'body' || node.tagName === 'title';
    if (reads && !here.startsWith('ja'))
      for (const a of node.attrs)
        if (READER_ATTRIBUTES.includes(a.name) && JAPANESE.test(a.value)) found.push(`${at}[${a.name}]: ${a.value}`);
    const children = node.tagName === 'template' ? [] : node.childNodes;
    for (const c of children) walk(c, here, at, reads);
  };
  const doc = parse(html);
  for (const c of doc.childNodes) walk(c, '', '', false);
  return found;
}
