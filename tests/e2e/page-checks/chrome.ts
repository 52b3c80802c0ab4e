/**
 * The page shell (formerly tests/e2e/chrome.spec.ts): on a phone the header leaves the first screen to the page and
 * its search is a link; at every width the navigation links, the footer's, the breadcrumbs' and the link back to the
 * top are big enough to tap (WCAG 2.2 2.5.8: at least 24 × 24 CSS px), and the page does not scroll sideways.
 * Everything is measured in one evaluation in the page (a locator per question cost the crawl a round trip each).
 */
import type { Page } from '@playwright/test';

/** The breadcrumbs' navigation in each edition (Japanese, English, やさしい日本語), as a screen reader names it. */
export const BREADCRUMBS = ['パンくずリスト', 'Breadcrumb', 'いまの場所']
  .map((n) => `nav[aria-label="${n}"]`)
  .join(', ');
/** The header's search link in each edition: its name, and the edition's search page. */
const SEARCH = [
  { name: '検索', href: '/search/' },
  { name: 'Search', href: '/en/search/' },
  { name: 'さがす', href: '/easy/search/' },
];
const TARGETS = `body > header a, body > footer a, :is(${BREADCRUMBS}) a, main > .to-top a, .to-top a`;

export async function chromeProblems(page: Page, width: number, height: number): Promise<string[]> {
  return page.evaluate(
    ({ width, height, targets, search }) => {
      const out: string[] = [];
      // Shown, and so in the accessibility tree: not display: none, not visibility: hidden, not aria-hidden.
      const shown = (el: Element) =>
        el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"]');
      if (width <= 360) {
        const header = document.querySelector('body > header')?.getBoundingClientRect();
        if (!header || header.height > height * 0.15) out.push(`the header is ${header?.height} px high`);
        // The search is a link on a phone (named 検索, Search or さがす in the page's edition, as a screen reader and
        // getByRole name it) to the edition's search page, the sections a row of links.
        const mine =
          search.find((s) => location.pathname.startsWith(s.href.replace(/search\/$/, '')) && s.href !== '/search/') ??
          search[0]!;
        const searchLinks = [...document.querySelectorAll('body > header a')].filter(
          (a) => shown(a) && (a.getAttribute('aria-label') ?? a.textContent ?? '').includes(mine.name),
        );
        const hrefs = searchLinks.map((a) => a.getAttribute('href'));
        if (hrefs.length !== 1 || hrefs[0] !== mine.href) out.push(`the header's search links are ${hrefs.join(', ')}`);
      }
      const sizes = [...document.querySelectorAll(targets)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent!.trim(), w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
        });
      if (sizes.length <= 6) out.push(`only ${sizes.length} navigation links shown`);
      for (const s of sizes.filter((s) => s.w < 24 || s.h < 24)) out.push(`"${s.text}" is a ${s.w}×${s.h} px target`);
      const scrollWidth = document.scrollingElement!.scrollWidth;
      if (scrollWidth > width) out.push(`the page is ${scrollWidth} px wide`);
      return out;
    },
    { width, height, targets: TARGETS, search: SEARCH },
  );
}
