/**
 * A page's text as a reader sees it, read from the HTML file without a browser, for the search test's oracle. It
 * follows the rules of a browser's innerText that matter for finding a word: text nodes with runs of white space
 * collapsed; a line break around every block (headings, paragraphs, list items, table rows and cells, …) and at
 * <br>, so a word never runs on from one block into the next; nothing of <script>, <style>, <template>, elements
 * marked `hidden`, and parts marked data-pagefind-ignore (which the search leaves out by design). The readings of
 * <ruby> (<rt>, <rp>: the ふりがな of the やさしい日本語 pages) are left out, so a word reads as its kanji; for the
 * English edition's search, so are the Japanese originals it quotes (`lang="ja"`), which no English query types. It
 * uses parse5, an
 * HTML parser, directly: nothing of the site's own code (src/lib/presentation/html-text.ts) or of the search.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements a browser lays out as blocks (or table parts) by default: innerText separates them by line breaks. */
const BLOCKS = new Set(
  (
    'address article aside blockquote caption details dialog dd div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul ' +
    'legend menu search option select'
  ).split(' '),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'rt', 'rp']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function walk(node: Node, out: string[], skipJapanese: boolean): void {
  if (node.nodeName === '#text') {
    out.push((node as DefaultTreeAdapterMap['textNode']).value.replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (!isElement(node) && !('childNodes' in node)) return;
  if (isElement(node)) {
    if (SKIPPED.has(node.tagName) || attr(node, 'hidden') !== undefined) return;
    if (attr(node, 'data-pagefind-ignore') !== undefined) return;
    if (skipJapanese && attr(node, 'lang') === 'ja') return;
    if (node.tagName === 'br') {
      out.push('\n');
      return;
    }
  }
  const block = isElement(node) && BLOCKS.has(node.tagName);
  if (block) out.push('\n');
  // A <template>'s content is skipped above; every other parent keeps its children in childNodes.
  for (const child of (node as Element).childNodes ?? []) walk(child, out, skipJapanese);
  if (block) out.push('\n');
}

function find(node: Node, test: (el: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of (node as Element).childNodes ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The text of an element: lines trimmed, empty lines dropped. */
export function textOf(el: Node, skipJapanese = false): string {
  const out: string[] = [];
  walk(el, out, skipJapanese);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The indexed part of a page (<main data-pagefind-body>), its h1 and its search metadata; undefined if not indexed. */
export function indexedMain(
  html: string,
  skipJapanese = false,
): { title: string; text: string; search: string } | undefined {
  const doc = parse(html);
  const main = find(doc, (el) => el.tagName === 'main' && attr(el, 'data-pagefind-body') !== undefined);
  if (!main) return undefined;
  const h1 = find(main, (el) => el.tagName === 'h1');
  return {
    title: h1 ? textOf(h1, skipJapanese) : '',
    text: textOf(main, skipJapanese),
    search: attr(main, 'data-search') ?? '{}',
  };
}
