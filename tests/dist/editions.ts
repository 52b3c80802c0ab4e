/**
 * Checks of the translated editions' pages, for any test over dist/ to reuse. Independent of the site's code: the
 * markup is read with parse5, a standard HTML parser, not with anything the pages are built with.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * A Japanese character: kana, kanji, Japanese punctuation (「」、。・〜…) and the full-width forms (（）：＋…).
 * A yen sign, an em dash or curly quotes are not Japanese.
 */
export const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Elements whose content is not text a reader sees. */
const SKIP = new Set(['script', 'style', 'template']);

const isElement = (n: Node): n is Element => 'tagName' in n;

/**
 * Every text and attribute value of an English page that holds a Japanese character outside an element marked
 * `lang="ja"` (the quoted originals), each named by where it is: `<p>: …` for text, `<a title>: …` for an attribute.
 * Empty for a page that keeps to the rule.
 */
export function japaneseOutsideLangJa(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node, japanese: boolean, parent: string) => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (!japanese && JAPANESE.test(text)) found.push(`<${parent}>: ${text.trim().slice(0, 80)}`);
      return;
    }
    if (!isElement(node)) {
      for (const child of (node as { childNodes?: Node[] }).childNodes ?? []) walk(child, japanese, parent);
      return;
    }
    if (SKIP.has(node.tagName)) return;
    const lang = node.attrs.find((a) => a.name === 'lang')?.value;
    const inJapanese = lang === undefined ? japanese : /^ja\b/i.test(lang);
    for (const a of node.attrs)
      if (!inJapanese && a.name !== 'lang' && JAPANESE.test(a.value))
        found.push(`<${node.tagName} ${a.name}>: ${a.value.slice(0, 80)}`);
    for (const child of node.childNodes) walk(child, inJapanese, node.tagName);
  };
  walk(parse(html), false, 'html');
  return found;
}
