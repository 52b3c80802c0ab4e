/**
 * The 2013 roadmap's pages in the English and やさしい日本語 editions, read from dist/. The facts are checked by hand
 * in the source (content/sources/001_2876ceca144e21ba.txt, lines 160–163 for No.44) and in the curated titles
 * (content/curated/en.json, easy.json); the statuses follow the published rules read by hand:
 * - 「MICEの推進」: 「…取り組み中」 (line 161) is ongoing work → In progress;
 * - 「MICE施設の整備」: 「…審議会において審議中」 (line 162) → In preparation;
 * - 「花畑地区文化ホールの整備」: 「…整備中止が決定」 (line 163) → Cancelled;
 * - the item: one action cancelled, the others not → Partly cancelled.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { japaneseOutsideLangJa } from './editions.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const dist = join(import.meta.dirname, '..', '..', 'dist');
if (!existsSync(join(dist, 'en', '2013', 'index.html')))
  throw new Error('dist/ has no English 2013 pages: `npm run build`');

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
function elements(node: Node): Element[] {
  const own = isElement(node) ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  return [...own, ...children.flatMap(elements)];
}
function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const doc = (path: string) => elements(parse(page(path)));

describe('/en/2013/items/44/', () => {
  const all = doc('/en/2013/items/44');
  const main = all.find((e) => e.tagName === 'main')!;
  const inMain = elements(main);

  it('is headed by the number and the English title, with the Japanese title quoted as the original', () => {
    const h1 = inMain.find((e) => e.tagName === 'h1')!;
    expect(squash(text(h1))).toBe('No. 44 Better MICE facilities');
    const quoted = inMain.filter((e) => attr(e, 'lang') === 'ja').map((e) => squash(text(e)));
    expect(quoted).toContain('MICE(マイス)機能の充実');
  });

  it('gives the statuses in English: the item partly cancelled, each action as its progress text reads', () => {
    const badges = inMain.filter((e) => attr(e, 'data-status-badge') !== undefined);
    const label = (e: Element) => squash(text(elements(e).find((x) => (attr(x, 'class') ?? '').includes('badge'))!));
    expect(badges.map(label)).toEqual(['Partly cancelled', 'In progress', 'In preparation', 'Cancelled']);
  });

  it('quotes the actions and their progress text as the original', () => {
    const quoted = inMain.filter((e) => attr(e, 'lang') === 'ja').map((e) => squash(text(e)));
    expect(quoted).toContain('花畑地区文化ホールの整備');
    expect(quoted.some((q) => q.includes('整備中止が決定'))).toBe(true);
  });
});

describe('やさしい日本語', () => {
  it('/easy/2013/items/ lists all 130 items, each linking to its page in the edition', () => {
    const rows = doc('/easy/2013/items').filter((e) => e.tagName === 'tr' && attr(e, 'data-sort-no') !== undefined);
    expect(rows).toHaveLength(130);
    const links = rows.map((r) =>
      attr(
        elements(r).find((e) => e.tagName === 'a')!,
        'href',
      ),
    );
    expect(new Set(links)).toEqual(new Set(Array.from({ length: 130 }, (_, i) => `/easy/2013/items/${i + 1}/`)));
  });

  it('/easy/2013/ counts all 130 items (numbered 1–130 in the document) in its scoreboard', () => {
    const board = doc('/easy/2013').find((e) => attr(e, 'data-scoreboard') !== undefined)!;
    const counts = elements(board)
      .filter((e) => attr(e, 'data-value') !== undefined)
      .map((e) => Number(text(e)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(130);
  });

  it('/easy/2013/items/44/ names its statuses in plain words and marks the quoted action as the original', () => {
    const inMain = elements(doc('/easy/2013/items/44').find((e) => e.tagName === 'main')!);
    const badges = inMain
      .filter((e) => (attr(e, 'class') ?? '').split(' ').includes('badge'))
      .map((e) => squash(text(e)));
    expect(badges).toEqual(['いちぶやめた', 'すすめている', 'じゅんびしている', 'やめた']);
    const originals = inMain.filter((e) => attr(e, 'data-original') !== undefined).map((e) => squash(text(e)));
    expect(originals).toContain('花畑地区文化ホールの整備');
  });
});

describe('every English 2013 page', () => {
  const root = join(dist, 'en', '2013');
  const pages = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/en/2013/${f.replace(/index\.html$/, '')}`);

  it('has them all: overview, 3 parts, 32 categories, 130 items, their folders, the statuses and the crosswalk', () => {
    // 1 overview + parts folder + 3 parts + categories folder + 32 categories (the document's table of contents:
    // I-1-1…7, I-2-1…3, I-3-1…3, II-1…13, III-1…6) + items folder + 130 items + status + crosswalk.
    expect(pages).toHaveLength(1 + 1 + 3 + 1 + 32 + 1 + 130 + 1 + 1);
  });

  it('has no Japanese outside an element marked lang="ja"', () => {
    const found = pages.flatMap((p) =>
      japaneseOutsideLangJa(readFileSync(join(dist, p, 'index.html'), 'utf8')).map((x) => `${p} ${x}`),
    );
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('links to the English pages, the shared sources and data files, never to a Japanese reader page', () => {
    // The language switch (hreflang) is the one way to the other editions.
    const wrong = pages.flatMap((p) =>
      doc(p)
        .filter((e) => e.tagName === 'a' && attr(e, 'hreflang') === undefined)
        .map((a) => attr(a, 'href') ?? '')
        .filter((h) => h.startsWith('/') && !/^\/(en\/|sources\/)|\.[a-z0-9]+([?#].*)?$/.test(h))
        .map((h) => `${p} → ${h}`),
    );
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
