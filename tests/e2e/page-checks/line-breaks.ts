/**
 * Headings and labels break between phrases, never inside a word (src/lib/presentation/phrases.ts, src/middleware.ts): the lines
 * of every heading, label and navigation link are measured character by character, and every line must start where a
 * break is allowed — after a <wbr>, at a space, or beside punctuation (formerly all in tests/e2e/line-breaks.spec.ts).
 */
import type { Page } from '@playwright/test';

// Table headers get the same <wbr> (tests/unit/phrases.test.ts), but how narrow their column gets is the table
// layout's decision, and a phrase wider than its column still wraps (overflow-wrap: anywhere) rather than push the
// table off the screen; they are left out here.
export const LABELS = 'h1, h2, h3, caption, dt, summary, nav a, nav [aria-current], .kicker, .phrased';

export interface Broken {
  text: string;
  /** The text with `／` where a line ends. */
  lines: string;
  /** Line starts that are not at an allowed break. */
  bad: number[];
}

/** Every phrased element of the page that wraps, with where its lines start. */
export function wrapped(page: Page, selector: string): Promise<Broken[]> {
  return page.evaluate((selector) => {
    const OPEN = /[「『（(【〔［<＜]/;
    const CLOSE = /[」』）)】〕］>＞、。，・：:→]/;
    const out: { text: string; lines: string; bad: number[] }[] = [];
    for (const el of document.querySelectorAll(selector)) {
      // Nested matches (an <a> in a <th>) are measured once, with their container.
      if (el.parentElement?.closest(selector)) continue;
      if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
      let text = '';
      const allowed = new Set<number>();
      const tops: { index: number; top: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n instanceof HTMLElement && n.tagName === 'WBR') allowed.add(text.length);
        if (n.nodeType !== Node.TEXT_NODE) continue;
        const value = n.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          const ch = value[i]!;
          if (!/\s/.test(ch)) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const rect = range.getClientRects()[0];
            if (rect) tops.push({ index: text.length, top: rect.top });
          }
          text += ch;
        }
      }
      const starts: number[] = [];
      for (let k = 1; k < tops.length; k++) {
        if (tops[k]!.top > tops[k - 1]!.top + 4) starts.push(tops[k]!.index);
      }
      if (starts.length === 0) continue;
      const ok = (i: number) =>
        allowed.has(i) || /\s/.test(text[i - 1]!) || OPEN.test(text[i]!) || CLOSE.test(text[i - 1]!);
      let lines = text;
      for (const s of [...starts].reverse()) lines = `${lines.slice(0, s)}／${lines.slice(s)}`;
      out.push({ text, lines: lines.replace(/\s+/g, ' ').trim(), bad: starts.filter((s) => !ok(s)) });
    }
    return out;
  }, selector);
}

/**
 * The pages checked, each at both widths: at 360 px each has wrapped headings or labels, so the check is not vacuous.
 * Not yet every page: at 360 px the previous/next links of project and 2013 item pages and some 2013 sub-item headings
 * still break inside a phrase, and at 1280 px a code on /data/dictionary/ does.
 */
export const LINE_BREAK_PAGES = [
  '/fy2024/',
  '/fy2024/projects/c15a479c/',
  '/fy2024/visions/2/',
  '/2013/',
  '/2013/items/44/',
  // Their cells and project names once left a character alone on a line at 360 px: 「検証作業／中」, 「試行的実／施」.
  '/2013/items/31/',
  '/2013/items/37/',
  '/fy2024/priorities/1/',
];

export async function lineBreakProblems(page: Page, width: number): Promise<string[]> {
  const broken = await wrapped(page, LABELS);
  const out: string[] = [];
  if (width <= 360 && broken.length === 0) out.push('no heading or label wraps here, so the check would be vacuous');
  for (const b of broken) {
    if (b.bad.length > 0) out.push(`breaks inside a phrase: ${b.lines}`);
    if (/令和\d+／年度|令和／|年／度/.test(b.lines)) out.push(`breaks a year: ${b.lines}`);
  }
  return out;
}
