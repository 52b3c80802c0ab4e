/**
 * Checks of the editions' built pages that need no browser. An English page may carry Japanese only inside an element
 * marked lang="ja" (a quoted original): everything else a reader sees or hears (text, and the title, aria-label, alt
 * and placeholder attributes) must be English.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Hiragana, katakana, CJK ideographs, and Japanese punctuation and full-width forms (「」、。（）：・～ …). */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** Attributes whose words a reader sees or a screen reader speaks. */
const SPOKEN = ['title', 'aria-label', 'alt', 'placeholder'];
/** Elements whose content is not text for the reader. */
const SKIPPED = new Set(['script', 'style', 'template']);

const isElement = (n: Node): n is Element => 'tagName' in n;

/**
 * The pieces of Japanese in an English page outside any element with lang="ja" (an element's own lang, or the
 * nearest ancestor's, decides), each as a short excerpt with the element it sits in: `p: 「…」`. Empty when the
 * page is clean.
 */
export function japaneseOutsideLangJa(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node, lang: string, where: string) => {
    if (isElement(node)) {
      if (SKIPPED.has(node.tagName)) return;
      const own = node.attrs.find((a) => a.name === 'lang')?.value;
      const here = own ?? lang;
      if (!here.startsWith('ja'))
        for (const a of node.attrs)
          if (SPOKEN.includes(a.name) && JAPANESE.test(a.value)) found.push(`${node.tagName}[${a.name}]: ${a.value}`);
      const inner = 'content' in node && node.tagName === 'template' ? [] : node.childNodes;
      for (const child of inner) walk(child, here, node.tagName);
      return;
    }
    if (node.nodeName === '#text' && !lang.startsWith('ja')) {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (JAPANESE.test(text)) found.push(`${where}: ${text.trim().slice(0, 80)}`);
      return;
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, lang, where);
  };
  walk(parse(html), '', '');
  return found;
}
