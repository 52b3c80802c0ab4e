/**
 * Links to the glossary (formerly the per-page part of tests/e2e/glossary.spec.ts). The first use of a term in the
 * main text (outside headings, links, navigation, table headers, code and SVG, and outside text quoted from another
 * document than the term's) is a link to its entry, and later uses are plain text; the pages that quote as is (the glossary itself, /data/, /sources/, as the README says) and the
 * header and footer have no such links.
 */
import type { Page } from '@playwright/test';

/** Pages that quote as is: no term links at all. */
const UNLINKED = /^\/(glossary|data|sources)(\/|$)/;
/** Pages known to use some of the terms, /fy2024/ the term ビジョン more than once: the check is not vacuous there. */
export const SAMPLE = [
  '/',
  '/fy2024/',
  '/fy2024/visions/1/',
  '/fy2024/projects/c15a479c/',
  '/2013/items/44/',
  '/about/',
];
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
// the search page and the complete lists name terms in their filters' options.
const SKIPPED =
  'h1, h2, h3, h4, h5, h6, a, button, label, summary, nav, caption, th, dt, code, pre, svg, select, .kicker, .cite, .numeric';

/** Per term: its uses in the linkable main text, whether the first is its link, and how many links it has. */
function termUses({
  terms,
  documents,
  skipped,
}: {
  terms: Record<string, string>;
  documents: Record<string, string | undefined>;
  skipped: string;
}) {
  const main = document.querySelector('main')!;
  // Text a link may be added to, in document order, with the document it is quoted from: the term links themselves
  // count as their text.
  const texts: { text: string; term: string | null; quote: string | null }[] = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement!;
    const link = parent.closest<HTMLElement>('a[data-term]');
    const quote = parent.closest<HTMLElement>('[data-quote]')?.dataset['quote'] ?? null;
    if (link) texts.push({ text: n.textContent!, term: link.dataset['term']!, quote });
    else if (!parent.closest(skipped)) texts.push({ text: n.textContent!, term: null, quote });
  }
  return Object.entries(terms).map(([id, word]) => {
    const uses = texts.filter((t) => t.text.includes(word) && (t.quote === null || t.quote === documents[id]));
    return {
      id,
      uses: uses.reduce((sum, t) => sum + t.text.split(word).length - 1, 0),
      firstIsLink: uses[0]?.term === id && uses[0].text === word,
      links: main.querySelectorAll(`a[data-term="${id}"]`).length,
    };
  });
}

/** `entries`: the ids of the glossary's entries. */
export async function glossaryProblems(page: Page, path: string, entries: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const termLinks = page.locator('a[data-term]');
  if (UNLINKED.test(path)) {
    const count = await termLinks.count();
    return count ? [`${count} term links on a page that quotes as is`] : [];
  }
  const found = await page.evaluate(termUses, { terms: TERMS, documents: DOCUMENT, skipped: SKIPPED });
  for (const f of found) {
    if (f.uses === 0 && f.links !== 0) out.push(`${f.links} links to ${f.id}, which the text does not use`);
    if (f.uses > 0 && !f.firstIsLink) out.push(`the first use of ${f.id} is not its link`);
    if (f.uses > 0 && f.links !== 1) out.push(`${f.links} links to ${f.id}`);
  }
  if (SAMPLE.includes(path) && !found.some((f) => f.uses > 0)) out.push('uses none of the terms');
  if (path === '/fy2024/' && !(found.find((f) => f.id === 'vision')!.uses > 1)) out.push('uses ビジョン only once');
  // Never inside a skipped element, never in the header or footer, and every link names an entry.
  const misplaced = await termLinks.evaluateAll(
    (els, skipped) => els.filter((el) => el.parentElement!.closest(skipped) || !el.closest('main')).length,
    SKIPPED,
  );
  if (misplaced) out.push(`${misplaced} term links in a skipped element, the header or the footer`);
  const hrefs = await termLinks.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  for (const h of hrefs)
    if (!h.startsWith('/glossary/#') || !entries.has(h.slice('/glossary/#'.length))) out.push(`a term links to ${h}`);
  return out;
}
