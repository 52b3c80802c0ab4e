/**
 * Reflow on the loaded page (formerly tests/e2e/fit.spec.ts): nothing is cut off without a hint. The page never
 * scrolls sideways; a table, figure, chart or code block wider than the screen is only allowed inside a container
 * that scrolls and says so; no cell's text is clipped. Header, footer and breadcrumb links are big enough to tap.
 * fitProblems runs in the page (page.evaluate(fitProblems, TARGET)); it opens every <details>, so it runs last.
 */

// WCAG 2.2 2.5.8 (target size, minimum), in CSS pixels.
export const TARGET = 24;

/** What is wrong with the page in the browser, one line per problem; runs in the page. */
export function fitProblems(target: number): string[] {
  const out: string[] = [];
  const name = (el: Element) => {
    const caption = el.querySelector('caption')?.textContent ?? el.getAttribute('aria-label');
    return `<${el.tagName.toLowerCase()}>${caption ? ` "${caption.trim().slice(0, 40)}"` : ''}`;
  };
  // Shown on screen: more than the 1 px of a visually hidden element (the column headers of a table shown as cards).
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };
  // Chart data tables sit in closed <details>: open them, a reader may.
  for (const d of document.querySelectorAll('details')) d.open = true;

  const page = document.scrollingElement!;
  if (page.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${page.scrollWidth} px wide)`);

  const scrollsVisibly = (el: Element) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (!['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) continue;
      const box = a.getBoundingClientRect();
      const cue = a.parentElement?.querySelector(':scope > [data-scroll-hint]');
      return a.scrollWidth > a.clientWidth && box.left >= 0 && box.right <= innerWidth && !!cue && visible(cue);
    }
    return false;
  };
  // What shows an element: the viewport, narrowed to the nearest ancestor that clips or scrolls sideways (a table
  // inside a scroll box ends where the box ends, even when the box stops short of the screen's edge).
  const shownBetween = (el: Element): [number, number] => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflowX === 'visible') continue;
      const box = a.getBoundingClientRect();
      return [Math.max(0, box.left), Math.min(innerWidth, box.right)];
    }
    return [0, innerWidth];
  };
  for (const el of document.querySelectorAll('table, figure, svg, pre')) {
    if (!visible(el)) continue;
    const box = el.getBoundingClientRect();
    const [left, right] = shownBetween(el);
    if ((box.left < left - 0.5 || box.right > right + 0.5) && !scrollsVisibly(el))
      out.push(`${name(el)} is ${Math.round(box.width)} px wide and cut off without a scroll cue`);
  }
  // The converse: a hint only where there is something to scroll to.
  for (const hint of document.querySelectorAll('[data-scroll-hint]')) {
    const region = hint.parentElement?.querySelector(':scope > [role="region"]');
    if (visible(hint) && region && region.scrollWidth <= region.clientWidth)
      out.push(`${name(region)} says it scrolls but fits`);
  }
  for (const cell of document.querySelectorAll('td, th')) {
    const head = cell.closest('thead');
    if (visible(cell) && (!head || visible(head)) && cell.scrollWidth > cell.clientWidth)
      out.push(
        `cell "${cell.textContent!.trim().slice(0, 30)}" is clipped (${cell.scrollWidth} > ${cell.clientWidth} px)`,
      );
  }
  // Every control of the header, footer and breadcrumbs that is shown (on a phone the header's search form gives way
  // to a link and has no box at all).
  const controls =
    'body > header :is(a, button, input), body > footer a, :is(nav[aria-label="パンくずリスト"], nav[aria-label="Breadcrumb"], nav[aria-label="いまの場所"]) a';
  for (const el of document.querySelectorAll(controls)) {
    if (el.getClientRects().length === 0) continue;
    const r = el.getBoundingClientRect();
    if (r.width < target || r.height < target)
      out.push(`"${el.textContent!.trim()}" is a ${Math.round(r.width)}×${Math.round(r.height)} px target`);
  }
  return out;
}
