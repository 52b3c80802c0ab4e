/**
 * Glossary links added at build time: on a page, the first use of each glossary term in the main text becomes a link
 * to its entry on /glossary/; later uses stay plain text, so a paragraph is not a sea of links. Like the phrase breaks
 * (src/lib/presentation/phrases.ts), this runs on the rendered HTML in src/middleware.ts, so every page and every component is
 * covered with nothing to remember, and no JavaScript reaches the browser.
 *
 * Only text inside <main> is linked, and never inside a heading, a link, a button, a form control, a navigation,
 * a table header or caption, a label above an h1 (`.kicker`), a citation to copy (`.cite`), code or an SVG: a link
 * there would nest, break a label or change what a heading reads. The words themselves never change: the text is
 * only wrapped in <a>.
 *
 * Text quoted from a source document is marked `data-quote="plan"` or `data-quote="roadmap"` where a page shows it
 * (src/components/CellEntries.astro and the 2013 item page's quotes, the plan pages' text): inside it only that document's own terms are linked (see TermDocument), and a term skipped
 * there is linked at its next use outside.
 *
 * Editions (glossaryLinksFor): やさしい日本語 pages link the same Japanese terms to their own glossary
 * (/easy/glossary/), which explains each of them in plain words; the words are the same, so the rules above hold
 * as they are. English pages are not linked: their terms are ordinary English words ("project", "measure",
 * "vision", "priority") whose first use on a page is often not the plan's term (a verb, "safety measures"), and
 * English has no rule as safe as the Japanese one (a whole, fixed spelling) to tell them apart. The English glossary
 * is linked from every page's footer instead, and names each term beside its Japanese original.
 */
import { hasClass, mapText } from './html-text.ts';
import { basePath, editionOf } from '../i18n/editions.ts';
import type { Edition } from '../i18n/editions.ts';
import type { OpenElement } from './html-text.ts';
import { LINKED_TERMS, termUrl } from './glossary.ts';
import type { Term } from './glossary.ts';

/** Elements whose text is never linked, nor anything inside them. */
const SKIP = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'button',
  'label',
  'select',
  'option',
  'textarea',
  'summary',
  'nav',
  'header',
  'footer',
  'caption',
  'th',
  'dt',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'title',
  'template',
  'noscript',
]);
// The label above an h1, and a record's citation (src/components/Citation.astro): text to copy as it is. A table's
// figure cell: a link there splits 17,521,188 from its 千円 where the cell is laid out as a grid (a card on a phone).
const SKIP_CLASSES = ['kicker', 'cite', 'numeric'];

/** Page paths whose text is not linked: the glossary itself, and the data and source pages, which quote as is. */
export const UNLINKED_PATHS = /^\/(glossary|data|sources)(\/|$)/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for every spelling of every term, the longest first, so that where terms overlap the longer one is
 * read: 区の取組 and 後継・関連する取組の掲載なし are whole terms, not 事業 or 取組 inside them.
 */
function termPattern(terms: readonly Term[]): { pattern: RegExp; byForm: Map<string, Term> } {
  const byForm = new Map<string, Term>();
  for (const t of terms) for (const f of [t.term, ...(t.forms ?? [])]) byForm.set(f, t);
  const alternatives = [...byForm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => {
      const t = byForm.get(f)!;
      return escapeRegExp(f) + (t.notBefore ? `(?![${escapeRegExp(t.notBefore)}])` : '');
    });
  return { pattern: new RegExp(alternatives.join('|'), 'g'), byForm };
}

/** The document the innermost quotation around a text is from (its `data-quote`), or undefined outside quotes. */
function quotedFrom(open: readonly OpenElement[]): string | undefined {
  for (let i = open.length - 1; i >= 0; i--) {
    const m = /\sdata-quote=(?:"([^"]*)"|'([^']*)')/.exec(open[i]!.tag);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

function skipsTag(name: string, tag: string): boolean {
  return SKIP.has(name) || hasClass(tag, SKIP_CLASSES);
}

/**
 * A page's HTML with the first use of each term in its <main> text linked to the term's entry. Everything else is
 * returned byte for byte.
 */
export function addGlossaryLinks(html: string, terms: readonly Term[] = LINKED_TERMS, edition: Edition = 'ja'): string {
  const { pattern, byForm } = termPattern(terms);
  const linked = new Set<string>();
  // <main> starts the linkable text; inside it, an element is linkable when its parent is and it is not skipped.
  return mapText(
    html,
    (name, tag, parentLinkable) => (name === 'main' || parentLinkable) && !skipsTag(name, tag),
    (text, open) => {
      const quote = quotedFrom(open);
      return text.replace(pattern, (form) => {
        const term = byForm.get(form)!;
        if (linked.has(term.id) || (quote !== undefined && term.document !== quote)) return form;
        linked.add(term.id);
        return `<a href="${termUrl(term.id, edition)}" data-term="${term.id}">${form}</a>`;
      });
    },
  );
}

/**
 * A rendered page with its glossary links, by its path: the Japanese and やさしい日本語 pages link to their edition's
 * glossary, except the pages UNLINKED_PATHS names; English pages are returned as they are (see the top of this file).
 */
export function glossaryLinksFor(pathname: string, html: string): string {
  const edition = editionOf(pathname);
  if (edition === 'en' || UNLINKED_PATHS.test(basePath(pathname))) return html;
  return addGlossaryLinks(html, LINKED_TERMS, edition);
}
