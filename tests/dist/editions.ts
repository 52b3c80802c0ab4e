/**
 * Checks of the translated editions' pages. On an English page every Japanese character must stand inside an element
 * marked `lang="ja"` (a quoted original), in text and in the attributes a reader meets (aria-label, title, alt,
 * placeholder, a meta description).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Kana, kanji, Japanese punctuation and full-width forms. */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder']);
/** Elements whose text no reader meets as text. */
const SKIPPED = new Set(['script', 'style', 'template']);

const isElement = (n: Node): n is Element => 'tagName' in n;

/**
 * Every piece of Japanese text on a page outside elements marked lang="ja", each as `<element>: text` (an
 * attribute as `<element attr>: value`); an empty list when there is none.
 */
export function japaneseOutsideLangJa(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node, tag: string): void => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (JAPANESE.test(text)) found.push(`<${tag}>: ${text.trim().slice(0, 80)}`);
      return;
    }
    if (isElement(node)) {
      if (node.attrs.some((a) => a.name === 'lang' && /^ja\b/.test(a.value))) return;
      if (SKIPPED.has(node.tagName)) return;
      const described = node.tagName === 'meta' && node.attrs.some((a) => a.name === 'name' || a.name === 'property');
      for (const a of node.attrs)
        if ((READ_ATTRIBUTES.has(a.name) || (described && a.name === 'content')) && JAPANESE.test(a.value))
          found.push(`<${node.tagName} ${a.name}>: ${a.value.slice(0, 80)}`);
      tag = node.tagName;
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child, tag);
  };
  walk(parse(html), 'document');
  return found;
}
