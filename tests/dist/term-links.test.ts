/**
 * Links to the glossary, read from every page's built HTML (formerly a browser check of the crawl; it only reads
 * markup). The first use of a term in the main text (outside headings, links, navigation, table headers, code and SVG,
 * and outside text quoted from another document than the term's) is a link to its entry, and later uses are plain
 * text; the pages that quote as is (the glossary itself, /data/, /sources/, as the README says) and the header and
 * footer have no such links. Read with parse5, an HTML parser, not with the site's own code
 * (src/lib/presentation/glossary-links.ts).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ids, read, sitemapPaths } from './site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Pages that quote as is: no term links at all. */
const UNLINKED = /^\/(glossary|data|sources)(\/|$)/;
/** Pages known to use some of the terms, /fy2024/ the term ビジョン more than once: the check is not vacuous there. */
const SAMPLE = ['/', '/fy2024/', '/fy2024/visions/1/', '/fy2024/projects/c15a479c/', '/2013/items/44/', '/about/'];
// Terms that are no part of a longer term, so their first use is simply their first occurrence: id → as written.
const TERMS: Record<string, string> = {
  'source-document': '原資料',
  measure: '施策',
  vision: 'ビジョン',
  priority: '重点事項',
  roadmap: '行程表',
  progress: '進捗状況',
  'thousand-yen': '千円',
};
// The document each of these terms belongs to, as the glossary's groups say (アクションプランの用語, 行程表の用語); the
// site's own words belong to none. In text quoted from a document (`data-quote`), only that document's terms are
// uses: elsewhere the word has the quoted document's meaning and is not linked.
const DOCUMENT: Record<string, string | undefined> = {
  measure: 'plan',
  vision: 'plan',
  priority: 'plan',
  'thousand-yen': 'plan',
  roadmap: 'roadmap',
  progress: 'roadmap',
};
// A form's <select> is skipped too: its <option>s hold text only (HTML's content model), so no link can go there;
// the search page and the complete lists name terms in their filters' options. Element names and classes only.
const SKIPPED_TAGS = new Set(
  'h1 h2 h3 h4 h5 h6 a button label summary nav caption th dt code pre svg select'.split(' '),
);
const SKIPPED_CLASSES = ['kicker', 'cite', 'numeric'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const skipped = (e: Element): boolean =>
  SKIPPED_TAGS.has(e.tagName) || (attr(e, 'class') ?? '').split(/\s+/).some((c) => SKIPPED_CLASSES.includes(c));

/** An element and its ancestors, nearest first (Element.closest's order). */
function* selfAndAncestors(e: Element): Generator<Element> {
  for (let n: Node | null = e; n && isElement(n); n = n.parentNode as Node | null) yield n;
}
const closest = (e: Element, test: (e: Element) => boolean): Element | undefined => {
  for (const a of selfAndAncestors(e)) if (test(a)) return a;
  return undefined;
};

/** Every element and text node in document order (a <template>'s content is not in the tree, as in the DOM). */
function* nodes(n: Node): Generator<Node> {
  yield n;
  if ('childNodes' in n) for (const c of n.childNodes) yield* nodes(c);
}

const isTermLink = (e: Element) => e.tagName === 'a' && attr(e, 'data-term') !== undefined;

/** Per term: its uses in the linkable main text, whether the first is its link, and how many links it has. */
function termUses(main: Element) {
  // Text a link may be added to, in document order, with the document it is quoted from: the term links themselves
  // count as their text.
  const texts: { text: string; term: string | null; quote: string | null }[] = [];
  for (const n of nodes(main)) {
    if (n.nodeName !== '#text') continue;
    const text = (n as DefaultTreeAdapterMap['textNode']).value;
    const parent = n.parentNode as Element;
    const link = closest(parent, isTermLink);
    const quote = closest(parent, (e) => attr(e, 'data-quote') !== undefined);
    const quoted = quote ? attr(quote, 'data-quote')! : null;
    if (link) texts.push({ text, term: attr(link, 'data-term')!, quote: quoted });
    else if (!closest(parent, skipped)) texts.push({ text, term: null, quote: quoted });
  }
  const mainLinks = [...nodes(main)].filter((n): n is Element => isElement(n) && isTermLink(n));
  return Object.entries(TERMS).map(([id, word]) => {
    const uses = texts.filter((t) => t.text.includes(word) && (t.quote === null || t.quote === DOCUMENT[id]));
    return {
      id,
      uses: uses.reduce((sum, t) => sum + t.text.split(word).length - 1, 0),
      firstIsLink: uses[0]?.term === id && uses[0].text === word,
      links: mainLinks.filter((a) => attr(a, 'data-term') === id).length,
    };
  });
}

/** The edition of a built page by its path: the Japanese site, やさしい日本語 (/easy/) or English (/en/). */
const editionOf = (path: string) => (path.startsWith('/easy/') ? 'easy' : path.startsWith('/en/') ? 'en' : 'ja');
const GLOSSARY = { ja: '/glossary/', easy: '/easy/glossary/' } as const;

/**
 * A page's HTML as a reader reads its words: the ふりがな the ruby pass adds (<rt>, <rp>) taken out and the <ruby>
 * around its base text unwrapped, so a term written in kanji on a やさしい日本語 page is one text again.
 */
const withoutReadings = (html: string): string =>
  html.replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<\/?ruby\b[^>]*>/g, '');

