/**
 * The pages axe runs on: a set of pages that together hold every kind of element the site has (a markup cover).
 *
 * axe's findings follow the markup: which elements there are, their classes (and so the styles, colours and sizes
 * they get), roles, aria-* and lang attributes, and Astro's scoping attributes (data-astro-cid-*, which say which
 * component's styles apply). Pages made from one template share all of these, so running axe on every page mostly
 * repeats the same findings. An element's signature is those facts together; the cover is chosen greedily (the page
 * with the most signatures not yet covered, ties broken by path) until every signature of every page is in some
 * covered page. Read with parse5, an HTML parser, from the built files: the cover is the same on every run of one
 * build.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/** One element's signature: tag, sorted classes, role, sorted aria-* names, lang, sorted data-astro-cid-* names. */
function signature(el: Element): string {
  const get = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  const classes = [...new Set((get('class') ?? '').split(/\s+/).filter(Boolean))].sort();
  const names = (prefix: string) =>
    el.attrs
      .map((a) => a.name)
      .filter((n) => n.startsWith(prefix))
      .sort();
  return [
    el.tagName,
    classes.map((c) => `.${c}`).join(''),
    `role=${get('role') ?? ''}`,
    `aria=${names('aria-').join(',')}`,
    `lang=${get('lang') ?? ''}`,
    `cid=${names('data-astro-cid-').join(',')}`,
  ].join('|');
}

/** Every element signature of a page's HTML (the whole document, <template> content included). */
export function signatures(html: string): Set<string> {
  const out = new Set<string>();
  const stack: Node[] = [parse(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) out.add(signature(node));
    if (node.nodeName === 'template') stack.push((node as DefaultTreeAdapterMap['template']).content);
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return out;
}

/**
 * A greedy set cover: the paths of pages that together hold every signature any page holds, in the order chosen.
 * `pages`: site path → its signatures.
 */
export function markupCover(pages: Map<string, Set<string>>): string[] {
  const uncovered = new Set([...pages.values()].flatMap((s) => [...s]));
  const paths = [...pages.keys()].sort();
  const cover: string[] = [];
  while (uncovered.size) {
    let best = '';
    let gain = 0;
    for (const path of paths) {
      let n = 0;
      for (const s of pages.get(path)!) if (uncovered.has(s)) n++;
      // Strictly more only: among equal gains the first path in sort order stays.
      if (n > gain) [best, gain] = [path, n];
    }
    cover.push(best);
    for (const s of pages.get(best)!) uncovered.delete(s);
  }
  return cover;
}