/**
 * The problems of one page's term links; `entries`: the ids of the page's edition's glossary entries. Japanese and
 * やさしい日本語 pages link the first use of each term to their own edition's glossary; English pages have no term
 * links (the terms are Japanese words; the English text explains them in place).
 */
export function termLinkProblems(path: string, html: string, entries: Set<string>): string[] {
  const out: string[] = [];
  const edition = editionOf(path);
  const all = [...nodes(parse(withoutReadings(html)))].filter(isElement);
  const termLinks = all.filter(isTermLink);
  if (edition === 'en') return termLinks.length ? [`${termLinks.length} term links on an English page`] : [];
  if (UNLINKED.test(edition === 'easy' ? path.slice('/easy'.length) : path))
    return termLinks.length ? [`${termLinks.length} term links on a page that quotes as is`] : [];
  const main = all.find((e) => e.tagName === 'main');
  if (!main) return ['has no <main>'];
  const found = termUses(main);
  for (const f of found) {
    if (f.uses === 0 && f.links !== 0) out.push(`${f.links} links to ${f.id}, which the text does not use`);
    if (f.uses > 0 && !f.firstIsLink) out.push(`the first use of ${f.id} is not its link`);
    if (f.uses > 0 && f.links !== 1) out.push(`${f.links} links to ${f.id}`);
  }
  if (SAMPLE.includes(path) && !found.some((f) => f.uses > 0)) out.push('uses none of the terms');
  if (path === '/fy2024/' && !(found.find((f) => f.id === 'vision')!.uses > 1)) out.push('uses ビジョン only once');
  // Never inside a skipped element, never in the header or footer, and every link names an entry.
  const misplaced = termLinks.filter((a) => {
    const parent = a.parentNode as Node;
    return (isElement(parent) && closest(parent, skipped)) || !closest(a, (e) => e.tagName === 'main');
  }).length;
  if (misplaced) out.push(`${misplaced} term links in a skipped element, the header or the footer`);
  const glossary = GLOSSARY[edition];
  for (const a of termLinks) {
    const h = attr(a, 'href') ?? '';
    if (!h.startsWith(`${glossary}#`) || !entries.has(h.slice(`${glossary}#`.length))) out.push(`a term links to ${h}`);
  }
  return out;
}

describe('glossary links', () => {
  const entries = ids(read('/glossary/'));
  const easyEntries = ids(read('/easy/glossary/'));
  const pages = sitemapPaths();
  const entriesOf = (path: string) => (editionOf(path) === 'easy' ? easyEntries : entries);

  it('reads every page, the sample pages among them', () => {
    expect(pages.length).toBeGreaterThan(290);
    for (const path of SAMPLE) expect(pages).toContain(path);
    expect(entries).toContain('vision');
  });

  it('link the first use of each term on every page, and only there', () => {
    const problems = pages.flatMap((path) =>
      termLinkProblems(path, read(path), entriesOf(path)).map((p) => `${path}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('link terms on the やさしい日本語 pages to their glossary, and none on the English pages', () => {
    const easyLinks = pages.filter((p) => editionOf(p) === 'easy' && /data-term=/.test(read(p)));
    expect(easyLinks.length).toBeGreaterThan(100);
    expect(read('/easy/fy2024/visions/1/')).toMatch(/<a href="\/easy\/glossary\/#[a-z-]+" data-term=/);
    expect(pages.filter((p) => editionOf(p) === 'en' && /data-term=/.test(read(p)))).toEqual([]);
  });

  // The check fails where it should: altered copies of a built page, each breaking one rule.
  describe('fails on altered markup', () => {
    const path = '/fy2024/visions/1/';
    const html = read(path);
    // The first link to one of the terms checked (a term of the plan: the page is a vision's).
    const first = new RegExp(
      `<a href="/glossary/#(${Object.keys(DOCUMENT).join('|')})" data-term="\\1">([^<]+)</a>`,
    ).exec(html)!;

    it('passes the page as built', () => {
      expect(first).not.toBeNull();
      expect(termLinkProblems(path, html, entries)).toEqual([]);
    });

    it('a term link removed: the first use is no link', () => {
      expect(termLinkProblems(path, html.replace(first[0], first[2]!), entries)).toContain(
        `the first use of ${first[1]} is not its link`,
      );
    });

    it('a second link to the same term', () => {
      const altered = html.replace('</main>', `<p>${first[0]}</p></main>`);
      expect(termLinkProblems(path, altered, entries)).toContain(`2 links to ${first[1]}`);
    });

    it('a term link inside a heading, in the footer, or to no entry', () => {
      const link = (id: string) => `<a href="/glossary/#${id}" data-term="${id}">x</a>`;
      expect(termLinkProblems(path, html.replace('</main>', `<h2>${link('zz')}</h2></main>`), entries)).toEqual(
        expect.arrayContaining([
          '1 term links in a skipped element, the header or the footer',
          'a term links to /glossary/#zz',
        ]),
      );
      expect(
        termLinkProblems(path, html.replace('</body>', `<footer>${link('vision')}</footer></body>`), entries),
      ).toContain('1 term links in a skipped element, the header or the footer');
    });

    it('a term link on a page that quotes as is', () => {
      const glossary = read('/glossary/');
      expect(termLinkProblems('/glossary/', glossary, entries)).toEqual([]);
      expect(termLinkProblems('/glossary/', glossary.replace('</main>', `<p>${first[0]}</p></main>`), entries)).toEqual(
        ['1 term links on a page that quotes as is'],
      );
    });

    it('a term link on an English page, or from a やさしい日本語 page to the Japanese glossary', () => {
      const en = '/en/fy2024/visions/1/';
      expect(termLinkProblems(en, read(en), entries)).toEqual([]);
      expect(termLinkProblems(en, read(en).replace('</main>', `<p>${first[0]}</p></main>`), entries)).toEqual([
        '1 term links on an English page',
      ]);
      const easy = '/easy/fy2024/visions/1/';
      const easyEntries = ids(read('/easy/glossary/'));
      expect(termLinkProblems(easy, read(easy), easyEntries)).toEqual([]);
      expect(
        termLinkProblems(easy, read(easy).replace('href="/easy/glossary/#', 'href="/glossary/#'), easyEntries),
      ).toEqual([expect.stringMatching(/^a term links to \/glossary\/#/)]);
    });

    it('a use in text quoted from the term’s own document counts, from the other document not', () => {
      const before = (quote: string) =>
        html.replace(first[0], `<span data-quote="${quote}">${first[2]}</span>${first[0]}`);
      const own = DOCUMENT[first[1]!]!;
      const other = own === 'plan' ? 'roadmap' : 'plan';
      expect(termLinkProblems(path, before(own), entries)).toContain(`the first use of ${first[1]} is not its link`);
      expect(termLinkProblems(path, before(other), entries)).toEqual([]);
    });
  });
});
